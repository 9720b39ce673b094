namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>Where the SEAP gateway (<c>DocumentHandlingPort</c>) listens and the account the platform calls it with.</summary>
/// <param name="Address">The service address (also written into the WS-Addressing <c>To</c> header).</param>
/// <param name="Login">The WS-Security UsernameToken user name.</param>
/// <param name="Password">The account password; only its digest goes on the wire.</param>
public sealed record SeapEndpoint(Uri Address, string Login, string Password)
{
    public override string ToString() => $"SeapEndpoint {{ Address = {Address}, Login = {Login} }}";
}
