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

    /// <summary>Inbound: what it meant (<c>Receipt</c>, <c>MrnAllocated</c>, <c>Rejected</c>, ...), or null when it could not be read.</summary>
    public string? Meaning { get; private set; }

    /// <summary>Inbound: rejection errors or why the message could not be read, as JSON.</summary>
    public string? Notes { get; private set; }

    /// <summary>Inbound and matched to no declaration: why (no declaration with its LRN or MRN, unreadable, a signature that does not verify).</summary>
    public string? Problem { get; private set; }

    /// <summary>When a person marked an unmatched inbound document as dealt with.</summary>
    public DateTime? ReviewedAtUtc { get; private set; }

    public string? ReviewedBy { get; private set; }

    public static DeclarationMessage Inbound(Guid organizationId, Guid? declarationId, string gatewayId, string messageType, string fileName, byte[] content, string? meaning, string? notes, string? problem, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = organizationId,
        DeclarationId = declarationId,
        Direction = MessageDirection.Inbound,
        MessageType = messageType,
        FileName = fileName,
        Content = content,
        Sha256 = Convert.ToHexString(SHA256.HashData(content)),
        GatewayId = gatewayId,
        Meaning = meaning,
        Notes = notes,
        Problem = declarationId is null ? Shorten(problem ?? "no declaration matches it") : null,
        CreatedAtUtc = nowUtc,
    };

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

    private static string Shorten(string text) => text.Length <= ProblemMaxLength ? text : text[..(ProblemMaxLength - 1)] + "…";
}

internal enum MessageDirection
{
    Outbound = 1,
    Inbound = 2,
}
