namespace WrotaCelne.FormatTests.Aes;

/// <summary>Realistic AES answers as the administration would send them (EU header, then the message's groups).</summary>
internal static class AesAnswers
{
    public const string Ns = "http://aes.dgtaxud.ec";
    public const string Mrn = "26PL32101000000017";

    public static string Header(string type, bool correlation = true) => $"""
        <messageSender>NTA.PL</messageSender>
        <messageRecipient>PL526104082800000</messageRecipient>
        <preparationDateAndTime>2026-06-02T09:15:00</preparationDateAndTime>
        <messageIdentification>PL-{type}-0042</messageIdentification>
        <messageType>{type}</messageType>
        {(correlation ? "<correlationIdentifier>MSG-0001</correlationIdentifier>" : string.Empty)}
        """;

    public static string Message(string type, string body, bool correlation = true) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><aes:{type} xmlns:aes="{Ns}">{Header(type, correlation)}{body}</aes:{type}>""";

    public static string Cc528C(bool withLrn = true) => Message("CC528C", $"""
        <ExportOperation>
          {(withLrn ? "<LRN>WC/2026/E/0001</LRN>" : string.Empty)}
          <MRN>{Mrn}</MRN>
          <acceptanceDate>2026-06-02T09:14:30</acceptanceDate>
        </ExportOperation>
        <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
        <Exporter><identificationNumber>PL526104082800000</identificationNumber></Exporter>
        """);
}
