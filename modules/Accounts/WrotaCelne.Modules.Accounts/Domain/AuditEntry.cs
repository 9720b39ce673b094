namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>An append-only record of something that happened to accounts, sign-ins or organizations.</summary>
internal sealed class AuditEntry
{
    public const int DetailsMaxLength = 1000;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public AuditScope Scope { get; private set; }

    /// <summary>The organization whose log holds the entry; null for platform events.</summary>
    public Guid? OrganizationId { get; private set; }

    public Guid? ActorId { get; private set; }

    public string Actor { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string Details { get; private set; } = "";

    public string? IpAddress { get; private set; }

    public static AuditEntry Record(DateTime nowUtc, AuditScope scope, Guid? organizationId, Guid? actorId, string actor, string action, string details, string? ipAddress) => new()
    {
        OccurredAtUtc = nowUtc,
        Scope = scope,
        OrganizationId = organizationId,
        ActorId = actorId,
        Actor = Truncate(actor, 254),
        Action = action,
        Details = Truncate(details, DetailsMaxLength),
        IpAddress = ipAddress,
    };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

internal enum AuditScope
{
    Platform = 1,
    Organization = 2,
}

/// <summary>The action codes written to the log.</summary>
internal static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SecondFactorFailed = "sign-in.second-factor-failed";
    public const string SecondFactorEnabled = "second-factor.enabled";
    public const string OperatorCreated = "operator.created";
    public const string OrganizationRegistered = "organization.registered";
    public const string UserCreated = "user.created";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserChanged = "user.changed";
    public const string PasswordReset = "user.password-reset";
    public const string TwoFactorReset = "user.two-factor-reset";
    public const string PasswordChanged = "password.changed";
    public const string PasswordChangeFailed = "password.change-failed";
    public const string RoleCreated = "role.created";
    public const string RoleChanged = "role.changed";
    public const string RoleDeleted = "role.deleted";
    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";
    public const string RegistrationRequested = "organization.requested";
    public const string RegistrationApproved = "organization.approved";
    public const string RegistrationRejected = "organization.rejected";
    public const string OrganizationSuspended = "organization.suspended";
    public const string OrganizationReactivated = "organization.reactivated";
    public const string OrganizationChanged = "organization.changed";
    public const string BranchAdded = "branch.added";
    public const string BranchChanged = "branch.changed";
    public const string SupportAccessGranted = "support-access.granted";
    public const string SupportAccessRevoked = "support-access.revoked";
    public const string SupportAccessEntered = "support-access.entered";
    public const string SupportAccessLeft = "support-access.left";
}
