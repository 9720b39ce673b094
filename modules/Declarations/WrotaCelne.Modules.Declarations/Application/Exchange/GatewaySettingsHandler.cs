using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;

using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

internal sealed class GatewaySettingsHandler(IDeclarationsData data, ISecretProtector secrets, GatewayAddresses addresses, IAccountsModule accounts, TimeProvider clock)
    : IQueryHandler<GetGatewaySettings, GatewaySettingsDto>, ICommandHandler<SetGatewaySettings, GatewaySettingsDto>
{
    public async Task<GatewaySettingsDto> HandleAsync(GetGatewaySettings query, CancellationToken cancellationToken)
    {
        var settings = await data.GatewaySettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == query.Caller.OrganizationId, cancellationToken);
        return ToDto(settings ?? GatewaySettings.For(query.Caller.OrganizationId), settings is not null);
    }

    public async Task<GatewaySettingsDto> HandleAsync(SetGatewaySettings command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (!Enum.TryParse<GatewayEnvironment>(command.Environment, ignoreCase: true, out var environment) || !Enum.IsDefined(environment) || int.TryParse(command.Environment, out _))
        {
            errors.Add("environment", "gateway.environmentUnknown", "Choose simulator, test or production.");
        }
        else if (!addresses.IsAvailable(environment))
        {
            errors.Add("environment", "gateway.environmentUnavailable", "The operator has not configured this environment's address on this install.");
        }

        var settings = await data.GatewaySettings.SingleOrDefaultAsync(s => s.OrganizationId == command.Caller.OrganizationId, cancellationToken);
        var login = command.Login?.Trim() ?? "";
        var password = string.IsNullOrEmpty(command.Password) ? null : command.Password;
        if (environment != GatewayEnvironment.Simulator)
        {
            errors.Require("login", login, GatewaySettings.LoginMaxLength);
            if (password is null && settings?.ProtectedPassword is null)
            {
                errors.Add("password", "gateway.passwordRequired", "Enter the PUESC password of this login.");
            }
        }
        else if (login.Length > GatewaySettings.LoginMaxLength)
        {
            errors.Add("login", InputErrors.MaxLengthCode, "At most {0} characters are allowed.", GatewaySettings.LoginMaxLength);
        }

        errors.ThrowIfAny();
        if (settings is null)
        {
            settings = GatewaySettings.For(command.Caller.OrganizationId);
            data.GatewaySettings.Add(settings);
        }

        settings.Change(environment, login, password is null ? null : secrets.Protect(password), command.Actor, clock.GetUtcNow().UtcDateTime);
        await data.SaveChangesAsync(cancellationToken);
        await accounts.ExecuteCommandAsync(
            new RecordOrganizationAudit(settings.OrganizationId, "gateway.settings-changed", $"Gateway: {environment.ToString().ToLowerInvariant()}, login \"{settings.Login}\"{(password is null ? "" : ", new password")}."),
            cancellationToken);
        return ToDto(settings, stored: true);
    }

    private GatewaySettingsDto ToDto(GatewaySettings s, bool stored) =>
        new(
            s.Environment.ToString().ToLowerInvariant(),
            s.Login,
            s.ProtectedPassword is not null,
            addresses.For(s.Environment)?.ToString(),
            addresses.Available.Select(e => e.ToString().ToLowerInvariant()).ToList(),
            stored ? s.UpdatedAtUtc : null,
            stored ? s.UpdatedBy : null);
}
