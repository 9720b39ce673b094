namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>The customs systems of <c>systemType</c> in WS_CHANNEL.xsd (<c>PODMIOT</c> marks documents sent to a trader).</summary>
public static class SeapTargetSystems
{
    public const string Ncts = "NCTS2";
    public const string Aes = "AES";
    public const string Ais = "AIS";
    public const string Trader = "PODMIOT";

    public static readonly IReadOnlyList<string> All =
        ["SZPROT", Ais, "OSOZ2", Ncts, "ZEFIR2", "ISZTAR4", "HERMES2", Aes, "EMCSPL2", "INTRASTAT", "EBT", Trader];
}
