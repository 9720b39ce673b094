using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Signing;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Signing credentials and signing declarations.</summary>
internal static class SigningEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var credentials = endpoints.MapGroup("/api/v1/signing/credentials").WithTags("Signing");
        credentials.MapGet("/", async (bool? usable, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListSigningCredentials(user.Scope(), usable == true ? user.Actor().UserId : null), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListSigningCredentials")
            .WithSummary("The organization's signing credentials with certificate and expiry (keys and secrets are never shown); usable=true: those the caller may sign with.");
        credentials.MapGet("/{credentialId:guid}", async (Guid credentialId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetSigningCredential(user.Scope(), credentialId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetSigningCredential")
            .ProducesProblem(StatusCodes.Status404NotFound);
        credentials.MapPost("/key-file", async Task<Created<SigningCredentialDto>> (KeyFileRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var added = await declarations.ExecuteCommandAsync(
                    new AddKeyFileCredential(user.Scope(), user.Actor(), body.Name ?? "", KeyFileRequest.Decode(body.KeyFile), body.Password, body.AllowedUserIds), ct);
                return TypedResults.Created($"/api/v1/signing/credentials/{added.Id}", added);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("AddKeyFileCredential")
            .WithSummary("Adds a PKCS#12 key file (keyFile: Base64 of the .p12/.pfx, at most 256 KB) with its password; the key is opened to check the password and read the certificate, then both are stored encrypted.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        credentials.MapPut("/{credentialId:guid}/key-file", async (Guid credentialId, KeyFileRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new ReplaceKeyFile(user.Scope(), user.Actor(), credentialId, KeyFileRequest.Decode(body.KeyFile), body.Password), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("ReplaceKeyFile")
            .WithSummary("Replaces a key file credential's key (a renewed certificate); name, users and signature history stay.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        credentials.MapPost("/pkcs11", async Task<Created<SigningCredentialDto>> (Pkcs11Request body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var added = await declarations.ExecuteCommandAsync(
                    new AddPkcs11Credential(user.Scope(), user.Actor(), body.Name ?? "", body.Module ?? "", body.TokenLabel ?? "", body.KeyLabel ?? "", body.Pin, body.KeepPin, body.AllowedUserIds), ct);
                return TypedResults.Created($"/api/v1/signing/credentials/{added.Id}", added);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("AddPkcs11Credential")
            .WithSummary("Adds a key on a smart card or HSM through a PKCS#11 module the operator allowed; the PIN opens it once to read the certificate and is kept encrypted when keepPin, otherwise asked at each signature.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        credentials.MapPut("/{credentialId:guid}", async (Guid credentialId, CredentialUpdateRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new UpdateSigningCredential(user.Scope(), user.Actor(), credentialId, body.Name ?? "", body.AllowedUserIds), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("UpdateSigningCredential")
            .WithSummary("Renames a credential and sets who may sign with it (empty: everyone holding declarations.sign).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        credentials.MapDelete("/{credentialId:guid}", async (Guid credentialId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new RemoveSigningCredential(user.Scope(), user.Actor(), credentialId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("RemoveSigningCredential")
            .WithSummary("Removes a credential and deletes its encrypted key; the audit of its signatures stays.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        credentials.MapPost("/{credentialId:guid}/test", async (Guid credentialId, SecretRequest? body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new TestSign(user.Scope(), user.Actor(), credentialId, body?.Secret), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Sign))
            .WithName("TestSign")
            .WithSummary("Signs a small test message with the credential and verifies it (audited like any signature).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapGet("/api/v1/signing/pkcs11-modules", async (IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListPkcs11Modules(), ct)))
            .WithTags("Signing")
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageCredentials))
            .WithName("ListPkcs11Modules")
            .WithSummary("The PKCS#11 modules the operator allowed on this install (Modules:Declarations:Pkcs11Modules).");

        var declarationsGroup = endpoints.MapGroup("/api/v1/declarations/{declarationId:guid}").WithTags("Signing");
        declarationsGroup.MapPost("/sign", async (Guid declarationId, SignRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SignDeclaration(user.Scope(), user.Actor(), declarationId, body.CredentialId ?? Guid.Empty, body.Secret), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Sign))
            .WithName("SignDeclaration")
            .WithSummary("Validates a draft, makes its message (CC015C, CC515C, ZC415) and signs it with the credential (XAdES-BES); the declaration becomes signed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        declarationsGroup.MapPost("/return-to-draft", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new ReturnToDraft(user.Scope(), user.Actor(), declarationId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("ReturnToDraft")
            .WithSummary("A signed declaration that was not sent goes back to draft; it must be signed again.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        declarationsGroup.MapGet("/signatures", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListDeclarationSignatures(user.Scope(), declarationId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListDeclarationSignatures")
            .WithSummary("Every signature made on the declaration: who, when, credential, certificate, digests.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        declarationsGroup.MapGet("/signatures/{signatureId:guid}/message", async (Guid declarationId, Guid signatureId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var message = await declarations.ExecuteQueryAsync(new GetSignedMessage(user.Scope(), declarationId, signatureId), ct);
                return TypedResults.File(message.Content, "application/xml", message.FileName);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetSignedMessage")
            .WithSummary("The signed message, byte for byte.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record KeyFileRequest(string? Name, string? KeyFile, string? Password, IReadOnlyList<Guid>? AllowedUserIds)
{
    public static ReadOnlyMemory<byte> Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (base64.Length > ((AddKeyFileCredential.MaxBytes + 2) / 3 * 4) + 4)
        {
            throw new InvalidInputException("keyFile", "credential.keyFileTooLarge", $"A key file has at most {AddKeyFileCredential.MaxBytes / 1024} KB; this is not one.");
        }

        var buffer = new byte[base64.Length * 3 / 4];
        return Convert.TryFromBase64String(base64, buffer, out var written)
            ? buffer.AsMemory(0, written)
            : throw new InvalidInputException("keyFile", "credential.keyFileNotBase64", "Send the key file as Base64.");
    }
}

internal sealed record Pkcs11Request(string? Name, string? Module, string? TokenLabel, string? KeyLabel, string? Pin, bool KeepPin, IReadOnlyList<Guid>? AllowedUserIds);

internal sealed record CredentialUpdateRequest(string? Name, IReadOnlyList<Guid>? AllowedUserIds);

internal sealed record SecretRequest(string? Secret);

internal sealed record SignRequest(Guid? CredentialId, string? Secret);
