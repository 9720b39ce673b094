namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// The filters of <c>GetDocumentsRequest</c> (WS_PULL.wsdl), each optional. The gateway answers at most 100
/// documents over at most 10 days (unverified).
/// </summary>
public sealed record SeapDocumentsQuery
{
    /// <summary>The most documents one answer lists (unverified): a full answer may have left some out.</summary>
    public const int MaxDocuments = 100;

    /// <summary><c>idSiscROF</c>, <c>idSiscROP</c>, <c>idSiscP</c> (10-50 characters each).</summary>
    public string? IdSiscRof { get; init; }

    public string? IdSiscRop { get; init; }

    public string? IdSiscP { get; init; }

    /// <summary><c>sysRef</c>: the document with this gateway id.</summary>
    public string? SysRef { get; init; }

    /// <summary><c>idWysylki</c>: dispatch id.</summary>
    public string? DispatchId { get; init; }

    /// <summary><c>idDocSysZew</c>: the id the external system gave the document.</summary>
    public string? ExternalDocumentId { get; init; }

    /// <summary><c>idSprawy</c>: case id.</summary>
    public string? CaseId { get; init; }

    /// <summary><c>pobrany</c>: whether the document was collected (a string in the WSDL; the simulator reads <c>true</c>/<c>false</c>).</summary>
    public string? Collected { get; init; }

    /// <summary><c>dataOd</c> and <c>dataDo</c>: the date range.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary><c>korelacjaSysref</c>: documents correlated with this sysRef (the answers to a sent document).</summary>
    public string? CorrelatedSysRef { get; init; }
}
