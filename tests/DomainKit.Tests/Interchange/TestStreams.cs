using System.Text;

namespace DomainKit.Tests.Interchange;

/// <summary>A read-only stream over bytes that gives at most a few bytes per read, as a slow network would.</summary>
internal sealed class TrickleStream(byte[] bytes, int mostPerRead) : Stream
{
    private int position;

    public int Reads { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous reads are refused; read asynchronously.");

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Reads++;
        var n = Math.Min(Math.Min(buffer.Length, mostPerRead), bytes.Length - position);
        bytes.AsSpan(position, n).CopyTo(buffer.Span);
        position += n;
        return ValueTask.FromResult(n);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// A stream that makes its content as it is read: a head, a byte repeated <c>count</c> times, and a tail, so that a
/// file of hundreds of megabytes is never held by the test.
/// </summary>
internal sealed class RepeatingStream(string head, byte repeated, long count, string tail) : Stream
{
    private readonly byte[] head = Encoding.UTF8.GetBytes(head);
    private readonly byte[] tail = Encoding.UTF8.GetBytes(tail);

    public long Served { get; private set; }

    private long Total => head.Length + count + tail.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = 0;
        while (n < buffer.Length && Served < Total)
        {
            buffer[n++] = Served < head.Length ? head[Served]
                : Served < head.Length + count ? repeated
                : tail[Served - head.Length - count];
            Served++;
        }
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
