using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A customs declaration of one organization, from draft to archive.</summary>
internal sealed class Declaration
{
    private Declaration()
    {
    }

    /// <summary>Storage order and the full-text index's row id; never shown.</summary>
    public long Key { get; private set; }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The branch (oddział) the declaration belongs to; null when the organization does not split its work.</summary>
    public Guid? BranchId { get; private set; }

    public DeclarationFamily Family { get; private set; }

    public string Lrn { get; private set; } = "";

    public DeclarationStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid CreatedById { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>Counts saved changes; an edit names the revision it started from, so a concurrent edit is refused, not overwritten.</summary>
    public int Revision { get; private set; }

    /// <summary>The canonical document (<see cref="DeclarationJson"/>).</summary>
    public string Document { get; private set; } = "{}";

    public string? Mrn { get; private set; }

    /// <summary>When the goods were released (the administration's decision time, else when the release arrived).</summary>
    public DateTime? ReleasedAtUtc { get; private set; }

    /// <summary>Why the declaration needs a person (the gateway kept refusing it, the settings are incomplete), while it does.</summary>
    public string? AttentionReason { get; private set; }

    public string? DeclarationType { get; private set; }

    /// <summary>The office the declaration is lodged at: departure (transit), export or import.</summary>
    public string? Office { get; private set; }

    /// <summary>The other side of the trade, shown in lists: consignee (transit, export) or consignor (import).</summary>
    public string? CounterpartName { get; private set; }

    /// <summary>Names and EORI numbers of every party, for the full-text index.</summary>
    public string PartyText { get; private set; } = "";

    /// <summary>Goods descriptions and commodity codes, for the full-text index.</summary>
    public string GoodsText { get; private set; } = "";

    public bool IsEditable => Status == DeclarationStatus.Draft;

    public CustomsDeclaration Read() => DeclarationJson.Deserialize(Document);

    /// <summary>Replaces the document of a draft. The family and MRN are the declaration's own and cannot be edited through the document.</summary>
    /// <returns>What changed, leaf by leaf.</returns>
    public IReadOnlyList<FieldChange> Edit(Actor actor, int expectedRevision, CustomsDeclaration document, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(document);
        if (Status == DeclarationStatus.Signed)
        {
            throw new ConflictException("status", "declaration.signed", "The declaration is signed; return it to draft to change it (it will have to be signed again).");
        }

        if (!IsEditable)
        {
            throw new ConflictException("status", "declaration.locked", "The declaration was sent and can no longer be changed; copy it to start a new one.");
        }

        if (expectedRevision != Revision)
        {
            throw new ConflictException("revision", "declaration.changed", "Someone saved this declaration in the meantime; reload it to see their changes.");
        }

        var lrn = document.Lrn?.Trim();
        if (!string.IsNullOrEmpty(lrn) && lrn != Lrn)
        {
            if (!Domain.Lrn.IsValid(lrn))
            {
                throw new InvalidInputException("lrn", "lrn.invalid", "The LRN must have 1 to 22 characters: letters, digits and / - _ . (starting with a letter or digit).");
            }

            Lrn = lrn;
        }

        var before = Document;
        Store(document);
        var changes = DocumentDiff.Between(before, Document);
        if (changes.Count > 0)
        {
            Revision++;
            UpdatedAtUtc = nowUtc;
            UpdatedBy = actor.Name;
        }

        return changes;
    }

    /// <summary>A draft was signed at its current revision: it stays as signed until sent or returned to draft.</summary>
    public void MarkSigned(Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != DeclarationStatus.Draft)
        {
            throw new ConflictException("status", Status == DeclarationStatus.Signed ? "declaration.alreadySigned" : "declaration.locked", Status == DeclarationStatus.Signed
                ? "The declaration is already signed; return it to draft to sign it again."
                : "Only a draft can be signed; this declaration was already sent.");
        }

        Status = DeclarationStatus.Signed;
        Revision++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = actor.Name;
    }

    /// <summary>A signed declaration is handed to the outbox: from here on only the gateway's answers move it.</summary>
    public void MarkQueued(Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != DeclarationStatus.Signed)
        {
            throw new ConflictException("status", "declaration.notSigned", "Only a signed declaration that was not sent can be sent.");
        }

