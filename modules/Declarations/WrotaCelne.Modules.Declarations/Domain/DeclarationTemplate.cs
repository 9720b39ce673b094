using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A reusable declaration of the organization (regular routes, parties, goods), without LRN or MRN.</summary>
internal sealed class DeclarationTemplate
{
    public const int NameMaxLength = 100;

    private DeclarationTemplate()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    public DeclarationFamily Family { get; private set; }

    public string Document { get; private set; } = "{}";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public CustomsDeclaration Read() => DeclarationJson.Deserialize(Document);

    public static DeclarationTemplate Create(Guid organizationId, string name, CustomsDeclaration document, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        var template = new DeclarationTemplate { Id = Guid.CreateVersion7(), OrganizationId = organizationId, Family = document.Family, CreatedAtUtc = nowUtc };
        template.Change(name, document, actor, nowUtc);
        return template;
    }

    public void Change(string name, CustomsDeclaration document, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            new InputErrors().Add("name", "template.name", "Give the template a name of 1 to {0} characters.", NameMaxLength).ThrowIfAny();
        }

        var copy = DeclarationJson.Clone(document);
        copy.Family = Family;
        copy.Lrn = null;
        copy.Mrn = null;
        Name = trimmed;
        Document = DeclarationJson.Serialize(copy);
        UpdatedAtUtc = nowUtc;
        UpdatedBy = actor.Name;
    }
}
