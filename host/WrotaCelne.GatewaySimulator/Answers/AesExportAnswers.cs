using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// The AES answers to a CC515C, in the shape the AES plugin reads (its answer table; the official layout is not
/// public): CC528C (MRN allocated), CC529C (release for export), CC556C (rejection with a functional error) and CC599C
/// (exit results: the declared office of exit as the actual one, control result A1).
/// </summary>
internal sealed class AesExportAnswers(XElement cc515c) : IDeclarationAnswers
{
    public const string Sender = "NTA.PL";

    /// <summary>Exit control result "satisfactory" (unverified: the AES codelist is not public here).</summary>
    public const string ExitControlResult = "A1";

    private XElement? Operation => cc515c.Element("ExportOperation");

    public string AllocateMrn(DateTimeOffset at, string country) =>
        Mrn.Allocate(at, country, cc515c.Element("CustomsOfficeOfExport")?.Element("referenceNumber")?.Value, Mrn.ExportProcedure(Operation?.Element("security")?.Value));

    public XDocument MrnAllocated(string mrn, DateTimeOffset at) => Message("CC528C", at,
        new XElement("ExportOperation", Lrn(), new XElement("MRN", mrn), new XElement("acceptanceDate", EuStyleMessage.DateTime(at))),
        EuStyleMessage.Office(cc515c, "CustomsOfficeOfExport"));

    public XDocument Released(string mrn, DateTimeOffset acceptedAt, DateTimeOffset releasedAt) => Message("CC529C", releasedAt,
        new XElement("ExportOperation", Lrn(), new XElement("MRN", mrn), new XElement("releaseDate", EuStyleMessage.DateTime(releasedAt))),
        EuStyleMessage.Office(cc515c, "CustomsOfficeOfExport"));

    public XDocument Rejected(DateTimeOffset at) => Message("CC556C", at,
        new XElement(
            "ExportOperation",
            Lrn(),
            new XElement("businessRejectionType", "515"),
            new XElement("rejectionDateAndTime", EuStyleMessage.DateTime(at)),
            new XElement("rejectionCode", SimulatedRejection.ErrorCode),
            new XElement("rejectionReason", SimulatedRejection.Reason)),
        EuStyleMessage.Office(cc515c, "CustomsOfficeOfExport"),
        new XElement(
            "FunctionalError",
            new XElement("errorPointer", "/CC515C/ExportOperation/LRN"),
            new XElement("errorCode", SimulatedRejection.ErrorCode),
            new XElement("errorReason", SimulatedRejection.Rule),
            Lrn() is { } lrn ? new XElement("originalAttributeValue", lrn.Value) : null));

    public TimeSpan? EndsAfter(SeapSimulatorDelays delays) => SeapSimulatorDelays.SwitchedOn(delays.Exit);

    public XDocument Ended(string mrn, DateTimeOffset at) => Message("CC599C", at,
        new XElement("ExportOperation", Lrn(), new XElement("MRN", mrn), new XElement("exitDate", EuStyleMessage.Date(at))),
        EuStyleMessage.Office(cc515c, "CustomsOfficeOfExport"),
        EuStyleMessage.Office(cc515c, "CustomsOfficeOfExitDeclared", "CustomsOfficeOfExitActual"),
        new XElement("ExitControlResult", new XElement("code", ExitControlResult)));

    private XElement? Lrn() => Operation?.Element("LRN") is { } lrn ? new XElement(lrn) : null;

    private XDocument Message(string type, DateTimeOffset at, params object?[] body) => EuStyleMessage.Build(type, cc515c, Sender, at, body);
}
