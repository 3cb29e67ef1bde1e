namespace DomainKit.Tests.Export.OpenXml;

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
}
