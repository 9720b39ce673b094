namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// A <c>document</c> of WS_CHANNEL.xsd. The platform fills <see cref="Content"/>, <see cref="TargetSystems"/> and at
/// most one <see cref="Attachment"/>; the identifiers below are what SEAP writes on documents it hands out.
/// </summary>
public sealed record SeapDocument(SeapContent Content, IReadOnlyList<string> TargetSystems)
{
    /// <summary>The one attachment the gateway accepts (unverified limit: one).</summary>
    public SeapContent? Attachment { get; init; }

    /// <summary><c>dispatchId</c>: the dispatch identifier from SEAP's central repository.</summary>
    public string? DispatchId { get; init; }

    /// <summary><c>caseId</c>: the case identifier from SEAP's central repository.</summary>
    public string? CaseId { get; init; }

    /// <summary><c>personSISC</c>, <c>middleSISC</c>, <c>endSISC</c>: the SISC ids of the person, the agency and the represented company.</summary>
    public string? PersonSisc { get; init; }

    public string? MiddleSisc { get; init; }

    public string? EndSisc { get; init; }
}

/// <summary>What <c>GetNextDocument</c> answered: the next uncollected document (none when nothing is due) and whether more wait.</summary>
public sealed record SeapNextDocument(SeapDocument? Document, bool HasNext);

/// <summary>What <c>GetDocuments</c> answered.</summary>
public sealed record SeapDocuments(long? Count, IReadOnlyList<SeapDocument> Documents, string? Info);
