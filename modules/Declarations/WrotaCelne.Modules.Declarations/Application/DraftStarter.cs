using WrotaCelne.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Starts drafts: typed in, copied, or from a template. Numbers them by the organization's LRN mask when no LRN is given.</summary>
internal sealed class DraftStarter(IDeclarationsData data, IAccountsModule accounts, AddressBookLearning learning, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<Declaration> StartAsync(NewDraft command, CancellationToken cancellationToken)
    {
        var branches = command.BranchId is null ? [] : await accounts.ExecuteQueryAsync(new ListOrganizationBranches(command.Caller.OrganizationId), cancellationToken);
        if (!string.IsNullOrWhiteSpace(command.Lrn))
        {
            var draft = Start(command, command.Lrn, branches);
            data.Declarations.Add(draft);
            Record(command, draft);
            await learning.LearnAsync(draft.OrganizationId, draft.Read(), draft.CreatedAtUtc, cancellationToken);
            await UniqueSave.SaveAsync(
                data.SaveChangesAsync,
                ct => data.Declarations.AnyAsync(d => d.Id != draft.Id && d.OrganizationId == draft.OrganizationId && d.Lrn == draft.Lrn, ct),
                () => new ConflictException("lrn", "lrn.taken", "This LRN is already used by another declaration of the organization."),
                cancellationToken);
            return draft;
        }

        // No LRN given: the next number of the organization's mask, taken and committed under the write lock so that
        // concurrent drafts never draw the same number. Only an LRN typed by hand at the same moment can still collide
        // (the unique LRN index says so); then number again. A number whose draft fails is not given again.
        for (var attempt = 1; ; attempt++)
        {
            var lrn = await data.SerializedAsync(ct => NextLrnAsync(command, branches, ct), cancellationToken);
            var draft = Start(command, lrn, branches);
            data.Declarations.Add(draft);
            Record(command, draft);
            await learning.LearnAsync(draft.OrganizationId, draft.Read(), draft.CreatedAtUtc, cancellationToken);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
                return draft;
            }
            catch (DbUpdateException) when (attempt < Attempts && !cancellationToken.IsCancellationRequested)
            {
                data.DiscardChanges();
            }
        }
    }

    private Declaration Start(NewDraft command, string lrn, IReadOnlyList<BranchDto> branches) =>
        Declaration.StartDraft(command.Caller, command.Actor, command.Family, lrn, command.BranchId, branches.Select(b => b.Id).ToList(), clock.GetUtcNow().UtcDateTime, command.Document);

    private void Record(NewDraft command, Declaration draft) =>
        data.Revisions.Add(DeclarationRevision.Record(draft, command.Actor, command.Kind, command.Detail, [], draft.CreatedAtUtc));

    private async Task<string> NextLrnAsync(NewDraft command, IReadOnlyList<BranchDto> branches, CancellationToken cancellationToken)
    {
        var organizationId = command.Caller.OrganizationId;
        var mask = new LrnMask((await data.LrnSettings.AsNoTracking().Where(s => s.OrganizationId == organizationId).Select(s => s.Mask).SingleOrDefaultAsync(cancellationToken)) ?? LrnMask.Default);
        var branchCode = branches.FirstOrDefault(b => b.Id == command.BranchId)?.Code;
        if (mask.UsesBranch && branchCode is null)
        {
            throw new InvalidInputException("branchId", "lrn.branchRequired", "The LRN mask holds {BRANCH}: choose a branch.");
        }

        var family = Enum.TryParse<DeclarationFamily>(command.Family, ignoreCase: true, out var parsed) ? parsed.ToString()[0] : 'X';
        var day = WarsawTime.Date(clock.GetUtcNow().UtcDateTime);
        var key = mask.CounterKey(day, branchCode ?? "", family);
        var counter = await data.LrnCounters.SingleOrDefaultAsync(c => c.OrganizationId == organizationId && c.Key == key, cancellationToken);
        if (counter is null)
        {
            counter = LrnCounter.Start(organizationId, key);
            data.LrnCounters.Add(counter);
        }

        // Skip numbers someone already typed in by hand.
        while (true)
        {
            var sequence = counter.Take();
            if (sequence > mask.MaxSequence)
            {
                throw new ConflictException("lrn", "lrn.exhausted", "The LRN mask's counter ran out; lengthen {SEQ:n} in the mask.");
            }

            var lrn = mask.Render(day, branchCode ?? "", family, sequence);
            if (!await data.Declarations.AnyAsync(d => d.OrganizationId == organizationId && d.Lrn == lrn, cancellationToken))
            {
                await data.SaveChangesAsync(cancellationToken);
                return lrn;
            }
        }
    }
}

/// <summary>What a new draft starts from, and how its first history entry reads.</summary>
internal sealed record NewDraft(CallerScope Caller, Actor Actor, string Family, string Lrn, Guid? BranchId, CustomsDeclaration? Document, RevisionKind Kind, string? Detail);
