using System.Threading.Channels;

namespace DomainKit.Interchange;

/// <summary>
/// Reads a stream ahead on another thread, a few blocks at a time, so that decompressing and checking a zip entry
/// (inflating, CRC-32, the byte budget) runs on one core while the rows are parsed on another. The reader sees the
/// same bytes in the same order, and a failure of the inner stream (a broken entry, the byte limit) where it
/// happened: after every byte read before it.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private const int BlockSize = 1 << 18;
    private const int Blocks = 4;

    private readonly Stream inner;
    private readonly Channel<(byte[]? Block, int Length, Exception? Failure)> filled = Channel.CreateBounded<(byte[]?, int, Exception?)>(Blocks);
    private readonly Channel<byte[]> empty = Channel.CreateUnbounded<byte[]>();
    private readonly CancellationTokenSource stop;
    private readonly Task producer;
    private byte[]? current;
    private int currentLength;
    private int currentPosition;
    private bool ended;
    private bool disposed;

    public ReadAheadStream(Stream inner, CancellationToken cancellationToken)
    {
        this.inner = inner;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        for (var i = 0; i < Blocks + 1; i++)
        {
            empty.Writer.TryWrite(new byte[BlockSize]);
        }
        producer = Task.Run(ProduceAsync);
    }

    private async Task ProduceAsync()
    {
        var token = stop.Token;
        byte[]? block = null;
        var length = 0;
        try
        {
            while (true)
            {
                block = await empty.Reader.ReadAsync(token).ConfigureAwait(false);
                length = 0;
                while (length < block.Length)
                {
                    var read = await inner.ReadAsync(block.AsMemory(length), token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }
                    length += read;
                }
                var whole = length == block.Length;
                if (length > 0)
                {
                    var full = block;
                    block = null;
                    await filled.Writer.WriteAsync((full, length, null), token).ConfigureAwait(false);
                }
                if (!whole)
                {
                    await filled.Writer.WriteAsync((null, 0, null), token).ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            filled.Writer.TryComplete();
        }
        catch (Exception e)
        {
            // Told to the reader once it has read everything before the failure, the bytes of a block read in part too.
            try
            {
                if (block is not null && length > 0)
                {
                    await filled.Writer.WriteAsync((block, length, null), token).ConfigureAwait(false);
                }
                await filled.Writer.WriteAsync((null, 0, e), token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The reader has gone: nobody to tell.
                filled.Writer.TryComplete();
            }
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        while (current is null || currentPosition == currentLength)
        {
            if (ended)
            {
                return 0;
            }
            if (current is not null)
            {
                empty.Writer.TryWrite(current);
                current = null;
            }
            (byte[]? Block, int Length, Exception? Failure) next;
            if (!filled.Reader.TryRead(out next))
            {
                try
                {
                    next = await filled.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (ChannelClosedException)
                {
                    // Closed only when the reading ahead was cancelled.
                    cancellationToken.ThrowIfCancellationRequested();
                    stop.Token.ThrowIfCancellationRequested();
                    throw;
                }
            }
            if (next.Failure is { } failure)
            {
                ended = true;
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
            if (next.Block is null)
            {
                ended = true;
                return 0;
            }
            current = next.Block;
            currentLength = next.Length;
            currentPosition = 0;
        }
        var count = Math.Min(buffer.Length, currentLength - currentPosition);
        current.AsSpan(currentPosition, count).CopyTo(buffer.Span);
        currentPosition += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reads what is left, so that the whole of the inner stream is read (and checked).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        while (await ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    /// <summary>Stops reading ahead and waits until the inner stream is no longer read, so that it can be closed or read directly.</summary>
    public async Task StopAsync()
    {
        if (disposed)
        {
            return;
        }
        stop.Cancel();
        try
        {
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            StopAsync().GetAwaiter().GetResult();
            disposed = true;
            stop.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            await StopAsync().ConfigureAwait(false);
            disposed = true;
            stop.Dispose();
        }
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
