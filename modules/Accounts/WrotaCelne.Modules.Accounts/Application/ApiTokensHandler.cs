using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>A user's own API tokens: issued with a subset of the user's permissions, listed, revoked.</summary>
internal sealed class ApiTokensHandler(IAccountsData data, ICurrentUser currentUser, RolePermissions roles, TimeProvider clock, IAuditTrail audit)
    : IQueryHandler<ListMyApiTokens, IReadOnlyList<ApiTokenDto>>,
      ICommandHandler<CreateApiToken, CreatedApiTokenDto>,
      ICommandHandler<RevokeApiToken, ApiTokenDto>
{
    public async Task<IReadOnlyList<ApiTokenDto>> HandleAsync(ListMyApiTokens query, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var list = await data.ApiTokens.AsNoTracking().Where(t => t.OrganizationId == organizationId && t.UserId == caller.Id).OrderByDescending(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<CreatedApiTokenDto> HandleAsync(CreateApiToken command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var errors = new InputErrors().Require("name", command.Name, ApiToken.NameMaxLength);
        var permissions = (command.Permissions ?? []).Select(p => p?.Trim() ?? "").Distinct().ToList();
        if (permissions.Count == 0)
        {
            errors.Add("permissions", InputErrors.RequiredCode, "Choose at least one permission.");
        }

        var lacking = permissions.Except(await roles.OfUserAsync(caller, cancellationToken)).ToList();
        if (lacking.Count > 0)
        {
            errors.Add("permissions", "role.escalation", "A token cannot hold permissions you do not hold: {0}.", string.Join(", ", lacking));
        }

        if (command.ExpiresInDays < 1 || command.ExpiresInDays > ApiToken.MaxLifetime.TotalDays)
        {
            errors.Add("expiresInDays", "token.lifetime", "A token lives 1 to {0} days.", (int)ApiToken.MaxLifetime.TotalDays);
        }

        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiTokenSecret.Generate();
        var token = ApiToken.Issue(organizationId, caller.Id, command.Name.Trim(), secret.Hash, permissions, now, now.AddDays(command.ExpiresInDays));
        data.ApiTokens.Add(token);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.TokenCreated, organizationId, $"\"{token.Name}\" ({token.Id}) of {caller.Email}: {string.Join(", ", token.Permissions)}; expires {token.ExpiresAtUtc:yyyy-MM-dd}.", cancellationToken);
        return new CreatedApiTokenDto(ToDto(token), secret.Format(token.Id));
    }

    public async Task<ApiTokenDto> HandleAsync(RevokeApiToken command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var token = await data.ApiTokens.SingleOrDefaultAsync(t => t.Id == command.TokenId && t.OrganizationId == organizationId && t.UserId == caller.Id, cancellationToken)
            ?? throw new NotFoundException("The token");
        if (token.RevokedAtUtc is null)
        {
            token.Revoke(clock.GetUtcNow().UtcDateTime);
            await data.SaveChangesAsync(cancellationToken);
            await audit.RecordOrganizationAsync(AuditActions.TokenRevoked, organizationId, $"\"{token.Name}\" ({token.Id}) of {caller.Email}.", cancellationToken);
        }

        return ToDto(token);
    }

    private static ApiTokenDto ToDto(ApiToken t) => new(t.Id, t.Name, t.Permissions, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc, t.LastUsedAtUtc);
}
