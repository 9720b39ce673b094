namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// A write-only stream that keeps what is written in 64 KiB chunks, under the large object heap's threshold. A
/// MemoryStream grows by copying into ever larger arrays, which for a signed message of 100 KiB and more are all
/// large objects; their churn made full garbage collections frequent enough to show in the signing latency.
/// </summary>
internal sealed class ChunkedOutput : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> chunks = [];
    private int usedInLast = ChunkSize;
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (usedInLast == ChunkSize)
            {
                chunks.Add(new byte[ChunkSize]);
                usedInLast = 0;
            }

            var count = Math.Min(buffer.Length, ChunkSize - usedInLast);
            buffer[..count].CopyTo(chunks[^1].AsSpan(usedInLast));
            usedInLast += count;
            length += count;
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Everything written, in one array.</summary>
    public byte[] ToArray()
    {
        var result = new byte[length];
        var at = 0;
        foreach (var chunk in chunks)
        {
            var count = (int)Math.Min(ChunkSize, length - at);
            chunk.AsSpan(0, count).CopyTo(result.AsSpan(at));
            at += count;
        }

        return result;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
