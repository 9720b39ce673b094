namespace WrotaCelne.GatewaySimulator;

/// <summary>How the simulated gateway behaves (configuration section <see cref="Section"/>).</summary>
public sealed class SeapSimulatorOptions
{
    public const string Section = "GatewaySimulator";

    /// <summary>The accounts it knows: login → password (the PUESC digest is checked against it).</summary>
    public Dictionary<string, string> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Accounts known in code besides <see cref="Accounts"/>: the password of a login, or null when there is no such login.</summary>
    public Func<string, string?>? PasswordOf { get; set; }

    /// <summary>When the answers to an accepted document fall due.</summary>
    public SeapSimulatorDelays Delays { get; set; } = new();

    /// <summary>How far <c>wsu:Created</c> may be from the simulator's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A declaration whose LRN starts with one of these (ordinal) is rejected with CC056C instead of being given an MRN.</summary>
    public List<string> RejectLrnPrefixes { get; } = [];

    /// <summary>A rule in code besides <see cref="RejectLrnPrefixes"/>: true rejects the declaration with this LRN.</summary>
    public Func<string, bool>? RejectLrn { get; set; }

    /// <summary>The country whose customs the simulator plays (MRN positions 3-4).</summary>
    public string Country { get; set; } = "PL";

    internal string? ExpectedPassword(string login) => Accounts.TryGetValue(login, out var password) ? password : PasswordOf?.Invoke(login);

    internal bool Rejects(string? lrn) =>
        lrn is not null && (RejectLrnPrefixes.Any(p => p.Length > 0 && lrn.StartsWith(p, StringComparison.Ordinal)) || RejectLrn?.Invoke(lrn) == true);
}

/// <summary>
/// Delays of the answers, each counted from the previous one: the receipt (UPO/NPP) after acceptance, the MRN (or the
/// rejection) after the receipt, the release after the MRN, and the end of the operation after the release: the exit
/// results of an export (CC599C) after <see cref="Exit"/>, the write-off of a transit (CC045C) after
/// <see cref="WriteOff"/>. Zero makes an answer due at once; <see cref="Exit"/> or <see cref="WriteOff"/> null or
/// negative (an empty value in configuration) leaves that answer out, so a declaration stays released.
/// </summary>
public sealed class SeapSimulatorDelays
{
    public TimeSpan Receipt { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Mrn { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Release { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan? Exit { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan? WriteOff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A delay of the end of an operation when it is switched on.</summary>
    internal static TimeSpan? SwitchedOn(TimeSpan? delay) => delay is { } d && d >= TimeSpan.Zero ? d : null;
}
