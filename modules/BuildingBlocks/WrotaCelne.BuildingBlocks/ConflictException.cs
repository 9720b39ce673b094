namespace WrotaCelne.BuildingBlocks;

/// <summary>The request clashes with the current state (a duplicate key, a locked record).</summary>
public sealed class ConflictException(string field, string code, string message) : Exception(message)
{
    public FieldError Error { get; } = new(field, code, message);
}