        Status = DeclarationStatus.Queued;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = actor.Name;
    }

    /// <summary>The gateway took the message (it has a sysRef); answers that came first are not undone.</summary>
    public void MarkSent(DateTime nowUtc)
    {
        if (Status is DeclarationStatus.Queued or DeclarationStatus.NeedsAttention)
        {
            Status = DeclarationStatus.Sent;
            AttentionReason = null;
            UpdatedAtUtc = nowUtc;
        }
    }

    /// <summary>The outbox gave up: a person must look (the reason is shown); nothing was lost.</summary>
    public void NeedAttention(string reason, DateTime nowUtc)
    {
        if (Status is DeclarationStatus.Queued or DeclarationStatus.NeedsAttention)
        {
            Status = DeclarationStatus.NeedsAttention;
            AttentionReason = reason.Length <= 1000 ? reason : reason[..1000];
            UpdatedAtUtc = nowUtc;
        }
    }

    /// <summary>A person sends a declaration that needed attention again.</summary>
    public void Requeue(DateTime nowUtc)
    {
        if (Status != DeclarationStatus.NeedsAttention)
        {
            throw new ConflictException("status", "declaration.notParked", "Only a declaration that needs attention can be sent again.");
        }

        Status = DeclarationStatus.Queued;
        AttentionReason = null;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>An answer of the administration: the state moves forward only (see <see cref="DeclarationProgress"/>); an MRN is kept once given.</summary>
    /// <returns>True when the status changed.</returns>
    public bool Answered(Plugins.Abstractions.Formats.NotificationKind kind, string? mrn, bool? accepted, DateTime nowUtc, DateTime? decisionAtUtc = null)
    {
        if (Mrn is null && !string.IsNullOrWhiteSpace(mrn) && DeclarationProgress.IsUnderway(Status))
        {
            Mrn = mrn.Trim();
            UpdatedAtUtc = nowUtc;
        }

        var next = DeclarationProgress.After(Status, kind, accepted);
        if (next == Status)
        {
            return false;
        }

        Status = next;
        AttentionReason = null;
        UpdatedAtUtc = nowUtc;
        if (next == DeclarationStatus.Released)
        {
            ReleasedAtUtc = decisionAtUtc ?? nowUtc;
        }

        return true;
    }

    /// <summary>A signed declaration that was not sent goes back to draft to be changed; its signature no longer counts.</summary>
    public void ReturnToDraft(Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != DeclarationStatus.Signed)
        {
            throw new ConflictException("status", "declaration.notSigned", "Only a signed declaration that was not sent can return to draft.");
        }

        Status = DeclarationStatus.Draft;
        Revision++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = actor.Name;
    }

    private void Store(CustomsDeclaration document)
    {
        document.ModelVersion = CustomsDeclaration.CurrentModelVersion;
        document.Family = Family;
        document.Lrn = Lrn;
        document.Mrn = Mrn;
        document.Items.Sort((a, b) => a.Number.CompareTo(b.Number));
        Document = DocumentPruning.Prune(DeclarationJson.Serialize(document));
        DeclarationType = document.DeclarationType;
        Office = Family switch
        {
            DeclarationFamily.Transit => document.Offices.Departure,
            DeclarationFamily.Export => document.Offices.Export,
            _ => document.Offices.Import,
        };
        var parties = document.Parties;
        CounterpartName = Family == DeclarationFamily.Import ? parties.Consignor?.Name ?? parties.Importer?.Name : parties.Consignee?.Name;
        PartyText = SearchText.Parties(document);
        GoodsText = SearchText.Goods(document);
    }

    /// <param name="organizationBranches">The organization's branches, to check <paramref name="branchId"/> against.</param>
    public static Declaration StartDraft(CallerScope caller, Actor actor, string family, string lrn, Guid? branchId, IReadOnlyCollection<Guid> organizationBranches, DateTime nowUtc, CustomsDeclaration? document = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new InputErrors();
        if (caller.OrganizationId == Guid.Empty)
        {
            errors.Add("organizationId", "organization.required", "The organization is required.");
        }

        if (branchId is { } branch && !organizationBranches.Contains(branch))
        {
            errors.Add("branchId", "branch.unknown", "Choose a branch of your organization.");
        }
        else if (caller.IsLimitedToBranches && branchId is null)
        {
            errors.Add("branchId", "branch.required", "Choose one of your branches.");
        }
        else if (!caller.Covers(branchId))
        {
            errors.Add("branchId", "branch.escalation", "You can only work for your own branches.");
        }

        if (!Enum.TryParse<DeclarationFamily>(family, ignoreCase: true, out var parsedFamily) || !Enum.IsDefined(parsedFamily) || int.TryParse(family, out _))
        {
            errors.Add("family", "family.invalid", "Use transit, export or import.");
        }

        var trimmedLrn = lrn?.Trim() ?? "";
        if (!Domain.Lrn.IsValid(trimmedLrn))
        {
            errors.Add("lrn", "lrn.invalid", "The LRN must have 1 to {0} characters: letters, digits and / - _ . (starting with a letter or digit).", Domain.Lrn.MaxLength);
        }

        errors.ThrowIfAny();
        var declaration = new Declaration
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = caller.OrganizationId,
            BranchId = branchId,
            Family = parsedFamily,
            Lrn = trimmedLrn,
            Status = DeclarationStatus.Draft,
            CreatedAtUtc = nowUtc,
            CreatedById = actor.UserId,
            CreatedBy = actor.Name,
            UpdatedAtUtc = nowUtc,
            UpdatedBy = actor.Name,
        };
        declaration.Store(document is null ? new CustomsDeclaration() : DeclarationJson.Clone(document));
        return declaration;
    }
}
