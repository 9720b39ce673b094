using System.Diagnostics.CodeAnalysis;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>A gateway call's outcome: a value or an error, never both.</summary>
public sealed record SeapResult<T>
{
    private SeapResult(T? value, SeapError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SeapError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static SeapResult<T> Success(T value) => new(value, null);

    public static SeapResult<T> Failure(SeapError error) => new(default, error);

    public static implicit operator SeapResult<T>(SeapError error) => Failure(error);
}
