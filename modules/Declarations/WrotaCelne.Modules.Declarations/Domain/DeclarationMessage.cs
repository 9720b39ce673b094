using System.Security.Cryptography;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A message of a declaration's exchange with the administration, kept byte for byte as sent or received.</summary>
internal sealed class DeclarationMessage
{
    /// <summary>The gateway's own limit for one message.</summary>
    public const int MaxBytes = 15 * 1024 * 1024;

    private DeclarationMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid DeclarationId { get; private set; }

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
}

internal enum MessageDirection
{
    Outbound = 1,
    Inbound = 2,
}
