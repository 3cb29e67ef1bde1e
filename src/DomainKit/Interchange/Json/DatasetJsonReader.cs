using System.Buffers;
using System.Text.Json;

namespace DomainKit.Interchange.Json;

/// <summary>
/// Reads the JSON dataset format of docs/format.md from a stream, a window of about 64 KB at a time, so that a
/// file of millions of fund entries is never held whole: records go to the <see cref="Data.DatasetBuilder"/> as
/// they are read (fund entries in batches, which the builder stores in columns).
/// </summary>
/// <remarks>
/// The window grows only while one record does not fit in it, and never past four bytes per character of
/// <see cref="ImportOptions.MaxFieldLength"/> (plus 64 KB for the rest of the record): a longer value is reported
/// (DK901) and the reading stops, so a hostile 1 GB string costs a few megabytes. Nothing about the input throws;
/// cancellation and the stream's own failures do.
/// </remarks>
internal static class DatasetJsonReader
{
    /// <summary>The size of the window, and of each read from the stream.</summary>
    public const int WindowSize = 64 * 1024;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async Task<ImportResult> ReadAsync(Stream source, string fileName, ImportOptions options, CancellationToken cancellationToken, long? length = null,
        JsonEntriesAhead? entriesAhead = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();

        var total = length ?? Remaining(source);
        long bytesRead = 0;
        var parser = new DatasetJsonParser(fileName, options, options.Progress is { } progress
            ? records => progress.Report(new ImportProgress(records, bytesRead, total))
            : null, total);
        var limit = (int)Math.Min(Array.MaxLength, (long)options.MaxFieldLength * 4 + WindowSize);
        var state = new JsonReaderState(new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        if (entriesAhead is not null)
        {
            parser.ReadEntriesAhead(entriesAhead);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(WindowSize);
        try
        {
            var filled = 0;
            var endOfInput = false;
            var started = false;
            while (true)
            {
                var capacity = Math.Min(buffer.Length, limit);
                if (!endOfInput && filled < capacity)
                {
                    var read = await source.ReadAsync(buffer.AsMemory(filled, capacity - filled), cancellationToken).ConfigureAwait(false);
                    endOfInput = read == 0;
                    filled += read;
                    bytesRead += read;
                }
                if (!started)
                {
                    // The byte order mark is decided on once three bytes (or the whole input) are in.
                    if (filled < ByteOrderMark.Length && !endOfInput)
                    {
                        continue;
                    }
                    started = true;
                    if (buffer.AsSpan(0, filled).StartsWith(ByteOrderMark))
                    {
                        filled -= ByteOrderMark.Length;
                        buffer.AsSpan(ByteOrderMark.Length, filled).CopyTo(buffer);
                    }
                    if (endOfInput && filled == 0)
                    {
                        parser.Empty();
                        break;
                    }
                }

                var consumed = parser.Parse(buffer, filled, endOfInput, ref state);
                if (parser.Finished || endOfInput)
                {
                    break;
                }
                parser.Shift(buffer, consumed);
                filled -= consumed;
                buffer.AsSpan(consumed, filled).CopyTo(buffer);
                if (filled == capacity)
                {
                    // One record fills the window: grow it, up to the limit.
                    if (capacity >= limit)
                    {
                        parser.TooLong(buffer, filled, 0);
                        break;
                    }
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, (long)buffer.Length * 2));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            parser.CancelAhead();
        }
        var result = parser.Result();
        options.Progress?.Report(new ImportProgress(result.RecordsRead, bytesRead, total));
        return result;
    }

    private static long? Remaining(Stream source)
    {
        try
        {
            return source.CanSeek ? Math.Max(0, source.Length - source.Position) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
