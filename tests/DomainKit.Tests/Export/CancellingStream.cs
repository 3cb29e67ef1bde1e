namespace DomainKit.Tests.Export;

/// <summary>An empty seekable stream that cancels a token at its first write, to cancel an export while it runs without timing.</summary>
internal sealed class CancellingStream(CancellationTokenSource source) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        source.Cancel();
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        source.Cancel();
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }
}
