namespace DomainKit.Tests.Export;

/// <summary>
/// A destination like a web server's response: written forwards only, never sought, and refusing synchronous
/// writes, so that an exporter that writes to it synchronously or needs to seek fails.
/// </summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly MemoryStream inner = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>How many times the exporter wrote to it.</summary>
    public int Writes { get; private set; }

    /// <summary>What was written.</summary>
    public byte[] ToArray() => inner.ToArray();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count)
        => throw new InvalidOperationException("Synchronous writes are refused; write asynchronously.");

    public override void Write(ReadOnlySpan<byte> buffer)
        => throw new InvalidOperationException("Synchronous writes are refused; write asynchronously.");

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Writes++;
        inner.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
