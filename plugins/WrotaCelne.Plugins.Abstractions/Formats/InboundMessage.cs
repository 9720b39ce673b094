namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>A message received from the gateway or uploaded as a file. The plugin treats it as hostile.</summary>
/// <param name="Content">The raw bytes.</param>
/// <param name="FileName">The file name it came under, if any.</param>
public sealed record InboundMessage(ReadOnlyMemory<byte> Content, string? FileName = null);
