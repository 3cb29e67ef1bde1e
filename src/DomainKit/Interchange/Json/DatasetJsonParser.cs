using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Buffers;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Text;
using Dong = DomainKit.Money.Dong;

namespace DomainKit.Interchange.Json;

/// <summary>
/// The synchronous half of <see cref="DatasetJsonReader"/>: reads what a window of the input holds with a
/// <see cref="Utf8JsonReader"/>, record by record, and says how many bytes it used; the rest waits for more input.
/// </summary>
/// <remarks>
/// <para>
/// The document's outer structure is followed token by token in a small state machine, so a section can be
/// split anywhere between two windows. A record (one item of a section) is read only once the window holds all of
/// it (<see cref="Utf8JsonReader.TrySkip"/> on a copy of the reader says so); otherwise the reader's state from
/// before the record is kept and the record is read again from its start with more input.
/// </para>
/// <para>
/// Each record is read into locals, every property checked as it comes (any order), then built. A value that
/// cannot be read rejects the record (DK904), a missing required one too (DK903), an unknown property is
/// reported and ignored (DK905). Input that cannot be read past stops the reading (DK901), as does a file that is
/// not a dataset of this format (DK902) and too many problems (DK909); these stops unwind with a private exception
/// that never leaves the reader.
/// </para>
/// </remarks>
internal sealed partial class DatasetJsonParser
{
    private const int EntryBatchSize = 4_096;
    private const int ProgressInterval = 65_536;
    private const int MaxRawValueBytes = 1_024;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private readonly string file;
    private readonly ImportOptions options;
    private readonly Action<long>? progress;
    private readonly DatasetBuilder builder = new();
    private readonly ValuePool pool = new();
    private readonly List<FundEntry> entries = new(EntryBatchSize);
    private readonly List<ImportProblem> problems = [];
    private readonly JsonPositions positions = new();
    private readonly int[] sectionCounts = new int[7];

    private Phase phase = Phase.Start;
    private RootProperty pending;
    private Section section;
    private int skipDepth;
    private bool sawFormat;
    private bool sawVersion;
    private bool hasErrors;

    // The window being read and, while a record is read, its place in its section and whether it is rejected.
    private byte[] window = [];
    private int windowLength;

    // The reader's state and position before the token being read: where to resume when a window ends mid-character.
    private JsonReaderState safeState;
    private int safeConsumed;
    private int recordIndex;
    private bool rejected;

    // Whether a record has been counted as read and is not yet kept or rejected: when reading stops inside it, it is rejected.
    private bool recordOpen;

    public DatasetJsonParser(string file, ImportOptions options, Action<long>? progress, long? totalBytes = null)
    {
        this.file = file;
        this.options = options;
        this.progress = progress;
        this.totalBytes = totalBytes;
    }

    // The size of the input when known, where the window starts in it, and where the fund entries' section starts:
    // from these and the first entries' size, the ledger's columns are made the size the section will take.
    private readonly long? totalBytes;
    private long windowStart;
    private long entriesStart;

    /// <summary>Whether reading stopped before the end of the input: it cannot be read further, or has too many problems.</summary>
    public bool Finished => phase == Phase.Stopped;

    public long RecordsRead { get; private set; }

    public long RecordsRejected { get; private set; }

    /// <summary>
    /// Reads what <paramref name="buffer"/>'s first <paramref name="length"/> bytes hold and returns how many were
    /// used; <paramref name="state"/> carries the JSON reader's state to the next window.
    /// </summary>
    public int Parse(byte[] buffer, int length, bool isFinalBlock, ref JsonReaderState state)
    {
        window = buffer;
        windowLength = length;
        var data = new ReadOnlySpan<byte>(buffer, 0, length);
        var reader = new Utf8JsonReader(data, isFinalBlock, state);
        var resumeAt = 0;
        var resumeState = state;
        try
        {
            (resumeAt, resumeState) = Run(ref reader, isFinalBlock);
        }
        catch (JsonException e)
        {
            if (Broken(e, reader.CurrentDepth, (int)reader.BytesConsumed, isFinalBlock))
            {
                CloseRecord();
                state = safeState;
                return safeConsumed;
            }
        }
        catch (InvalidOperationException)
        {
            NotUtf8(reader);
        }
        catch (FormatException)
        {
            NotUtf8(reader);
        }
        catch (StopReading)
        {
            // The problem that stops the reading is already reported.
        }
        CloseRecord();
        if (phase == Phase.Stopped)
        {
            return length;
        }
        if (isFinalBlock && phase != Phase.Done)
        {
            // The reader saw no error but the document is not over: it ends inside a record or a section.
            Stop(ImportRules.Problem(ImportRules.MalformedInput, file, Line(length), Column(length), null, null, false,
                ("reason", Reasons.EndsEarly)));
            return length;
        }
        state = resumeState;
        return resumeAt;
    }

