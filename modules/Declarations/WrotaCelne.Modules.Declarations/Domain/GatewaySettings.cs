namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// How one organization reaches the customs gateway: which environment (the built-in simulator, PUESC's test or
/// production endpoint) and the PUESC login and password (encrypted) it sends as.
/// </summary>
internal sealed class GatewaySettings
{
    public const int LoginMaxLength = 100;

    private GatewaySettings()
    {
    }

    public Guid OrganizationId { get; private set; }

    public GatewayEnvironment Environment { get; private set; }

    public string Login { get; private set; } = "";

    public string? ProtectedPassword { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public static GatewaySettings For(Guid organizationId) => new() { OrganizationId = organizationId, Environment = GatewayEnvironment.Simulator };

    /// <param name="protectedPassword">The new password, encrypted; null keeps the one stored.</param>
    public void Change(GatewayEnvironment environment, string login, string? protectedPassword, BuildingBlocks.Actor actor, DateTime nowUtc)
    {
        Environment = environment;
        Login = login.Trim();
        ProtectedPassword = protectedPassword ?? ProtectedPassword;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = actor.Name;
    }
}

internal enum GatewayEnvironment
{
    /// <summary>The gateway simulator built into the install: practice, no real declaration leaves.</summary>
    Simulator = 0,

    /// <summary>PUESC's test environment.</summary>
    Test = 1,

    /// <summary>PUESC itself: declarations sent here are real.</summary>
    Production = 2,
}
