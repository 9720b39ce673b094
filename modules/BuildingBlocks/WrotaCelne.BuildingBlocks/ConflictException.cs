namespace WrotaCelne.BuildingBlocks;

/// <summary>The request clashes with the current state (a duplicate key, a locked record).</summary>
public sealed class ConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
