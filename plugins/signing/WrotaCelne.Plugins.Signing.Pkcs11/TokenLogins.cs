using System.Security.Cryptography;
using System.Text;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>
/// PKCS#11 keeps one login state per token for the whole application, shared by all its sessions: a second
/// C_Login fails with CKR_USER_ALREADY_LOGGED_IN and one C_Logout logs every session out. So the open keys of a
/// token share one login, counted here, and the last key closed logs out. While a token is logged in, a new
/// key's PIN cannot be checked by the token without logging the others out; it is compared with a keyed hash of
/// the PIN that logged in instead, so a wrong PIN is still refused, and a few wrong tries block the token for new
/// keys as the card's own retry counter would.
/// </summary>
internal static class TokenLogins
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<TokenKey, LoginState> States = [];

    public const int MaxWrongTries = 3;

    public static SigningProblem? Acquire(TokenKey token, ISession session, string? pin, bool protectedAuthenticationPath)
    {
        lock (Gate)
        {
            if (States.TryGetValue(token, out var state))
            {
                // The token does not see these tries, so its retry counter cannot stop guessing; this one does.
                if (state.WrongTries >= MaxWrongTries)
                {
                    return new SigningProblem(SigningProblemCodes.DeviceError, $"{MaxWrongTries} wrong PINs were given for a token in use; it accepts no new key until its open keys are closed.");
                }

                if (!state.Matches(pin))
                {
                    state.WrongTries++;
                    return new SigningProblem(SigningProblemCodes.WrongSecret, "The PIN is wrong.");
                }

                state.WrongTries = 0;

                if (IsLoggedIn(session))
                {
                    state.Count++;
                    return null;
                }

                // The card was pulled and put back while keys were open: the token forgot the login, so log in again.
            }

            if (pin is null && !protectedAuthenticationPath)
            {
                return new SigningProblem(SigningProblemCodes.WrongSecret, "The token needs a PIN and none was given.");
            }

            try
            {
                // With no PIN on a token with a PIN pad, the reader asks the holder for it.
                if (pin is null)
                {
                    session.Login(CKU.CKU_USER, (byte[]?)null);
                }
                else
                {
                    session.Login(CKU.CKU_USER, pin);
                }
            }
            catch (Pkcs11Exception e) when (e.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
            {
                return new SigningProblem(SigningProblemCodes.DeviceError, "The token is already logged in by other code in this process; its PIN cannot be checked.");
            }
            catch (Pkcs11Exception e)
            {
                return Pkcs11Problems.FromLogin(e.RV);
            }

            if (state is null)
            {
                States.Add(token, LoginState.For(pin));
            }
            else
            {
                state.Count++;
            }

            return null;
        }
    }

    private static bool IsLoggedIn(ISession session)
    {
        try
        {
            return session.GetSessionInfo().State is CKS.CKS_RO_USER_FUNCTIONS or CKS.CKS_RW_USER_FUNCTIONS;
        }
        catch (Pkcs11Exception)
        {
            return false;
        }
    }

    public static void Release(TokenKey token, ISession session)
    {
        lock (Gate)
        {
            if (!States.TryGetValue(token, out var state))
            {
                return;
            }

            state.Count--;
            if (state.Count > 0)
            {
                return;
            }

            States.Remove(token);
            try
            {
                session.Logout();
            }
            catch (Pkcs11Exception)
            {
                // A removed card or an already closed session has no login left to end.
            }
        }
    }

    private sealed class LoginState
    {
        private readonly byte[] _hashKey;
        private readonly byte[] _pinHash;

        private LoginState(byte[] hashKey, byte[] pinHash)
        {
            _hashKey = hashKey;
            _pinHash = pinHash;
        }

        public int Count { get; set; } = 1;

        public int WrongTries { get; set; }

        public static LoginState For(string? pin)
        {
            var hashKey = RandomNumberGenerator.GetBytes(32);
            return new LoginState(hashKey, Hash(hashKey, pin));
        }

        public bool Matches(string? pin) => CryptographicOperations.FixedTimeEquals(_pinHash, Hash(_hashKey, pin));

        // Null (PIN pad) and empty PINs hash differently, so a PIN-pad login is not reused by a key given a PIN.
        private static byte[] Hash(byte[] key, string? pin) =>
            HMACSHA256.HashData(key, pin is null ? [] : [1, .. Encoding.UTF8.GetBytes(pin)]);
    }
}
