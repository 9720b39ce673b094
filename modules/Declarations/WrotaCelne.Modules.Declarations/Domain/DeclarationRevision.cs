using System.Text.Json;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>One saved change of a declaration: who, when, what kind of change and which fields changed.</summary>
internal sealed class DeclarationRevision
{
    /// <summary>At most this many field changes are kept per revision; the count of the rest is kept.</summary>
    public const int MaxChanges = 300;

    private DeclarationRevision()
    {
    }

    public long Id { get; private set; }

    public Guid DeclarationId { get; private set; }

    public int Number { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public RevisionKind Kind { get; private set; }

    /// <summary>Free detail of the kind, e.g. the LRN a copy was taken from or the template's name.</summary>
    public string? Detail { get; private set; }

    /// <summary>The field changes as JSON (<see cref="FieldChange"/> list).</summary>
    public string Changes { get; private set; } = "[]";

    public int OmittedChanges { get; private set; }

    public static DeclarationRevision Record(Declaration declaration, BuildingBlocks.Actor actor, RevisionKind kind, string? detail, IReadOnlyList<FieldChange> changes, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(changes);
        return new DeclarationRevision
        {
            DeclarationId = declaration.Id,
            Number = declaration.Revision,
            AtUtc = nowUtc,
            UserId = actor.UserId,
            UserName = actor.Name,
            Kind = kind,
            Detail = detail,
            Changes = JsonSerializer.Serialize(changes.Take(MaxChanges)),
            OmittedChanges = Math.Max(0, changes.Count - MaxChanges),
        };
    }

    public IReadOnlyList<FieldChange> ReadChanges() => JsonSerializer.Deserialize<List<FieldChange>>(Changes) ?? [];
}

internal enum RevisionKind
{
    Created = 0,
    Edited = 1,
    CopiedFrom = 2,
    CreatedFromTemplate = 3,
    Imported = 4,
    Signed = 5,
    ReturnedToDraft = 6,
}
