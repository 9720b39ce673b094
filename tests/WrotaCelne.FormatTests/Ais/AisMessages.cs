namespace WrotaCelne.FormatTests.Ais;

/// <summary>AIS/IMPORT answers built the way the plugin reads them (the official layout is not public).</summary>
internal static class AisMessages
{
    public const string Ns = "http://www.mf.gov.pl/xsd/ais/import";
    public const string Mrn = "26PL32101000000017";

    public static string Message(string type, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ais:{type} xmlns:ais="{Ns}">
          <messageSender>AIS.PL</messageSender>
          <messageRecipient>PL526104082800000</messageRecipient>
          <preparationDateAndTime>2026-06-02T14:00:00</preparationDateAndTime>
          <messageIdentification>AIS-{type}-7</messageIdentification>
          <messageType>{type}</messageType>
          {body}
        </ais:{type}>
        """;
}
