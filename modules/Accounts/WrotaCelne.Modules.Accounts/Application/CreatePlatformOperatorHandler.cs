using Microsoft.AspNetCore.Identity;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Operators;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class CreatePlatformOperatorHandler(UserManager<UserAccount> users, TimeProvider clock, IAuditTrail audit) : ICommandHandler<CreatePlatformOperator, CreatedOperatorDto>
{
    public async Task<CreatedOperatorDto> HandleAsync(CreatePlatformOperator command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors().Require("displayName", command.DisplayName, UserAccount.DisplayNameMaxLength);
        var email = EmailAddress.Check(errors, "email", command.Email);

        errors.ThrowIfAny();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException("email", "email.taken", "A user with this e-mail address already exists.");
        }

        var password = OneTimePassword.Generate();
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            IsPlatformOperator = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        account.HandOutPassword(account.CreatedAtUtc);
        (await users.CreateAsync(account, password)).Ensure("The operator could not be created");

        await audit.RecordPlatformAsync(AuditActions.OperatorCreated, $"Operator {email} ({account.DisplayName}).", cancellationToken);
        return new CreatedOperatorDto(account.Id, email, password);
    }
}
