namespace WrotaCelne.GatewaySimulator.Soap;

/// <summary>A fault to answer with: businessErrorFault or techErrorFault with the code and description.</summary>
internal sealed record SimulatorFault(bool Business, string Code, string Description)
{
    public static SimulatorFault Technical(string code, string description) => new(false, code, description);

    public static SimulatorFault OfBusiness(string code, string description) => new(true, code, description);
}
