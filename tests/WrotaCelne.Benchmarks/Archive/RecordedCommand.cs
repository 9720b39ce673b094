namespace WrotaCelne.Benchmarks.Archive;

/// <summary>A SQL command EF Core sent, with its parameters' names and values.</summary>
internal sealed record RecordedCommand(string Text, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
