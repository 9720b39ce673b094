using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Another module's entry in an organization's log, written like Accounts' own (actor: the signed-in user, or "system" in a job).</summary>
internal sealed class RecordOrganizationAuditHandler(IAccountsData data, IAuditTrail audit) : ICommandHandler<RecordOrganizationAudit, bool>
{
    private const int ActionMaxLength = 60;

    public async Task<bool> HandleAsync(RecordOrganizationAudit command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors().Require("action", command.Action, ActionMaxLength);
        if (!string.IsNullOrWhiteSpace(command.Action) && command.Action.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors.Add("action", "action.format", "An action is a code without spaces, e.g. signing.credential-added.");
        }

        errors.ThrowIfAny();
        if (!await data.Organizations.AsNoTracking().AnyAsync(o => o.Id == command.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("The organization");
        }

        await audit.RecordOrganizationAsync(command.Action!, command.OrganizationId, command.Details ?? "", cancellationToken);
        return true;
    }
}
