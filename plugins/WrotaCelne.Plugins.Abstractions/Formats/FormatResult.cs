namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>The outcome of a format operation: a value, or errors; warnings either way.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed record FormatResult<T>
    where T : class
{
    /// <summary>The value; null when the operation failed.</summary>
    public T? Value { get; init; }

    /// <summary>Why the operation failed; empty on success.</summary>
    public IReadOnlyList<FormatProblem> Errors { get; init; } = [];

    /// <summary>What the caller should know although the operation succeeded (or besides its errors).</summary>
    public IReadOnlyList<FormatProblem> Warnings { get; init; } = [];

    /// <summary>True when there is a value and no error.</summary>
    public bool Succeeded => Value is not null && Errors.Count == 0;
}

/// <summary>Factory methods for <see cref="FormatResult{T}"/>.</summary>
public static class FormatResult
{
    /// <summary>A successful result.</summary>
    public static FormatResult<T> Success<T>(T value, IReadOnlyList<FormatProblem>? warnings = null)
        where T : class =>
        new() { Value = value, Warnings = warnings ?? [] };

    /// <summary>A failed result.</summary>
    public static FormatResult<T> Failure<T>(params FormatProblem[] errors)
        where T : class =>
        new() { Errors = errors };

    /// <summary>A failed result with warnings.</summary>
    public static FormatResult<T> Failure<T>(IReadOnlyList<FormatProblem> errors, IReadOnlyList<FormatProblem>? warnings)
        where T : class =>
        new() { Errors = errors, Warnings = warnings ?? [] };
}
