namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>What a rejection for the simulator's rule (<see cref="SeapSimulatorOptions.RejectLrnPrefixes"/>) says, in every system.</summary>
internal static class SimulatedRejection
{
    /// <summary>Functional error code 12: "codelist value / format incorrect" in the EU codelist, used for the simulated rule.</summary>
    public const string ErrorCode = "12";

    /// <summary>The simulator's rule id in errorReason (at most 7 characters in the NCTS schema).</summary>
    public const string Rule = "SIM0001";

    public const string Reason = "Odrzucenie symulowane: LRN spełnia regułę odrzucenia symulatora";
}
