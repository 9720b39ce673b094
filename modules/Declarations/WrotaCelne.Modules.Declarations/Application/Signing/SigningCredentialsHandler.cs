using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Domain.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// The organization's signing credentials. A key is opened (password or PIN checked, certificate read) before
/// anything is stored; another organization's credential is "not found".
/// </summary>
internal sealed class SigningCredentialsHandler(IDeclarationsData data, SigningKeys keys, ISecretProtector secrets, Pkcs11Modules modules, IAccountsModule accounts, SigningAudit audit, TimeProvider clock)
    : IQueryHandler<ListSigningCredentials, IReadOnlyList<SigningCredentialDto>>,
      IQueryHandler<GetSigningCredential, SigningCredentialDto>,
      IQueryHandler<ListPkcs11Modules, IReadOnlyList<string>>,
      ICommandHandler<AddKeyFileCredential, SigningCredentialDto>,
      ICommandHandler<ReplaceKeyFile, SigningCredentialDto>,
      ICommandHandler<AddPkcs11Credential, SigningCredentialDto>,
      ICommandHandler<UpdateSigningCredential, SigningCredentialDto>,
      ICommandHandler<RemoveSigningCredential, bool>
{
    public async Task<IReadOnlyList<SigningCredentialDto>> HandleAsync(ListSigningCredentials query, CancellationToken cancellationToken)
    {
        var list = await data.SigningCredentials.AsNoTracking().Where(c => c.OrganizationId == query.Caller.OrganizationId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return list.Where(c => query.UsableBy is not { } user || c.MayBeUsedBy(user)).Select(c => CredentialMapping.ToDto(c, now)).ToList();
    }

    public async Task<SigningCredentialDto> HandleAsync(GetSigningCredential query, CancellationToken cancellationToken) =>
        CredentialMapping.ToDto(await FindAsync(query.Caller, query.CredentialId, tracked: false, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public Task<IReadOnlyList<string>> HandleAsync(ListPkcs11Modules query, CancellationToken cancellationToken) => Task.FromResult(modules.Names);

    public async Task<SigningCredentialDto> HandleAsync(AddKeyFileCredential command, CancellationToken cancellationToken)
    {
        var allowed = await CheckAsync(command.Caller, command.Name, command.AllowedUserIds, null, cancellationToken);
        CheckKeyFile(command.KeyFile);
        var now = clock.GetUtcNow().UtcDateTime;
        var credential = SigningCredential.Create(
            command.Caller.OrganizationId, command.Name, keys.ProviderFor(CredentialKind.KeyFile).Id, CredentialKind.KeyFile, new Dictionary<string, string>(), allowed, command.Actor, now);
        TakeKeyFile(credential, command.KeyFile, command.Password, now);
        data.SigningCredentials.Add(credential);
        await SaveAsync(credential, cancellationToken);
        await audit.CredentialAsync(credential, "signing.credential-added", $"Key file \"{credential.Name}\" added: {credential.Subject}, valid until {credential.NotAfterUtc:yyyy-MM-dd}.", cancellationToken);
        return CredentialMapping.ToDto(credential, now);
    }

    public async Task<SigningCredentialDto> HandleAsync(ReplaceKeyFile command, CancellationToken cancellationToken)
    {
        var credential = await FindAsync(command.Caller, command.CredentialId, tracked: true, cancellationToken);
        if (credential.Kind != CredentialKind.KeyFile)
        {
            throw new ConflictException("credentialId", "credential.notKeyFile", "Only a key file credential takes a new key file.");
        }

        CheckKeyFile(command.KeyFile);
        var previous = credential.Subject;
        var now = clock.GetUtcNow().UtcDateTime;
        TakeKeyFile(credential, command.KeyFile, command.Password, now);
        await data.SaveChangesAsync(cancellationToken);
        await audit.CredentialAsync(credential, "signing.credential-replaced", $"Key file \"{credential.Name}\" replaced: {previous} → {credential.Subject}, valid until {credential.NotAfterUtc:yyyy-MM-dd}.", cancellationToken);
        return CredentialMapping.ToDto(credential, now);
    }

    public async Task<SigningCredentialDto> HandleAsync(AddPkcs11Credential command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (modules.PathOf(command.Module ?? "") is null)
        {
            errors.Add("module", "signing.moduleNotAllowed", modules.Names.Count == 0
                ? "The operator has not allowed any PKCS#11 module on this install."
                : "Choose one of the PKCS#11 modules the operator allowed.");
        }

        if (string.IsNullOrWhiteSpace(command.TokenLabel))
        {
            errors.Add("tokenLabel", "credential.tokenLabelRequired", "Enter the token's label.");
        }

        if (string.IsNullOrWhiteSpace(command.KeyLabel))
        {
            errors.Add("keyLabel", "credential.keyLabelRequired", "Enter the key's label.");
        }

        if (string.IsNullOrEmpty(command.Pin))
        {
            errors.Add("pin", "credential.pinRequired", "Enter the PIN: it opens the key once to read the certificate on the card.");
        }

        errors.ThrowIfAny();
        var allowed = await CheckAsync(command.Caller, command.Name, command.AllowedUserIds, null, cancellationToken);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CredentialSettings.Module] = command.Module!,
            [CredentialSettings.TokenLabel] = command.TokenLabel.Trim(),
            [CredentialSettings.KeyLabel] = command.KeyLabel,
        };
        var pin = command.Pin!;
        var now = clock.GetUtcNow().UtcDateTime;
        var credential = SigningCredential.Create(command.Caller.OrganizationId, command.Name, keys.ProviderFor(CredentialKind.Pkcs11).Id, CredentialKind.Pkcs11, settings, allowed, command.Actor, now);
        using (var key = keys.Open(CredentialKind.Pkcs11, settings, ReadOnlyMemory<byte>.Empty, pin, "pin"))
        {
            CheckValidity(key.Certificate.NotAfter.ToUniversalTime(), now, "keyLabel");
            credential.UseKey(key.Certificate, null, command.KeepPin ? secrets.Protect(pin) : null, now);
        }

        data.SigningCredentials.Add(credential);
        await SaveAsync(credential, cancellationToken);
        await audit.CredentialAsync(credential, "signing.credential-added", $"Card/HSM key \"{credential.Name}\" added ({command.Module}, token {command.TokenLabel.Trim()}, key {command.KeyLabel}): {credential.Subject}, valid until {credential.NotAfterUtc:yyyy-MM-dd}; PIN {(command.KeepPin ? "stored encrypted" : "entered at each signature")}.", cancellationToken);
        return CredentialMapping.ToDto(credential, now);
    }

    public async Task<SigningCredentialDto> HandleAsync(UpdateSigningCredential command, CancellationToken cancellationToken)
    {
        var credential = await FindAsync(command.Caller, command.CredentialId, tracked: true, cancellationToken);
        var allowed = await CheckAsync(command.Caller, command.Name, command.AllowedUserIds, credential.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        credential.Rename(command.Name, allowed, now);
        await SaveAsync(credential, cancellationToken);
        await audit.CredentialAsync(credential, "signing.credential-changed", $"Credential \"{credential.Name}\": {(allowed.Count == 0 ? "everyone who may sign" : $"{allowed.Count} user(s)")} may sign with it.", cancellationToken);
        return CredentialMapping.ToDto(credential, now);
    }

    public async Task<bool> HandleAsync(RemoveSigningCredential command, CancellationToken cancellationToken)
    {
        var credential = await FindAsync(command.Caller, command.CredentialId, tracked: true, cancellationToken);
        data.SigningCredentials.Remove(credential);
        await data.SaveChangesAsync(cancellationToken);
        await audit.CredentialAsync(credential, "signing.credential-removed", $"Credential \"{credential.Name}\" removed ({credential.Subject}); its key is deleted, its signatures stay in the audit.", cancellationToken);
        return true;
    }

    private async Task<SigningCredential> FindAsync(CallerScope caller, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? data.SigningCredentials : data.SigningCredentials.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == caller.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The signing credential");
    }

    private async Task<IReadOnlyList<Guid>> CheckAsync(CallerScope caller, string? name, IReadOnlyList<Guid>? allowedUserIds, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (SigningCredential.CheckName(name) is { } nameError)
        {
            errors.Add("name", nameError, nameError == "credential.nameRequired" ? "Give the credential a name." : $"Use at most {SigningCredential.NameMaxLength} characters.");
        }
        else if (await data.SigningCredentials.AnyAsync(c => c.OrganizationId == caller.OrganizationId && c.Name == name!.Trim() && c.Id != self, cancellationToken))
        {
            errors.Add("name", "credential.nameTaken", "Another credential of the organization has this name.");
        }

        var allowed = (allowedUserIds ?? []).Distinct().ToList();
        if (allowed.Count > 0)
        {
            var members = (await accounts.ExecuteQueryAsync(new ListOrganizationMembers(caller.OrganizationId), cancellationToken)).Select(m => m.Id).ToHashSet();
            if (allowed.Any(id => !members.Contains(id)))
            {
                errors.Add("allowedUserIds", "credential.unknownUser", "Choose users of your organization.");
            }
        }

        errors.ThrowIfAny();
        return allowed;
    }

    private static void CheckKeyFile(ReadOnlyMemory<byte> keyFile)
    {
        if (keyFile.IsEmpty)
        {
            throw new InvalidInputException("keyFile", "credential.keyFileRequired", "Choose the key file (.p12 or .pfx).");
        }

        if (keyFile.Length > AddKeyFileCredential.MaxBytes)
        {
            throw SigningErrors.Invalid("keyFile", "credential.keyFileTooLarge", "A key file has at most {0} KB; this is not one.", AddKeyFileCredential.MaxBytes / 1024);
        }
    }

    private void TakeKeyFile(SigningCredential credential, ReadOnlyMemory<byte> keyFile, string? password, DateTime now)
    {
        using var key = keys.Open(CredentialKind.KeyFile, new Dictionary<string, string>(), keyFile, password, "password");
        CheckValidity(key.Certificate.NotAfter.ToUniversalTime(), now, "keyFile");
        credential.UseKey(key.Certificate, secrets.ProtectKey(keyFile.ToArray()), secrets.Protect(password ?? ""), now);
    }

    private static void CheckValidity(DateTime notAfterUtc, DateTime now, string field)
    {
        if (notAfterUtc <= now)
        {
            throw SigningErrors.Invalid(field, "credential.expired", "The certificate expired on {0:yyyy-MM-dd}; a signature made with it would be refused.", notAfterUtc);
        }
    }

    private async Task SaveAsync(SigningCredential credential, CancellationToken cancellationToken) =>
        await BuildingBlocks.Infrastructure.Persistence.UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.SigningCredentials.AnyAsync(c => c.OrganizationId == credential.OrganizationId && c.Name == credential.Name && c.Id != credential.Id, ct),
            () => new ConflictException("name", "credential.nameTaken", "Another credential of the organization has this name."),
            cancellationToken);
}
