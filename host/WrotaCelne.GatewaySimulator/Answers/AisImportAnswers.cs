using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// The AIS/IMPORT answers to a ZC415, in the shape the AIS plugin reads (the official layout is not public): ZC429
/// (the certified declaration with the MRN) and PW429 (release). No rejection: the plugin knows no rejection message (no
/// public source names one), so a declaration the rule rejects gets its UPO and nothing more; an import has no exit or
/// write-off.
/// </summary>
internal sealed class AisImportAnswers(XElement zc415) : IDeclarationAnswers
{
    public const string Sender = "AIS.PL";

    public string AllocateMrn(DateTimeOffset at, string country) =>
        Mrn.Allocate(at, country, zc415.Element("CustomsOfficeOfLodgement")?.Element("referenceNumber")?.Value, Mrn.ImportProcedure);

    public XDocument MrnAllocated(string mrn, DateTimeOffset at) => Message("ZC429", at,
        new XElement("ImportOperation", Lrn(), new XElement("MRN", mrn), new XElement("acceptanceDate", EuStyleMessage.DateTime(at))),
        EuStyleMessage.Office(zc415, "CustomsOfficeOfLodgement"));

    public XDocument Released(string mrn, DateTimeOffset acceptedAt, DateTimeOffset releasedAt) => Message("PW429", releasedAt,
        new XElement("ImportOperation", Lrn(), new XElement("MRN", mrn), new XElement("releaseDate", EuStyleMessage.DateTime(releasedAt))),
        EuStyleMessage.Office(zc415, "CustomsOfficeOfLodgement"));

    public XDocument? Rejected(DateTimeOffset at) => null;

    public TimeSpan? EndsAfter(SeapSimulatorDelays delays) => null;

    public XDocument Ended(string mrn, DateTimeOffset at) => throw new NotSupportedException("An import declaration has no exit or write-off.");

    private XElement? Lrn() => zc415.Element("ImportOperation")?.Element("LRN") is { } lrn ? new XElement(lrn) : null;

    private XDocument Message(string type, DateTimeOffset at, params object?[] body) => EuStyleMessage.Build(type, zc415, Sender, at, body);
}
