namespace WrotaCelne.Plugins.Abstractions.Signing;

/// <summary>The outcome of a signing-provider operation: a value, or errors.</summary>
public sealed record SigningResult<T>
    where T : class
{
    /// <summary>The value; null when the operation failed.</summary>
    public T? Value { get; init; }

    /// <summary>Why it failed; empty on success.</summary>
    public IReadOnlyList<SigningProblem> Errors { get; init; } = [];

    /// <summary>True when there is a value and no error.</summary>
    public bool Succeeded => Value is not null && Errors.Count == 0;
}

/// <summary>Factory methods for <see cref="SigningResult{T}"/>.</summary>
public static class SigningResult
{
    /// <summary>A successful result.</summary>
    public static SigningResult<T> Success<T>(T value)
        where T : class =>
        new() { Value = value };

    /// <summary>A failed result.</summary>
    public static SigningResult<T> Failure<T>(params SigningProblem[] errors)
        where T : class =>
        new() { Errors = errors };
}

/// <summary>One problem of a signing operation.</summary>
/// <param name="Code">Stable code, see <see cref="SigningProblemCodes"/>.</param>
/// <param name="Message">Plain-language English text; never holds a secret.</param>
public sealed record SigningProblem(string Code, string Message);

/// <summary>Problem codes every signing provider uses the same way.</summary>
public static class SigningProblemCodes
{
    /// <summary>The provider does not offer the operation.</summary>
    public const string NotSupported = "signing.not-supported";

    /// <summary>The key file's password or the token's PIN is wrong.</summary>
    public const string WrongSecret = "signing.wrong-secret";

    /// <summary>The key file cannot be read, or holds no private key with a certificate.</summary>
    public const string BadKeyMaterial = "signing.bad-key-material";

    /// <summary>A setting is missing or wrong (module path, token, key label).</summary>
    public const string BadSettings = "signing.bad-settings";

    /// <summary>The token, slot or key is not there (card removed, label unknown).</summary>
    public const string KeyNotFound = "signing.key-not-found";

    /// <summary>The key's algorithm is not one the platform signs with (RSA or EC P-256/384/521 with SHA-256).</summary>
    public const string UnsupportedKey = "signing.unsupported-key";

    /// <summary>The device refused or failed the operation.</summary>
    public const string DeviceError = "signing.device-error";
}
