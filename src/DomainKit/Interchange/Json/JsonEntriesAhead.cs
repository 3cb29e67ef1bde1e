using System.Text.Json;

namespace DomainKit.Interchange.Json;

/// <summary>
/// Reads the fund entries of a JSON file on another core while the main reading goes through the sections before
/// them: finds where the root's <c>fundEntries</c> array starts, then reads its plain entries, in order, into a ledger
/// of its own, and stops at the end of the array or at the first entry that is not plain. The main reading, once at
/// the same array, skips the entries read here (it still reads their tokens, so that it goes on from the right place
/// with the right position and state) and takes the ledger; from the first entry not read here it reads on as usual.
/// Nothing read here is reported: a plain entry has nothing to report, and anything else is left to the main reading.
/// </summary>
internal sealed class JsonEntriesAhead
{
    private const int WindowSize = 1 << 20;

    /// <summary>Files of at least this many bytes have their fund entries read ahead.</summary>
    internal const long ReadAheadFrom = 16 << 20;

    /// <summary>Another size from which to read ahead, for the tests of the current flow only.</summary>
    internal static AsyncLocal<long?> ReadAheadFromForTests { get; } = new();

    private static ReadOnlySpan<byte> FundEntries => "fundEntries"u8;

    private readonly string path;
    private readonly string file;
    private readonly ImportOptions options;
    private readonly CancellationTokenSource stop;
    private readonly Task reading;
    private readonly TaskCompletionSource<long> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object gate = new();
    private long count;
    private bool done;
    private bool cancelled;

    private JsonEntriesAhead(string path, string file, ImportOptions options, CancellationToken cancellationToken)
    {
        this.path = path;
        this.file = file;
        this.options = options;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A thread of its own, reading synchronously: the main reading may wait for it, and must not wait on a pool it needs.
        reading = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts reading the fund entries of the file at <paramref name="path"/> ahead.</summary>
    public static JsonEntriesAhead Start(string path, string file, ImportOptions options, CancellationToken cancellationToken)
        => new(path, file, options with { Progress = null }, cancellationToken);

    /// <summary>The parser the entries are read with: its ledger is taken by the main reading.</summary>
    public DatasetJsonParser? Parser { get; private set; }

    /// <summary>Whether the reading ended at the end of the array, every entry of it plain.</summary>
    public bool ReachedEnd { get; private set; }

    /// <summary>The offset in the file of the array's '[', or -1 when none was found; waits until it is known.</summary>
    public long ArrayStart => started.Task.GetAwaiter().GetResult();

    /// <summary>Whether more than <paramref name="skipped"/> entries are read; waits until they are or the reading ends.</summary>
    public bool HasMoreThan(long skipped)
    {
        lock (gate)
        {
            while (count <= skipped && !done)
            {
                Monitor.Wait(gate);
            }
            return count > skipped;
        }
    }

    /// <summary>Waits for the end of the reading and gives the number of entries read.</summary>
    public long Finish()
    {
        lock (gate)
        {
            while (!done)
            {
                Monitor.Wait(gate);
            }
            return count;
        }
    }

    /// <summary>Stops the reading, if still going, and waits for it to end.</summary>
    public void Cancel()
    {
        if (cancelled)
        {
            return;
        }
        cancelled = true;
        stop.Cancel();
        try
        {
            reading.GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // A reading whose result is not taken has nothing to tell.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        stop.Dispose();
    }

    private void Counted(long read)
    {
        lock (gate)
        {
            count = read;
            Monitor.PulseAll(gate);
        }
    }

    private void Read()
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var start = FindArray(stream);
            started.TrySetResult(start);
            if (start >= 0)
            {
                stream.Position = start;
                ReadEntries(stream, start);
            }
        }
#pragma warning disable CA1031 // Whatever stops the reading ahead (a broken file, a failed read) is left to the main reading to meet and report.
        catch (Exception)
#pragma warning restore CA1031
        {
            started.TrySetResult(-1);
        }
        finally
        {
            lock (gate)
            {
                done = true;
                Monitor.PulseAll(gate);
            }
        }
    }

