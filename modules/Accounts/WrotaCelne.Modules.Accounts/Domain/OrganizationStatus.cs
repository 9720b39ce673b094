namespace WrotaCelne.Modules.Accounts.Domain;

internal enum OrganizationStatus
{
    /// <summary>A registration request waiting for the operator; nobody can sign in yet.</summary>
    Pending = 0,
    Active = 1,

    /// <summary>Its users cannot sign in and open sessions end; nothing is deleted.</summary>
    Suspended = 2,

    /// <summary>A registration request the operator turned down.</summary>
    Rejected = 3,
}
