namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Encrypts small secrets (guarantee access codes) with the install's data-protection key ring.</summary>
internal interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