    // A record left open by a stop is read but not kept: it counts as rejected, with the stop as its problem. One
    // left open otherwise is read again from its start with more input, and counted then.
    private void CloseRecord()
    {
        if (!recordOpen)
        {
            return;
        }
        recordOpen = false;
        if (phase == Phase.Stopped)
        {
            RecordsRejected++;
        }
        else
        {
            RecordsRead--;
            sectionCounts[(int)section]--;
        }
    }

    /// <summary>Reports that the window is full of one value the options do not allow to grow further, and stops.</summary>
    public void TooLong(byte[] buffer, int length, int consumed)
    {
        window = buffer;
        windowLength = length;
        var data = new ReadOnlySpan<byte>(buffer, 0, length);
        var rest = data[consumed..];
        var start = consumed + Math.Max(0, rest.IndexOfAnyExcept(" \t\r\n,:"u8));
        var blank = rest.IndexOfAnyExcept(" \t\r\n"u8) < 0;
        var (line, column) = positions.At(data, start);
        Stop(ImportRules.Problem(ImportRules.MalformedInput, file, line, column, null, null, false,
            ("reason", blank ? Reasons.Blank(length) : Reasons.TooLong(options.MaxFieldLength))));
    }

    /// <summary>Drops the first <paramref name="consumed"/> bytes of the window from the position count.</summary>
    public void Shift(byte[] buffer, int consumed)
    {
        positions.Shift(buffer.AsSpan(0, windowLength), consumed);
        windowStart += consumed;
    }

    /// <summary>The empty input: no header at all.</summary>
    public void Empty()
        => Stop(ImportRules.Problem(ImportRules.UnsupportedFormat, file, 0, 0, null, null, false,
            ("expected", DatasetJsonWriter.FormatName), ("reason", Reasons.Empty)));

    public ImportResult Result()
    {
        if (skipping is not null)
        {
            TakeAhead();
        }
        CancelAhead();
        FlushEntries();
        var dataset = options.AllOrNothing && hasErrors ? Dataset.Empty : builder.BuildOnce();
        return new ImportResult(dataset, problems, RecordsRead, RecordsRejected);
    }

    // ----- Fund entries read ahead -----

    /// <summary>The fund entries of the file being read on another core, until the reading reaches them; then null.</summary>
    private JsonEntriesAhead? entriesAhead;

    // Once at the entries: what was read ahead, whose entries are being skipped, and how many are.
    private JsonEntriesAhead? skipping;
    private long skipped;

    /// <summary>Has the fund entries of the file read ahead by <paramref name="ahead"/>.</summary>
    public void ReadEntriesAhead(JsonEntriesAhead ahead) => entriesAhead = ahead;

    /// <summary>Stops a reading ahead whose entries are not taken.</summary>
    public void CancelAhead()
    {
        entriesAhead?.Cancel();
        entriesAhead = null;
    }

    // At the fund entries' '[' (offset arrayStart): the entries read ahead are taken when the reading ahead started at
    // the same array and nothing read so far would change them: no entry yet, no error of an all-or-nothing reading,
    // and room under the most records for all of them.
    private void UseAhead(long arrayStart)
    {
        var ahead = entriesAhead!;
        entriesAhead = null;
        if (ahead.ArrayStart != arrayStart || builder.Ledger.Count != 0 || entries.Count != 0 || sectionCounts[(int)Section.FundEntries] != 0
            || (options.AllOrNothing && hasErrors))
        {
            ahead.Cancel();
            return;
        }
        // Each entry takes two bytes at least: when the rest of the file could hold more entries than the records still
        // allowed, the reading ahead is waited for, and its entries taken only if all of them are allowed.
        var room = options.MaxRecords - RecordsRead;
        if (totalBytes is not long total || room < (total - arrayStart) / 2)
        {
            if (ahead.Finish() > room)
            {
                ahead.Cancel();
                return;
            }
        }
        skipping = ahead;
        skipped = 0;
    }

