namespace DomainKit.Interchange.Csv;

/// <summary>Thrown by a <see cref="CheckedStream"/> when the bundle's files hold more bytes than the options allow.</summary>
internal sealed class ByteLimitException : Exception
{
}

/// <summary>The bytes a bundle's files may still hold, decompressed, shared by the files of one read.</summary>
internal sealed class ByteBudget(long limit)
{
    public long Limit { get; } = limit;

    public long Used { get; private set; }

    public void Spend(long count)
    {
        Used += count;
        if (Used > Limit)
        {
            throw new ByteLimitException();
        }
    }
}

/// <summary>
/// A bundle file being read: counts its bytes against the <see cref="ByteBudget"/> (a zip may expand far beyond its
/// size, and may lie about it) and, for a zip entry, computes its CRC-32, so that at the end <see cref="Damage"/> can
/// say whether the entry holds what its zip directory says. .NET stops a deflated entry at the size the directory
/// gives and checks no CRC, so a lying directory would otherwise cut a file short in silence.
/// </summary>
internal sealed class CheckedStream(Stream inner, ByteBudget budget, long? expectedLength, uint? expectedCrc) : Stream
{
    private readonly System.IO.Hashing.Crc32 crc = new();

    public long BytesRead { get; private set; }

    /// <summary>Whether the end of the file has been read.</summary>
    public bool AtEnd { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(buffer, inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span, read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(Span<byte> buffer, int read)
    {
        if (read == 0)
        {
            AtEnd = true;
            return 0;
        }
        budget.Spend(read);
        BytesRead += read;
        if (expectedCrc is not null)
        {
            crc.Append(buffer[..read]);
        }
        return read;
    }

    /// <summary>Reads what is left, so that the whole file is counted and checked.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        while (await ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    /// <summary>
    /// Once the end is read: the size the zip directory declares and the bytes read, when the entry is not what the
    /// directory says (another size, or the same size and another CRC-32); <see langword="null"/> when it is.
    /// </summary>
    public (long Declared, long Actual)? Damage
        => AtEnd && expectedLength is long declared && (BytesRead != declared || (expectedCrc is uint expected && expected != crc.GetCurrentHashAsUInt32()))
            ? (declared, BytesRead)
            : null;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
