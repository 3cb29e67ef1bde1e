using DomainKit.Interchange;

namespace DomainKit.Tests.Interchange;

/// <summary>Reading ahead on another thread gives the same bytes, and a failure where it happened.</summary>
public sealed class ReadAheadStreamTests
{
    private sealed class FailingStream(byte[] bytes, int failAt) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= failAt)
            {
                throw new InvalidDataException("broken at " + position);
            }
            var n = Math.Min(Math.Min(count, 1_000), Math.Min(bytes.Length, failAt) - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static byte[] Bytes(int count) => [.. Enumerable.Range(0, count).Select(i => unchecked((byte)(i * 31)))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000_003)]
    public async Task The_bytes_read_ahead_are_the_bytes_of_the_stream_in_order(int count)
    {
        var bytes = Bytes(count);
        await using var ahead = new ReadAheadStream(new MemoryStream(bytes), CancellationToken.None);
        using var copy = new MemoryStream();
        var buffer = new byte[7_777];
        int read;
        while ((read = await ahead.ReadAsync(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_failure_of_the_stream_is_seen_after_every_byte_before_it()
    {
        var bytes = Bytes(700_000);
        await using var ahead = new ReadAheadStream(new FailingStream(bytes, 600_000), CancellationToken.None);
        using var copy = new MemoryStream();
        var buffer = new byte[4_096];

        var failure = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            int read;
            while ((read = await ahead.ReadAsync(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
            }
        });

        Assert.Equal("broken at 600000", failure.Message);
        Assert.Equal(bytes[..600_000], copy.ToArray());
    }

    [Fact]
    public async Task A_read_ahead_that_is_cancelled_stops_with_operation_cancelled()
    {
        using var source = new CancellationTokenSource();
        await using var ahead = new ReadAheadStream(new MemoryStream(Bytes(5_000_000)), source.Token);
        var buffer = new byte[1_000];
        Assert.True(await ahead.ReadAsync(buffer, source.Token) > 0);
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await ahead.ReadAsync(buffer, source.Token) > 0)
            {
            }
        });
    }
}