    private void TakeAhead()
    {
        var ahead = skipping!;
        skipping = null;
        ahead.Finish();
        if (ahead.Parser!.RecordsRead != skipped)
        {
            throw new InvalidOperationException("The entries read ahead are not those skipped.");
        }
        builder.TakeLedger(ahead.Parser.builder);
        ahead.Cancel();
    }

    /// <summary>For a parser reading ahead: starts at the fund entries' array, whose '[' is at <paramref name="arrayStart"/> in the file.</summary>
    internal void BeginEntriesAhead(long arrayStart)
    {
        section = Section.FundEntries;
        phase = Phase.Section;
        windowStart = arrayStart;
        entriesStart = arrayStart + 1;
    }

    /// <summary>For a parser reading ahead: the window moved on by <paramref name="consumed"/> bytes.</summary>
    internal void ShiftAhead(int consumed) => windowStart += consumed;

    /// <summary>For a parser reading ahead: reads a plain entry (true), needs more input (null) or stops (false).</summary>
    internal bool? TryPlainAhead(ref Utf8JsonReader reader) => TryPlain(ref reader) switch
    {
        Fast.Done => true,
        Fast.Incomplete => null,
        _ => false,
    };

    // ----- The document -----

    private (int Consumed, JsonReaderState State) Run(ref Utf8JsonReader reader, bool isFinalBlock)
    {
        while (true)
        {
            var before = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            (safeState, safeConsumed) = (before, consumed);
            if (!reader.Read())
            {
                if (isFinalBlock && phase == Phase.Start)
                {
                    Empty();
                }
                return (consumed, before);
            }
            switch (phase)
            {
                case Phase.Start:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        Unsupported(ref reader, Reasons.NotAnObject);
                    }
                    phase = Phase.Root;
                    break;

                case Phase.Root:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        if (!sawFormat || !sawVersion)
                        {
                            Unsupported(ref reader, sawFormat ? Reasons.NoVersion : Reasons.NoFormat);
                        }
                        phase = Phase.Done;
                        break;
                    }
                    RootName(ref reader);
                    break;

                case Phase.RootValue:
                    RootValue(ref reader);
                    break;

                case Phase.Skip:
                    if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == skipDepth)
                    {
                        phase = Phase.Root;
                    }
                    break;

