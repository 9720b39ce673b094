using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>An administrator keeps the organization's profile and branches; always the caller's own organization.</summary>
internal sealed class MyOrganizationHandler(IAccountsData data, ICurrentUser currentUser, IAuditTrail audit)
    : ICommandHandler<UpdateMyOrganization, OrganizationDto>,
      ICommandHandler<AddBranch, BranchDto>,
      ICommandHandler<UpdateBranch, BranchDto>
{
    public async Task<OrganizationDto> HandleAsync(UpdateMyOrganization command, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationWideUserAsync();
        var organization = await data.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw new NotFoundException("The organization");
        var errors = new InputErrors();
        var before = Describe(organization);
        organization.UpdateProfile(errors, command.Name, command.Eori, command.Sisc, command.Address.ToAddress(errors), command.RequireTwoFactor);
        errors.ThrowIfAny();
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.OrganizationChanged, organizationId, $"Before: {before}. After: {Describe(organization)}.", cancellationToken);
        return organization.ToDto();
    }

    public async Task<BranchDto> HandleAsync(AddBranch command, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationWideUserAsync();
        var errors = new InputErrors();
        var branch = Branch.Create(errors, organizationId, command.Code, command.Name, command.Address.ToAddress(errors));
        errors.ThrowIfAny();
        await RefuseTakenCodeAsync(organizationId, branch, cancellationToken);
        data.Branches.Add(branch);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.BranchAdded, organizationId, $"{branch.Code} {branch.Name}, id {branch.Id}.", cancellationToken);
        return branch.ToDto();
    }

    public async Task<BranchDto> HandleAsync(UpdateBranch command, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationWideUserAsync();
        var branch = await data.Branches.SingleOrDefaultAsync(b => b.Id == command.BranchId && b.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The branch");
        var errors = new InputErrors();
        var before = $"{branch.Code} {branch.Name}, {branch.Address}";
        branch.Update(errors, command.Code, command.Name, command.Address.ToAddress(errors));
        errors.ThrowIfAny();
        await RefuseTakenCodeAsync(organizationId, branch, cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.BranchChanged, organizationId, $"Id {branch.Id}. Before: {before}. After: {branch.Code} {branch.Name}, {branch.Address}.", cancellationToken);
        return branch.ToDto();
    }

    private async Task RefuseTakenCodeAsync(Guid organizationId, Branch branch, CancellationToken cancellationToken)
    {
        if (await data.Branches.AsNoTracking().AnyAsync(b => b.OrganizationId == organizationId && b.Code == branch.Code && b.Id != branch.Id, cancellationToken))
        {
            throw new ConflictException("code", "branch.code.taken", "Another branch has this code.");
        }
    }

    private static string Describe(Organization o) =>
        $"{o.Name}, EORI {o.Eori}, SISC {o.Sisc ?? "-"}, {o.Address}, two-step sign-in {(o.RequireTwoFactor ? "required" : "optional")}";
}
