using System.Security.Cryptography;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A message of a declaration's exchange with the administration, kept byte for byte as sent or received.</summary>
internal sealed class DeclarationMessage
{
    /// <summary>The gateway's own limit for one message.</summary>
    public const int MaxBytes = 15 * 1024 * 1024;

    public const int ProblemMaxLength = 1000;

    private DeclarationMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Null for an inbound message no declaration of the organization could be matched to (kept for a person to look at).</summary>
    public Guid? DeclarationId { get; private set; }

    public MessageDirection Direction { get; private set; }

    /// <summary>e.g. <c>CC015C</c>.</summary>
    public string MessageType { get; private set; } = "";

    /// <summary>The gateway's target system, e.g. <c>NCTS2</c>.</summary>
    public string TargetSystem { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    /// <summary>Upper-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Inbound: the gateway's id of the document (deduplicates a document delivered twice).</summary>
    public string? GatewayId { get; private set; }

    /// <summary>Inbound: the gateway's case id, the sysRef of the sent document it answers (PUESC's <c>caseId</c>), when it gave one.</summary>
    public string? GatewayCaseId { get; private set; }

    /// <summary>Inbound: the LRN the document names, when it could be read.</summary>
    public string? Lrn { get; private set; }

    /// <summary>Inbound: the MRN the document names, when it could be read (an answer matched to nothing yet waits for a declaration with it).</summary>
    public string? Mrn { get; private set; }

    /// <summary>Inbound: what it meant (<c>Receipt</c>, <c>MrnAllocated</c>, <c>Rejected</c>, ...), or null when it could not be read.</summary>
    public string? Meaning { get; private set; }

    /// <summary>Inbound: rejection errors or why the message could not be read, as JSON.</summary>
    public string? Notes { get; private set; }

    /// <summary>Inbound and matched to no declaration: why (no declaration with its LRN or MRN, unreadable, a signature that does not verify).</summary>
    public string? Problem { get; private set; }

    /// <summary>When a person marked an unmatched inbound document as dealt with.</summary>
    public DateTime? ReviewedAtUtc { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>
    /// Inbound: when it was read and applied (or found to match no declaration). A document is stored as it arrives and
    /// applied in a second step, so neither a crash nor a failure while applying loses it.
    /// </summary>
    public DateTime? ProcessedAtUtc { get; private set; }

    /// <summary>Inbound: how many times applying it failed (an error of the platform, not of the document).</summary>
    public int ProcessingAttempts { get; private set; }

    /// <summary>An inbound document as the gateway handed it out, kept before anything is read from it.</summary>
    /// <param name="messageType">The root element's name, as far as could be seen before reading the document; <c>?</c> when not even that.</param>
    public static DeclarationMessage Received(Guid organizationId, string gatewayId, string? caseId, string messageType, string fileName, byte[] content, DateTime nowUtc) => new()
    {
        MessageType = messageType.Length <= 20 ? messageType : messageType[..20],
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Direction = MessageDirection.Inbound,
        FileName = fileName,
        Content = content,
        Sha256 = Convert.ToHexString(SHA256.HashData(content)),
        GatewayId = gatewayId,
        GatewayCaseId = caseId,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>The inbound document was read: its type, the declaration it belongs to (null: none, see <paramref name="problem"/>) and what it meant.</summary>
    public void Processed(Guid? declarationId, string messageType, string? meaning, string? notes, string? problem, string? lrn, string? mrn, DateTime nowUtc)
    {
        Lrn = Fit(lrn, Domain.Lrn.MaxLength);
        Mrn = Fit(mrn, 18);
        DeclarationId = declarationId;
        MessageType = messageType.Length <= 20 ? messageType : messageType[..20];
        Meaning = meaning;
        Notes = notes;
        Problem = declarationId is null ? Shorten(problem ?? "no declaration matches it") : null;
        ProcessedAtUtc = nowUtc;
    }

    /// <summary>An inbound document that matched no declaration is applied again (a declaration now has the MRN it names).</summary>
    public void Reopen()
    {
        ProcessedAtUtc = null;
        ProcessingAttempts = 0;
    }

    /// <summary>Applying the inbound document failed; after <paramref name="maxAttempts"/> it is set aside for a person, with the reason.</summary>
    /// <returns>True when it was set aside.</returns>
    public bool ProcessingFailed(string error, int maxAttempts, DateTime nowUtc)
    {
        ProcessingAttempts++;
        if (ProcessingAttempts < maxAttempts)
        {
            return false;
        }

        DeclarationId = null;
        Problem = Shorten($"It could not be applied ({ProcessingAttempts} attempts): {error}");
        ProcessedAtUtc = nowUtc;
        return true;
    }

    public static DeclarationMessage Outbound(Declaration declaration, string messageType, string targetSystem, string fileName, byte[] content, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = declaration.OrganizationId,
        DeclarationId = declaration.Id,
        Direction = MessageDirection.Outbound,
        MessageType = messageType,
        TargetSystem = targetSystem,
        FileName = fileName,
        Content = content,
        Sha256 = Convert.ToHexString(SHA256.HashData(content)),
        CreatedAtUtc = nowUtc,
    };

    /// <summary>An unmatched inbound document was looked at and dealt with; the first person to do so is kept.</summary>
    public void MarkReviewed(BuildingBlocks.Actor actor, DateTime nowUtc)
    {
        if (DeclarationId is not null || Direction != MessageDirection.Inbound)
        {
            throw new InvalidOperationException("Only an inbound document that matches no declaration is reviewed.");
        }

        if (ReviewedAtUtc is null)
        {
            ReviewedAtUtc = nowUtc;
            ReviewedBy = actor.Name;
        }
    }

    private static string? Fit(string? value, int maxLength) => value?.Trim() is { Length: > 0 } text && text.Length <= maxLength ? text : null;

    private static string Shorten(string text) => text.Length <= ProblemMaxLength ? text : text[..(ProblemMaxLength - 1)] + "…";
}

internal enum MessageDirection
{
    Outbound = 1,
    Inbound = 2,
}