                case Phase.Section:
                    if (skipping is { } ahead)
                    {
                        if (ahead.HasMoreThan(skipped))
                        {
                            // An entry read ahead: its tokens are read, so that the reading goes on from the right place.
                            if (reader.TokenType != JsonTokenType.StartObject)
                            {
                                throw new InvalidOperationException("The entries read ahead are not those of the file.");
                            }
                            var probe = reader;
                            if (!probe.TrySkip())
                            {
                                return (consumed, before);
                            }
                            reader = probe;
                            skipped++;
                            RecordsRead++;
                            sectionCounts[(int)section]++;
                            if (RecordsRead % ProgressInterval == 0)
                            {
                                progress?.Invoke(RecordsRead);
                            }
                            continue;
                        }
                        TakeAhead();
                    }
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        phase = Phase.Root;
                        break;
                    }
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var start = reader;
                        switch (TryPlain(ref reader))
                        {
                            case Fast.Done:
                                continue;
                            case Fast.Incomplete:
                                return (consumed, before);
                            default:
                                reader = start;
                                break;
                        }
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !Complete(ref reader))
                    {
                        return (consumed, before);
                    }
                    Item(ref reader);
                    break;

                case Phase.Done:
                case Phase.Stopped:
                    return ((int)reader.BytesConsumed, reader.CurrentState);
            }
        }
    }

    private void RootName(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("format"u8))
        {
            pending = RootProperty.Format;
        }
        else if (reader.ValueTextEquals("version"u8))
        {
            pending = RootProperty.Version;
        }
        else
        {
            var known = SectionOf(ref reader);
            if (known is Section s)
            {
                pending = RootProperty.Section;
                section = s;
            }
            else
            {
                pending = RootProperty.Unknown;
                var name = reader.GetString()!;
                Warn(ImportRules.UnknownField, (int)reader.TokenStartIndex, name, ("field", name));
            }
        }
        phase = Phase.RootValue;
    }

    private void RootValue(ref Utf8JsonReader reader)
    {
        phase = Phase.Root;
        switch (pending)
        {
            case RootProperty.Format:
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(DatasetJsonWriter.FormatName))
                {
                    var value = RawValue(ref reader);
                    Unsupported(ref reader, Reasons.OtherFormat(value), value);
                }
                sawFormat = true;
                break;

            case RootProperty.Version:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var version) || version != DatasetJsonWriter.Version)
                {
                    var value = RawValue(ref reader);
                    var newer = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var v) && v > DatasetJsonWriter.Version;
                    Unsupported(ref reader, newer ? Reasons.Newer(value) : Reasons.NotAVersion(value), value);
                }
                sawVersion = true;
                break;

            case RootProperty.Section:
                if (!sawFormat || !sawVersion)
                {
                    Unsupported(ref reader, Reasons.HeaderFirst);
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    Unsupported(ref reader, Reasons.NotAnArray(SectionNames[(int)section]));
                }
                phase = Phase.Section;
                if (section == Section.FundEntries)
                {
                    entriesStart = windowStart + reader.BytesConsumed;
                    if (entriesAhead is not null)
                    {
                        UseAhead(windowStart + reader.TokenStartIndex);
                    }
                }
                break;

            default:
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    skipDepth = reader.CurrentDepth;
                    phase = Phase.Skip;
                }
                break;
        }
    }

    private static readonly string[] SectionNames = ["units", "models", "pledges", "payments", "funds", "fundEntries", "commendations"];

    private static readonly byte[][] SectionBytes = [.. SectionNames.Select(Encoding.UTF8.GetBytes)];

    private static Section? SectionOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < SectionBytes.Length; i++)
        {
            if (reader.ValueTextEquals(SectionBytes[i]))
            {
                return (Section)i;
            }
        }
        return null;
    }

    // Whether the window holds the whole value the reader is at the start of.
    private bool Complete(ref Utf8JsonReader reader)
    {
        var probe = reader;
        try
        {
            return probe.TrySkip();
        }
        catch (JsonException e)
        {
            if (Broken(e, probe.CurrentDepth, (int)reader.TokenStartIndex, probe.IsFinalBlock))
            {
                return false;
            }
            throw new StopReading();
        }
    }

    private void Item(ref Utf8JsonReader reader)
    {
        if (RecordsRead >= options.MaxRecords)
        {
            // The record past the limit is not counted: it is neither read nor kept.
            var (line, column) = positions.At(Data, (int)reader.TokenStartIndex);
            Stop(ImportRules.Problem(ImportRules.TooManyRecords, file, line, column, null, null, false, ("limit", options.MaxRecords)));
            throw new StopReading();
        }
        RecordsRead++;
        recordIndex = sectionCounts[(int)section]++;
        rejected = false;
        recordOpen = true;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Invalid(ref reader, string.Empty, string.Empty, Expected.Object);
        }
        else
        {
            switch (section)
            {
                case Section.Units:
                    Keep(ReadUnit(ref reader), static (b, x) => b.AddOne(x));
                    break;
                case Section.Models:
                    Keep(ReadModel(ref reader), static (b, x) => b.AddOne(x));
                    break;
                case Section.Pledges:
                    Keep(ReadPledge(ref reader), static (b, x) => b.AddOne(x));
                    break;
                case Section.Payments:
                    Keep(ReadPayment(ref reader), static (b, x) => b.AddOne(x));
                    break;
                case Section.Funds:
                    Keep(ReadFund(ref reader), static (b, x) => b.AddOne(x));
                    break;
                case Section.FundEntries:
                    if (ReadFundEntry(ref reader) is { } entry && !rejected && !(options.AllOrNothing && hasErrors))
                    {
                        entries.Add(entry);
                        if (entries.Count == EntryBatchSize)
                        {
                            FlushEntries();
                        }
                    }
                    break;
                default:
                    Keep(ReadCommendation(ref reader), static (b, x) => b.AddOne(x));
                    break;
            }
        }
        recordOpen = false;
        if (rejected)
        {
            RecordsRejected++;
        }
        if (RecordsRead % ProgressInterval == 0)
        {
            progress?.Invoke(RecordsRead);
        }
    }

    private void Keep<T>(T? item, Action<DatasetBuilder, T> add)
        where T : class
    {
        // Once an error makes an all-or-nothing read fail, nothing more is kept; the reading goes on for the problems.
        if (item is not null && !rejected && !(options.AllOrNothing && hasErrors))
        {
            add(builder, item);
        }
    }

    private void FlushEntries()
    {
        if (entries.Count > 0)
        {
            builder.Add(entries);
            entries.Clear();
        }
    }

    // ----- Problems -----

    private ReadOnlySpan<byte> Data => new(window, 0, windowLength);

    private long Line(int index) => positions.At(Data, index).Line;

    private long Column(int index) => positions.At(Data, index).Column;

    private string Path(string prefix, string field)
    {
        var relative = Join(prefix, field);
        return string.Concat(SectionNames[(int)section], "[", recordIndex.ToString(CultureInfo.InvariantCulture), "]",
            relative.Length > 0 ? "." : string.Empty, relative);
    }

    // A field inside a record: "amount", "schedule.amount", "successors[2]" (an item has no field name of its own).
    private static string Join(string prefix, string field) => field.Length == 0 ? prefix.TrimEnd('.') : prefix + field;

    private LocalizedText RecordName => RecordNames[(int)section];

    private static readonly LocalizedText[] RecordNames =
    [
        new("đơn vị", "unit"), new("mô hình", "model"), new("đăng ký", "pledge"), new("khoản nộp theo đăng ký", "payment"),
        new("quỹ", "fund"), new("khoản thu chi", "fund entry"), new("khen thưởng", "commendation"),
    ];

    private void Add(ImportProblem problem)
    {
        if (problems.Count >= options.MaxProblems)
        {
            problems.Add(ImportRules.Problem(ImportRules.TooManyProblems, file, problem.Line, problem.Column, null, null, recordOpen,
                ("count", options.MaxProblems)));
            hasErrors = true;
            phase = Phase.Stopped;
            throw new StopReading();
        }
        problems.Add(problem);
        hasErrors |= problem.Severity == Severity.Error;
    }

    private void Stop(ImportProblem problem)
    {
        // The problem that ends the reading is always told, past the limit too; it rejects the record it stops in.
        problems.Add(recordOpen ? problem with { Rejected = true } : problem);
        hasErrors = true;
        phase = Phase.Stopped;
    }

    private void Warn(RuleDescriptor rule, int index, string? field, params (string Name, object? Value)[] arguments)
    {
        var (line, column) = positions.At(Data, index);
        Add(ImportRules.Problem(rule, file, line, column, field, null, false, arguments));
    }

    /// <summary>A value that cannot be read as its field: reports it, skips it and rejects the record.</summary>
    private void Invalid(ref Utf8JsonReader reader, string prefix, string field, LocalizedText expected)
    {
        var index = (int)reader.TokenStartIndex;
        var value = RawValue(ref reader);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.TrySkip();
        }
        rejected = true;
        var (line, column) = positions.At(Data, index);
        var relative = Join(prefix, field);
        Add(ImportRules.Problem(ImportRules.InvalidValue, file, line, column, Path(prefix, field), value, true,
            ("field", relative.Length > 0 ? relative : Path(prefix, field)), ("record", RecordName), ("expected", expected)));
    }

    private void Missing(string prefix, string field, int objectStart)
    {
        rejected = true;
        var (line, column) = positions.At(Data, objectStart);
        Add(ImportRules.Problem(ImportRules.MissingField, file, line, column, Path(prefix, field), null, true,
            ("field", Join(prefix, field)), ("record", RecordName)));
    }

    private void Unsupported(ref Utf8JsonReader reader, LocalizedText reason, string? value = null)
    {
        var (line, column) = positions.At(Data, (int)reader.TokenStartIndex);
        Stop(ImportRules.Problem(ImportRules.UnsupportedFormat, file, line, column, null, value, false,
            ("expected", DatasetJsonWriter.FormatName), ("reason", reason)));
        throw new StopReading();
    }

    /// <summary>
    /// Reports where and why the JSON reader gave up, and stops; or, when it gave up on a character the window ends
    /// in the middle of, says so (<see langword="true"/>) so that the reading resumes with more input and the
    /// character is judged whole, whatever the size of the reads.
    /// </summary>
    private bool Broken(JsonException e, int depth, int lastGood, bool isFinalBlock)
    {
        var data = Data;
        var (line, column, index) = e.LineNumber is long l && e.BytePositionInLine is long b
            ? positions.AtReaderPosition(data, l, b)
            : (Line(lastGood), Column(lastGood), lastGood);
        var character = index < data.Length ? Rune.DecodeFromUtf8(data[index..], out _, out _) : OperationStatus.Done;
        if (!isFinalBlock && character == OperationStatus.NeedMoreData)
        {
            return true;
        }
        LocalizedText reason;
        if (phase == Phase.Start && isFinalBlock && data.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            Empty();
            return false;
        }
        if (depth >= options.MaxDepth - 1)
        {
            reason = Reasons.TooDeep(options.MaxDepth);
        }
        else if (character is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
        {
            reason = Reasons.NotUtf8;
        }
        else if (isFinalBlock && data[Math.Min(index, data.Length)..].IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            reason = Reasons.EndsEarly;
        }
        else
        {
            reason = Reasons.Syntax;
        }
        Stop(ImportRules.Problem(ImportRules.MalformedInput, file, line, column, null, null, false, ("reason", reason)));
        return false;
    }

    private void NotUtf8(Utf8JsonReader reader)
    {
        var (line, column) = positions.At(Data, (int)reader.TokenStartIndex);
        Stop(ImportRules.Problem(ImportRules.MalformedInput, file, line, column, null, null, false, ("reason", Reasons.NotUtf8)));
    }

    /// <summary>The value the reader is at as written: the text of a string, the JSON of anything else, cut short.</summary>
    private string RawValue(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        ReadOnlySpan<byte> bytes;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var probe = reader;
            var end = probe.TrySkip() ? (int)probe.BytesConsumed : windowLength;
            bytes = Data[start..end];
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueSpan.Length > MaxRawValueBytes ? Decode(reader.ValueSpan[..MaxRawValueBytes]) : reader.GetString()!;
        }
        else
        {
            bytes = reader.ValueSpan;
        }
        return Decode(bytes.Length > MaxRawValueBytes ? bytes[..MaxRawValueBytes] : bytes);

        // Bad bytes in a value quoted back become U+FFFD rather than stop the report.
        static string Decode(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(raw);
    }

    // ----- Values -----

    private string? Text(ref Utf8JsonReader reader, string prefix, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return String(ref reader);
            default:
                Invalid(ref reader, prefix, field, Expected.Text);
                return null;
        }
    }

    private string String(ref Utf8JsonReader reader, bool pooled = true)
    {
        // Repeated ids, codes and names are read into one shared string each; the bytes are checked as UTF-8 first,
        // so that bad ones still fail as GetString fails on them.
        if (pooled && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= 256 && reader.ValueSpan.Length <= options.MaxFieldLength
            && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return pool.Utf8String(reader.ValueSpan);
        }
        var text = reader.GetString()!;
        if (text.Length > options.MaxFieldLength)
        {
            var (line, column) = positions.At(Data, (int)reader.TokenStartIndex);
            Stop(ImportRules.Problem(ImportRules.MalformedInput, file, line, column, null, null, false, ("reason", Reasons.TooLong(options.MaxFieldLength))));
            throw new StopReading();
        }
        return text;
    }

    private TId Id<TId>(ref Utf8JsonReader reader, string prefix, string field, Func<string, TId> create, bool pooled = true)
        where TId : struct
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                var text = String(ref reader, pooled);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return create(text);
                }
                break;
        }
        Invalid(ref reader, prefix, field, Expected.Id);
        return default;
    }

    private LocalDate Date(ref Utf8JsonReader reader, string prefix, string field)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryIsoDate(reader.ValueSpan, out var date))
        {
            return date;
        }
        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64)
        {
            var result = DatePattern.Parse(reader.GetString()!);
            if (result.Success)
            {
                return result.Value;
            }
        }
        Invalid(ref reader, prefix, field, Expected.Date);
        return default;
    }

    // The dates of years 1 to 9999 as the writer writes them, read without making a string: the bulk of a ledger's
    // dates. Anything else (a signed year, an escape, a day that does not exist) goes through the pattern.
    private static bool TryIsoDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private LocalDate? OptionalDate(ref Utf8JsonReader reader, string prefix, string field)
        => reader.TokenType == JsonTokenType.Null ? null : Date(ref reader, prefix, field);

    private Dong Money(ref Utf8JsonReader reader, string prefix, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return new Dong(value);
        }
        Invalid(ref reader, prefix, field, Expected.Dong);
        return default;
    }

    private Dong? OptionalMoney(ref Utf8JsonReader reader, string prefix, string field)
        => reader.TokenType == JsonTokenType.Null ? null : Money(ref reader, prefix, field);

    private int? Count(ref Utf8JsonReader reader, string prefix, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }
        Invalid(ref reader, prefix, field, Expected.Count);
        return null;
    }

    // A number a decimal cannot hold exactly (more than 29 significant digits, or 1e-30) is not rounded: it is reported.
    private decimal Quantity(ref Utf8JsonReader reader, string prefix, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
            && ExactNumbers.Holds(value, System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)))
        {
            return value;
        }
        Invalid(ref reader, prefix, field, Expected.Quantity);
        return default;
    }

    private bool Boolean(ref Utf8JsonReader reader, string prefix, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                Invalid(ref reader, prefix, field, Expected.Boolean);
                return false;
        }
    }

    // A period's null is the default period, which stands for "none given" (the writer writes it so).
    private ReportingPeriod Period(ref Utf8JsonReader reader, string prefix, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String when reader.ValueSpan.Length <= 64:
                Span<char> text = stackalloc char[64];
                var read = ReportingPeriod.Read(text[..reader.CopyString(text)]);
                if (read.TryGetValue(out var period))
                {
                    return period;
                }
                Invalid(ref reader, prefix, field, ImportRules.Because(Expected.Period, read.Reason));
                return default;
            default:
                Invalid(ref reader, prefix, field, Expected.Period);
                return default;
        }
    }

    private T Code<T>(ref Utf8JsonReader reader, string prefix, string field, EnumCodes<T> codes)
        where T : struct, Enum
        => TryCode(ref reader, prefix, field, codes, out var value) ? value : default;

    private bool TryCode<T>(ref Utf8JsonReader reader, string prefix, string field, EnumCodes<T> codes, out T value)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64 && codes.TryParse(reader.GetString()!, out value))
        {
            return true;
        }
        Invalid(ref reader, prefix, field, Expected.OneOf(codes));
        value = default;
        return false;
    }

    /// <summary>
    /// Moves to the next property of an object and to its value, and gives the property's place in
    /// <paramref name="names"/>; -1 at the end of the object (<paramref name="end"/> set) or for a property that was
    /// reported (unknown, or repeated) and skipped.
    /// </summary>
    private int Next(ref Utf8JsonReader reader, byte[][] names, ref ulong seen, string prefix, out bool end)
    {
        reader.Read();
        end = reader.TokenType == JsonTokenType.EndObject;
        if (end)
        {
            return -1;
        }
        var p = IndexOf(ref reader, names);
        if (p < 0)
        {
            var at = (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            Warn(ImportRules.UnknownField, at, Path(prefix, name), ("field", Join(prefix, name)));
            reader.Read();
            reader.TrySkip();
            return -1;
        }
        reader.Read();
        var bit = 1UL << p;
        if ((seen & bit) != 0)
        {
            Invalid(ref reader, prefix, Encoding.UTF8.GetString(names[p]), Expected.Once);
            return -1;
        }
        seen |= bit;
        return p;
    }

    private static int IndexOf(ref Utf8JsonReader reader, byte[][] names)
    {
        Span<byte> unescaped = stackalloc byte[128];
        scoped ReadOnlySpan<byte> name;
        if (!reader.ValueIsEscaped)
        {
            name = reader.ValueSpan;
        }
        else if (reader.ValueSpan.Length <= unescaped.Length)
        {
            name = unescaped[..reader.CopyString(unescaped)];
        }
        else
        {
            return -1;
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Reports each property of <paramref name="required"/> (a mask over <paramref name="names"/>) that <paramref name="seen"/> lacks.</summary>
    private void Require(ulong seen, ulong required, byte[][] names, string prefix, int objectStart)
    {
        var missing = required & ~seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                Missing(prefix, Encoding.UTF8.GetString(names[i]), objectStart);
            }
        }
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];

    private static ulong Mask(params int[] properties) => properties.Aggregate(0UL, (mask, p) => mask | (1UL << p));

    private enum Phase
    {
        Start,
        Root,
        RootValue,
        Skip,
        Section,
        Done,
        Stopped,
    }

    private enum RootProperty
    {
        Format,
        Version,
        Section,
        Unknown,
    }

    private enum Section
    {
        Units,
        Models,
        Pledges,
        Payments,
        Funds,
        FundEntries,
        Commendations,
    }

    /// <summary>Ends the reading from deep inside a record; caught in <see cref="Parse"/>, never let out.</summary>
    private sealed class StopReading : Exception;
}