    /// <summary>
    /// The offset of the '[' that opens the value of the root object's <c>fundEntries</c> property, written without
    /// escapes; -1 when there is none. Strings and nesting are followed; nothing else of the syntax is checked.
    /// </summary>
    private long FindArray(Stream stream)
    {
        var buffer = new byte[WindowSize];
        long offset = 0;
        var depth = 0;
        var inString = false;
        var escaped = false;
        var keyMatch = -1;        // while in a string at depth 1: how many bytes of "fundEntries" it matches so far, or -1
        var afterKey = 0;         // 1: the key closed, a ':' is due; 2: the ':' seen, a '[' is due
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            stop.Token.ThrowIfCancellationRequested();
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                        keyMatch = -1;
                    }
                    else if (b == (byte)'\\')
                    {
                        escaped = true;
                        keyMatch = -1;
                    }
                    else if (b == (byte)'"')
                    {
                        inString = false;
                        afterKey = keyMatch == FundEntries.Length ? 1 : 0;
                    }
                    else if (keyMatch >= 0)
                    {
                        keyMatch = keyMatch < FundEntries.Length && FundEntries[keyMatch] == b ? keyMatch + 1 : -1;
                    }
                    continue;
                }
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    continue;
                }
                if (afterKey == 1)
                {
                    afterKey = b == (byte)':' ? 2 : 0;
                    if (afterKey == 2)
                    {
                        continue;
                    }
                }
                else if (afterKey == 2)
                {
                    if (b == (byte)'[' && depth == 1)
                    {
                        return offset + i;
                    }
                    afterKey = 0;
                }
                switch (b)
                {
                    case (byte)'"':
                        inString = true;
                        keyMatch = depth == 1 ? 0 : -1;
                        break;
                    case (byte)'{' or (byte)'[':
                        depth++;
                        break;
                    case (byte)'}' or (byte)']':
                        depth--;
                        break;
                }
            }
            offset += read;
        }
        return -1;
    }

    /// <summary>Reads the array's plain entries from its '[' at <paramref name="start"/>, a window at a time.</summary>
    private void ReadEntries(Stream stream, long start)
    {
        var parser = new DatasetJsonParser(file, options, null, stream.Length);
        parser.BeginEntriesAhead(start);
        Parser = parser;
        var buffer = new byte[WindowSize];
        var limit = (int)Math.Min(Array.MaxLength, (long)options.MaxFieldLength * 4 + DatasetJsonReader.WindowSize);
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var filled = 0;
        var endOfInput = false;
        var opened = false;
        while (true)
        {
            stop.Token.ThrowIfCancellationRequested();
            if (!endOfInput && filled < buffer.Length)
            {
                var read = stream.Read(buffer.AsSpan(filled));
                endOfInput = read == 0;
                filled += read;
            }
            var (consumed, outcome) = ReadWindow(parser, buffer, filled, endOfInput, ref state, ref opened);
            Counted(parser.RecordsRead);
            if (outcome != Fast.Incomplete)
            {
                ReachedEnd = outcome == Fast.Done;
                return;
            }
            if (endOfInput)
            {
                return;
            }
            parser.ShiftAhead(consumed);
            filled -= consumed;
            buffer.AsSpan(consumed, filled).CopyTo(buffer);
            if (filled == buffer.Length)
            {
                // One entry fills the window: a larger one, up to the limit the main reading has.
                if (buffer.Length >= limit)
                {
                    return;
                }
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }
        }
    }

    private enum Fast
    {
        Done,
        Incomplete,
        Stopped,
    }

    // Reads the entries the window holds: Done at the end of the array, Incomplete for more input, Stopped otherwise.
    private static (int Consumed, Fast Outcome) ReadWindow(DatasetJsonParser parser, byte[] buffer, int length, bool isFinalBlock, ref JsonReaderState state, ref bool opened)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock, state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumed = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    state = before;
                    return (consumed, Fast.Incomplete);
                }
                if (!opened)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        return (consumed, Fast.Stopped);
                    }
                    opened = true;
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return ((int)reader.BytesConsumed, Fast.Done);
                }
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return (consumed, Fast.Stopped);
                }
                switch (parser.TryPlainAhead(ref reader))
                {
                    case true:
                        continue;
                    case null:
                        state = before;
                        return (consumed, Fast.Incomplete);
                    default:
                        return (consumed, Fast.Stopped);
                }
            }
        }
        catch (JsonException)
        {
            return (0, Fast.Stopped);
        }
    }
}
