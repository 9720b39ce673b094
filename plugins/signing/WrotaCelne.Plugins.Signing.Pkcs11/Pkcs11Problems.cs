using Net.Pkcs11Interop.Common;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>Turns PKCS#11 return values into the platform's problem codes.</summary>
internal static class Pkcs11Problems
{
    public static SigningProblem FromLogin(CKR rv) => rv switch
    {
        CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_INVALID =>
            new SigningProblem(SigningProblemCodes.WrongSecret, "The PIN is wrong."),
        CKR.CKR_PIN_LOCKED =>
            new SigningProblem(SigningProblemCodes.DeviceError, "The token's user PIN is locked after too many wrong tries; it must be unblocked with the security officer's PIN (PUK) before the key can be used."),
        CKR.CKR_PIN_EXPIRED =>
            new SigningProblem(SigningProblemCodes.DeviceError, "The token's user PIN has expired and must be changed with the card's own tools."),
        _ => FromOperation("log in to the token", rv),
    };

    public static SigningProblem FromOperation(string what, CKR rv) => rv switch
    {
        CKR.CKR_TOKEN_NOT_PRESENT or CKR.CKR_DEVICE_REMOVED or CKR.CKR_SESSION_CLOSED or CKR.CKR_SESSION_HANDLE_INVALID or CKR.CKR_TOKEN_NOT_RECOGNIZED =>
            new SigningProblem(SigningProblemCodes.KeyNotFound, $"Could not {what}: the token is no longer present ({rv})."),
        CKR.CKR_MECHANISM_INVALID or CKR.CKR_KEY_TYPE_INCONSISTENT or CKR.CKR_KEY_FUNCTION_NOT_PERMITTED =>
            new SigningProblem(SigningProblemCodes.UnsupportedKey, $"Could not {what}: the token refuses this key for signing ({rv})."),
        _ => new SigningProblem(SigningProblemCodes.DeviceError, $"Could not {what}: the token answered {rv}."),
    };
}
