using System.Collections.Immutable;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// A file of a bundle to read: its name in problems (a zip entry's full name), its name without folders, its size
/// (declared, for a zip entry), its CRC-32 (a zip entry's), whether it is a regular file, and how to open it.
/// </summary>
internal sealed record CsvSource(string Name, string FileName, long Length, uint? Crc, bool Regular, Func<Stream> Open)
{
    /// <summary>The compressed size a zip entry declares; <see langword="null"/> for a file of a folder.</summary>
    public long? CompressedLength { get; init; }

    /// <summary>
    /// How to open the file on its own, from another thread while other files of the bundle are read (a file of a
    /// folder; a zip entry through a second handle on the zip); <see langword="null"/> when it cannot be.
    /// </summary>
    public Func<Stream>? OpenAlone { get; init; }
}

/// <summary>
/// One read of a bundle: the files in order, each streamed row by row into the dataset. Units and models are held
/// until their child files (successors, head counts, lifecycle, outcomes) are read; fund entries, the bulk, go
/// straight to the <see cref="DatasetBuilder"/>, which keeps them in columns.
/// </summary>
internal sealed partial class CsvBundleLoad
{
    private const int ProgressInterval = 65_536;

    /// <summary>The stray files named one by one; the rest are counted in one more problem.</summary>
    private const int StrayFilesNamed = 100;

    private static readonly LocalizedText UnitExpected = new("mã của một đơn vị đã đọc được từ units.csv", "the id of a unit read from units.csv");
    private static readonly LocalizedText ModelExpected = new("mã của một mô hình đã đọc được từ models.csv", "the id of a model read from models.csv");

    private readonly ImportOptions options;
    private readonly CancellationToken cancellationToken;
    private readonly List<ImportProblem> problems = [];
    private readonly DatasetBuilder builder = new();

    /// <summary>The values shared between the rows of this read.</summary>
    public ValuePool Pool { get; } = new();
    private readonly ByteBudget budget;
    private long? totalBytes;
    private long records;
    private long rejected;
    private long bytesDone;
    private long bytesOfFile;

    // The problems that count against ImportOptions.MaxProblems: those about rows and cells, not about whole files.
    private int counted;

    // Whether a row has been counted as read and is not yet kept or rejected: when reading stops inside it, it is rejected.
    private bool rowOpen;

    private readonly List<Unit> units = [];
    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<UnitId>> successors = [];
    private readonly Dictionary<int, List<HeadCount>> headCounts = [];
    private readonly Dictionary<int, List<UnitLink>> parentChanges = [];
    private readonly Dictionary<int, List<UnitLink>> territoryChanges = [];
    private readonly List<EmulationModel> models = [];
    private readonly Dictionary<string, int> modelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<LifecycleEvent>> lifecycles = [];
    private readonly Dictionary<int, List<OutcomeIndicator>> outcomes = [];

    public CsvBundleLoad(ImportOptions options, CancellationToken cancellationToken)
        : this(options, cancellationToken, new RecordCounter())
    {
    }

    private CsvBundleLoad(ImportOptions options, CancellationToken cancellationToken, RecordCounter counter)
    {
        this.options = options;
        this.cancellationToken = cancellationToken;
        this.counter = counter;
        lock (counter.Loads)
        {
            counter.Loads.Add(this);
        }
        budget = new ByteBudget(options.MaxBundleBytes);
    }

    // The records of this read and of a file read beside it, for progress: reported every 65,536 records of both.
    private readonly RecordCounter counter;

    private sealed class RecordCounter
    {
        private long total;

        /// <summary>The reads that count here; progress is reported one at a time, under the list's lock.</summary>
        public List<CsvBundleLoad> Loads { get; } = [];

        public long Next() => Interlocked.Increment(ref total);
    }

    /// <summary>Files of at least this many bytes (the fund entries of a province and more) are read beside the others.</summary>
    internal const long ReadBesideFrom = 4 << 20;

    /// <summary>Another size from which to read beside the others, for the tests of the current flow only.</summary>
    internal static AsyncLocal<long?> ReadBesideFromForTests { get; } = new();

    // Whether this read, of one file beside the others, was stopped by a limit; its result is then not taken.
    private bool stopped;

    /// <summary>Thrown to stop reading once the options' most problems are reported, or a limit is reached.</summary>
    private sealed class StopReading : Exception
    {
    }

    /// <summary>Adds a problem about a row or a cell; at the limit, adds DK909 and stops the read.</summary>
    public void Report(ImportProblem problem)
    {
        if (counted >= options.MaxProblems)
        {
            // The row being read when the reading stops is read but not kept: it counts as rejected, with this problem.
            problems.Add(ImportRules.Problem(ImportRules.TooManyProblems, problem.File, problem.Line, 0, null, null, rowOpen, ("count", options.MaxProblems)));
            if (rowOpen)
            {
                rowOpen = false;
                rejected++;
            }
            throw new StopReading();
        }
        counted++;
        problems.Add(problem);
    }

    /// <summary>Adds a problem about a whole file, which does not count against the most problems: a few per bundle at most.</summary>
    private void Tell(ImportProblem problem) => problems.Add(problem);

    /// <summary>A problem found before any file is read (the bundle is not a zip): the result of it alone.</summary>
    public static ImportResult Failure(ImportProblem problem) => new(new DatasetBuilder().Build(), [problem], 0, 0);

    /// <summary>
    /// Reads the files of the bundle (<paramref name="files"/>, found by their names), reports the others
    /// (<paramref name="unknown"/>), and gives the result; <paramref name="bundleName"/> names the zip or folder.
    /// </summary>
    public async Task<ImportResult> ReadAsync(IReadOnlyList<CsvSource> files, IReadOnlyList<string> unknown, string bundleName)
    {
        // Stray files are told, but do not use up the problems allowed: a valid bundle among 10,000 other files still reads.
        foreach (var name in unknown.Take(StrayFilesNamed))
        {
            Tell(ImportRules.Problem(ImportRules.UnknownFile, name, 0, 0, null, null, false, ("file", name)));
        }
        if (unknown.Count > StrayFilesNamed)
        {
            var more = unknown.Count - StrayFilesNamed;
            Tell(ImportRules.Problem(ImportRules.UnknownFile, unknown[StrayFilesNamed], 0, 0, null, null, false,
                ("file", new LocalizedText($"{unknown[StrayFilesNamed]} và {Periods.MessageText.Write(more - 1, TextCulture.Vietnamese)} tệp khác",
                    $"{unknown[StrayFilesNamed]} and {Periods.MessageText.Write(more - 1, TextCulture.English)} other files"))));
        }
        if (files.Count == 0)
        {
            Tell(NoBundleFile(unknown, bundleName));
            return new ImportResult(new DatasetBuilder().Build(), problems, 0, 0);
        }
        var byName = files.GroupBy(f => f.FileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var toRead = byName.Values.Where(g => g.Count == 1 && g[0].Regular).Select(g => g[0]).ToList();
        var declared = toRead.Sum(f => f.Length);
        totalBytes = declared;
        if (declared > options.MaxBundleBytes)
        {
            // Known from the sizes a zip declares or a folder's files have, before anything is read.
            Tell(ImportRules.Problem(ImportRules.BundleTooLarge, bundleName, 0, 0, null, null, false, ("limit", options.MaxBundleBytes)));
            return new ImportResult(new DatasetBuilder().Build(), problems, 0, 0);
        }
        // The fund entries, most of a bundle, are read on another core while the other files are read here; their
        // reading is taken as it is when nothing read before them would have changed it (a limit reached), and done
        // again in its place otherwise, so that the result is the one of reading the files in order.
        using var besideStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CsvBundleLoad? beside = null;
        Task? besideRead = null;
        if (byName.TryGetValue(CsvTables.FundEntries.Table.FileName, out var entrySources) && entrySources is [{ Regular: true, OpenAlone: { } openAlone } entrySource]
            && entrySource.Length >= (ReadBesideFromForTests.Value ?? ReadBesideFrom))
        {
            beside = new CsvBundleLoad(options, besideStop.Token, counter) { totalBytes = declared };
            var alone = entrySource with { Open = openAlone };
            besideRead = Task.Run(() => beside.ReadAloneAsync(CsvTables.FundEntries.Table, alone));
        }
        try
        {
            foreach (var table in CsvTables.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (beside is not null && table == CsvTables.FundEntries.Table)
                {
                    await besideRead!.ConfigureAwait(false);
                    var read = beside;
                    beside = null;
                    if (!read.stopped && records + read.records <= options.MaxRecords && counted + read.counted <= options.MaxProblems
                        && budget.Used + read.budget.Used <= budget.Limit)
                    {
                        problems.AddRange(read.problems);
                        records += read.records;
                        rejected += read.rejected;
                        counted += read.counted;
                        bytesDone += read.bytesDone;
                        budget.Spend(read.budget.Used);
                        builder.TakeLedger(read.builder);
                        continue;
                    }
                }
                if (!byName.TryGetValue(table.FileName, out var sources))
                {
                    Tell(ImportRules.Problem(ImportRules.MissingFile, table.FileName, 0, 0, null, null, false, ("file", table.FileName), ("record", table.Record)));
                }
                else if (sources.Count > 1)
                {
                    // Which of two files of one name is right cannot be told; reading the first would drop the other in silence.
                    Tell(ImportRules.Problem(ImportRules.DuplicateFile, sources[1].Name, 0, 0, null, null, false,
                        ("file", table.FileName), ("names", string.Join(", ", sources.Select(s => s.Name)))));
                }
                else if (!sources[0].Regular)
                {
                    Tell(ImportRules.Problem(ImportRules.NotARegularFile, sources[0].Name, 0, 0, null, null, false, ("file", sources[0].Name)));
                }
                else
                {
                    await ReadFileAsync(table, sources[0]).ConfigureAwait(false);
                }
                if (table == CsvTables.UnitHeadCounts.Table)
                {
                    FinishUnits();
                }
                else if (table == CsvTables.ModelOutcomes.Table)
                {
                    FinishModels();
                }
            }
        }
        catch (StopReading)
        {
        }
        finally
        {
            if (beside is not null)
            {
                // Reading stopped before the fund entries' turn: what was read beside is not taken.
                await besideStop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await besideRead!.ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Whatever stopped it, a read whose result is not taken has nothing to tell.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }
        FinishUnits();
        FinishModels();
        var failed = options.AllOrNothing && problems.Any(p => p.Severity == Validation.Severity.Error);
        return new ImportResult(failed ? new DatasetBuilder().Build() : builder.BuildOnce(), problems, records, rejected);
    }

    // A zip or folder holding none of the bundle's files is no bundle; one holding a JSON dataset is told where to read it.
    private static ImportProblem NoBundleFile(IReadOnlyList<string> unknown, string bundleName)
    {
        var json = unknown.FirstOrDefault(n => n.EndsWith(DatasetJson.FileExtension, StringComparison.OrdinalIgnoreCase));
        var names = string.Join(", ", CsvTables.All.Select(t => t.FileName));
        var reason = json is not null
            ? new LocalizedText($"không có tệp nào của bộ tệp CSV ({names}) mà có {json}: hãy đọc tệp .json đó sau khi giải nén",
                $"it holds none of the bundle's files ({names}) but {json}: read that .json file, unzipped")
            : new LocalizedText($"không có tệp nào của bộ tệp CSV ({names})", $"it holds none of the bundle's files ({names})");
        return ImportRules.Problem(ImportRules.UnsupportedFormat, bundleName, 0, 0, null, null, false,
            ("expected", new LocalizedText("bộ tệp CSV", "CSV bundle")), ("reason", reason));
    }

    // The rows of the fund entries read before their number is estimated, and the size of the file being read.
    private const int ReserveAfter = 1 << 20;
    private long fileLength;

    private async Task ReadFileAsync(CsvTable table, CsvSource source)
    {
        var file = source.Name;
        fileLength = source.Length;
        if (source.CompressedLength is long compressed && compressed > source.Length + (source.Length >> 10) + 64)
        {
            // Deflate never makes data much larger: a directory declaring less than this lies, and the entry would be cut short.
            Tell(Damaged(file, new LocalizedText(
                $"dữ liệu nén ({Periods.MessageText.Write(compressed, TextCulture.Vietnamese)} byte) lớn hơn cỡ {Periods.MessageText.Write(source.Length, TextCulture.Vietnamese)} byte mà danh mục zip ghi",
                $"its compressed data ({Periods.MessageText.Write(compressed, TextCulture.English)} bytes) is larger than the {Periods.MessageText.Write(source.Length, TextCulture.English)} bytes its directory says it holds")));
            return;
        }
        Stream raw;
        try
        {
            raw = source.Open();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            Tell(Damaged(file, new LocalizedText(e.Message, e.Message)));
            return;
        }
        var stream = new CheckedStream(raw, budget, source.Crc is null ? null : source.Length, source.Crc);
        await using (stream.ConfigureAwait(false))
        {
            // Inflating and checking the bytes runs ahead on another thread while the rows are read on this one.
            var ahead = new ReadAheadStream(stream, cancellationToken);
            await using var aheadDisposal = ahead.ConfigureAwait(false);
            var tokenizer = new CsvTokenizer(ahead, options.MaxFieldLength);
            try
            {
                await ReadRowsAsync(table, file, tokenizer).ConfigureAwait(false);
                // A file left early (a quote never closed) is read to its end all the same, so that it is checked whole.
                await ahead.DrainAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                // A zip entry whose compressed data is broken.
                Tell(Damaged(file, new LocalizedText(e.Message, e.Message)));
                return;
            }
            catch (ByteLimitException)
            {
                Tell(ImportRules.Problem(ImportRules.BundleTooLarge, file, tokenizer.RowLine, 0, null, null, false, ("limit", options.MaxBundleBytes)));
                throw new StopReading();
            }
            finally
            {
                await ahead.StopAsync().ConfigureAwait(false);
                bytesDone += stream.BytesRead;
                bytesOfFile = 0;
            }
            if (stream.Damage is (var declared, var actual))
            {
                Tell(Damaged(file, declared != actual
                    ? new LocalizedText(
                        $"tệp có {Periods.MessageText.Write(actual, TextCulture.Vietnamese)} byte, không phải {Periods.MessageText.Write(declared, TextCulture.Vietnamese)} byte như danh mục zip ghi",
                        $"it holds {Periods.MessageText.Write(actual, TextCulture.English)} bytes, not the {Periods.MessageText.Write(declared, TextCulture.English)} its directory says")
                    : new LocalizedText("mã kiểm tra CRC-32 không khớp với danh mục zip", "its CRC-32 checksum does not match the one its directory gives")));
            }
        }
    }

    /// <summary>Reads one file on its own, into this read's dataset, problems and counts.</summary>
    private async Task ReadAloneAsync(CsvTable table, CsvSource source)
    {
        try
        {
            await ReadFileAsync(table, source).ConfigureAwait(false);
        }
        catch (StopReading)
        {
            stopped = true;
        }
    }

    private static ImportProblem Damaged(string file, LocalizedText reason)
        => ImportRules.Problem(ImportRules.DamagedEntry, file, 0, 0, null, null, false, ("file", file), ("reason", reason));

    private async Task ReadRowsAsync(CsvTable table, string file, CsvTokenizer tokenizer)
    {
        await tokenizer.DetectDelimiterAsync(cancellationToken).ConfigureAwait(false);
        if (tokenizer.Delimiter != ',')
        {
            Report(ImportRules.Problem(ImportRules.OtherDelimiter, file, 1, 0, null, null, false,
                ("delimiter", tokenizer.Delimiter == '\t' ? new LocalizedText("tab", "tab") : new LocalizedText("';'", "';'"))));
        }
        var header = await tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false);
        if (header != CsvToken.Row)
        {
            if (header != CsvToken.End)
            {
                Report(Malformed(file, tokenizer.RowLine, Reason(header)));
            }
            return;
        }
        var headerCount = tokenizer.FieldCount;
        var fieldOf = new int[table.Columns.Count];
        Array.Fill(fieldOf, -1);
        for (var i = 0; i < headerCount; i++)
        {
            var name = tokenizer.Field(i);
            var column = table.ColumnOf(name);
            if (column < 0 || fieldOf[column] >= 0)
            {
                Report(ImportRules.Problem(ImportRules.UnknownField, file, tokenizer.RowLine, i + 1, name, null, false, ("field", name)));
                continue;
            }
            fieldOf[column] = i;
        }
        var row = new CsvRowReader(this, table, file, tokenizer, fieldOf);
        var handle = Handler(table);
        var rowsOfFile = 0L;
        while (true)
        {
            if (++rowsOfFile == ReserveAfter && table == CsvTables.FundEntries.Table)
            {
                // The ledger's columns are made the size the rest of the file will take, at the rate so far.
                builder.Ledger.Reserve(Math.Min(options.MaxRecords, LedgerStoreBuilder.Estimate(builder.Ledger.Count, tokenizer.BytesConsumed, fileLength)));
            }
            var token = await tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false);
            bytesOfFile = tokenizer.BytesRead;
            if (token == CsvToken.End)
            {
                return;
            }
            if (token == CsvToken.BadEncoding)
            {
                Report(Malformed(file, tokenizer.RowLine, Reason(token)));
                return;
            }
            Count(file, tokenizer.RowLine);
            if (token != CsvToken.Row)
            {
                rowOpen = true;
                Report(ImportRules.Problem(ImportRules.MalformedInput, file, tokenizer.RowLine, 0, null, null, true, ("reason", Reason(token))));
                rowOpen = false;
                rejected++;
                if (token == CsvToken.OpenQuote)
                {
                    return;
                }
                continue;
            }
            row.Begin();
            rowOpen = true;
            if (tokenizer.FieldCount < headerCount || (tokenizer.FieldCount > headerCount && HasExtraText(tokenizer, headerCount)))
            {
                row.WrongFieldCount(headerCount);
            }
            else
            {
                handle(row);
            }
            rowOpen = false;
            if (row.Failed)
            {
                rejected++;
            }
        }
    }

    private static bool HasExtraText(CsvTokenizer tokenizer, int headerCount)
    {
        for (var i = headerCount; i < tokenizer.FieldCount; i++)
        {
            if (!tokenizer.IsEmpty(i) || tokenizer.IsQuoted(i))
            {
                return true;
            }
        }
        return false;
    }

    private void Count(string file, long line)
    {
        if (records >= options.MaxRecords)
        {
            // The row past the limit is not counted: it is neither read nor kept.
            Tell(ImportRules.Problem(ImportRules.TooManyRecords, file, line, 0, null, null, false, ("limit", options.MaxRecords)));
            throw new StopReading();
        }
        ++records;
        // Progress counts the records of a file read beside the others too, every 65,536 of them all.
        var total = counter.Next();
        if (total % ProgressInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.Progress is { } progress)
            {
                lock (counter.Loads)
                {
                    var bytes = counter.Loads.Sum(l => l.bytesDone + l.bytesOfFile);
                    progress.Report(new ImportProgress(total, bytes, totalBytes));
                }
            }
        }
    }

    private LocalizedText Reason(CsvToken token) => token switch
    {
        CsvToken.BadEncoding => new("các byte không phải UTF-8 (hãy lưu tệp dạng CSV UTF-8)", "bytes that are not UTF-8 (save the file as CSV UTF-8)"),
        CsvToken.OpenQuote => new("một trường mở dấu ngoặc kép bắt đầu ở dòng này không được đóng trước cuối tệp", "a field whose quote opens on this line is not closed before the end of the file"),
        _ => new($"dòng dài quá {options.MaxFieldLength} ký tự và bị bỏ qua", $"a row longer than {options.MaxFieldLength} characters, skipped"),
    };

    private static ImportProblem Malformed(string file, long line, object reason)
        => ImportRules.Problem(ImportRules.MalformedInput, file, line, 0, null, null, false, ("reason", reason));

    private Action<CsvRowReader> Handler(CsvTable table)
    {
        if (table == CsvTables.Units.Table)
        {
            return UnitRow;
        }
        if (table == CsvTables.UnitSuccessors.Table)
        {
            return SuccessorRow;
        }
        if (table == CsvTables.UnitHeadCounts.Table)
        {
            return HeadCountRow;
        }
        if (table == CsvTables.UnitParentChanges.Table)
        {
            return r => LinkRow(r, parentChanges, CsvTables.UnitParentChanges.ParentId);
        }
        if (table == CsvTables.UnitTerritoryChanges.Table)
        {
            return r => LinkRow(r, territoryChanges, CsvTables.UnitTerritoryChanges.TerritoryId);
        }
        if (table == CsvTables.Models.Table)
        {
            return ModelRow;
        }
        if (table == CsvTables.ModelLifecycle.Table)
        {
            return PlainOrGeneral(PlainLifecycle, LifecycleRow);
        }
        if (table == CsvTables.ModelOutcomes.Table)
        {
            return OutcomeRow;
        }
        if (table == CsvTables.Pledges.Table)
        {
            return PlainOrGeneral(PlainPledge, PledgeRow);
        }
        if (table == CsvTables.Payments.Table)
        {
            return PaymentRow;
        }
        if (table == CsvTables.Funds.Table)
        {
            return FundRow;
        }
        if (table == CsvTables.FundEntries.Table)
        {
            return PlainOrGeneral(PlainEntry, EntryRow);
        }
        return CommendationRow;
    }

    // ----- Units -----

    private static UnitId MakeUnit(string id) => new(id);

    private static ModelId MakeModel(string id) => new(id);

    private void UnitRow(CsvRowReader r)
    {
        var id = r.Id(CsvTables.Units.Id, MakeUnit, true);
        var name = r.RequiredText(CsvTables.Units.Name);
        var kind = r.Classifier(CsvTables.Units.Kind, UnitKind.BuiltIn, static (c, n) => new UnitKind(c, n), true);
        var parent = r.Id(CsvTables.Units.ParentId, MakeUnit, false);
        var territory = r.Id(CsvTables.Units.TerritoryId, MakeUnit, false);
        var from = r.Date(CsvTables.Units.ValidFrom, false);
        var to = r.Date(CsvTables.Units.ValidTo, false);
        var primary = r.Id(CsvTables.Units.PrimarySuccessorId, MakeUnit, false);
        if (r.Failed || id is not UnitId unitId || kind is null)
        {
            return;
        }
        unitIndex.TryAdd(unitId.Value, units.Count);
        units.Add(new Unit { Id = unitId, Name = name, Kind = kind, ParentId = parent, TerritoryId = territory, ValidFrom = from, ValidTo = to, PrimarySuccessorId = primary });
    }

    private int? Parent(CsvRowReader r, int column, Dictionary<string, int> index, LocalizedText expected)
    {
        var id = r.Text(column);
        if (string.IsNullOrWhiteSpace(id))
        {
            r.Missing(column);
            return null;
        }
        if (index.TryGetValue(id, out var position))
        {
            return position;
        }
        // A child row must name a record of its parent file, or it would have nowhere to go.
        r.Invalid(column, id, expected);
        return null;
    }

    private void SuccessorRow(CsvRowReader r)
    {
        var unit = Parent(r, CsvTables.UnitSuccessors.UnitId, unitIndex, UnitExpected);
        var successor = r.Id(CsvTables.UnitSuccessors.SuccessorId, MakeUnit, true);
        if (r.Failed || unit is not int position || successor is not UnitId id)
        {
            return;
        }
        ListOf(successors, position).Add(id);
    }

    // A dated link names its unit, the day and the new parent or territory; an empty one makes the unit a root from that day.
    private void LinkRow(CsvRowReader r, Dictionary<int, List<UnitLink>> into, int targetColumn)
    {
        var unit = Parent(r, 0, unitIndex, UnitExpected);
        var from = r.Date(1, true);
        var target = r.Id(targetColumn, MakeUnit, false);
        if (r.Failed || unit is not int position || from is not LocalDate day)
        {
            return;
        }
        ListOf(into, position).Add(new UnitLink(day, target));
    }

    private void HeadCountRow(CsvRowReader r)
    {
        var unit = Parent(r, CsvTables.UnitHeadCounts.UnitId, unitIndex, UnitExpected);
        var asOf = r.Date(CsvTables.UnitHeadCounts.AsOf, true);
        var members = r.Count(CsvTables.UnitHeadCounts.Members, false);
        var party = r.Count(CsvTables.UnitHeadCounts.PartyMembers, false);
        var exempt = r.Count(CsvTables.UnitHeadCounts.Exempt, false);
        var away = r.Count(CsvTables.UnitHeadCounts.Away, false);
        if (r.Failed || unit is not int position || asOf is not LocalDate day)
        {
            return;
        }
        ListOf(headCounts, position).Add(new HeadCount(day) { Members = members, PartyMembers = party, Exempt = exempt, Away = away });
    }

    private void FinishUnits()
    {
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (successors.TryGetValue(i, out var s))
            {
                unit = unit with { Successors = [.. s] };
            }
            if (headCounts.TryGetValue(i, out var h))
            {
                unit = unit with { HeadCounts = [.. h] };
            }
            if (parentChanges.TryGetValue(i, out var p))
            {
                unit = unit with { ParentChanges = [.. p] };
            }
            if (territoryChanges.TryGetValue(i, out var t))
            {
                unit = unit with { TerritoryChanges = [.. t] };
            }
            builder.AddOne(unit);
        }
        units.Clear();
        successors.Clear();
        headCounts.Clear();
        parentChanges.Clear();
        territoryChanges.Clear();
    }

    // ----- Models -----

    private void ModelRow(CsvRowReader r)
    {
        var id = r.Id(CsvTables.Models.Id, MakeModel, true);
        var name = r.RequiredText(CsvTables.Models.Name);
        var owner = r.Id(CsvTables.Models.OwnerId, MakeUnit, true);
        var kind = r.Classifier(CsvTables.Models.Kind, ModelKind.BuiltIn, static (c, n) => new ModelKind(c, n), true);
        var field = Field(r);
        var movement = r.Classifier(CsvTables.Models.Movement, Movement.BuiltIn, static (c, n) => new Movement(c, n), false);
        var theme = r.Text(CsvTables.Models.Theme);
        var period = r.Period(CsvTables.Models.Period, false);
        var origin = r.Id(CsvTables.Models.OriginId, MakeModel, false);
        var exemplary = r.Boolean(CsvTables.Models.IsExemplary);
        var committed = r.Id(CsvTables.Models.CommittedToId, MakeUnit, false);
        if (r.Failed || id is not ModelId modelId || owner is not UnitId ownerId || kind is null)
        {
            return;
        }
        modelIndex.TryAdd(modelId.Value, models.Count);
        models.Add(new EmulationModel
        {
            Id = modelId, Name = name, OwnerId = ownerId, Kind = kind, Field = field, Movement = movement, Theme = theme, Period = period,
            OriginId = origin, IsExemplary = exemplary, CommittedToId = committed,
        });
    }

    // A field's parent is given by its code: a built-in field, or another read as a field of that code with no parent.
    private static ModelField? Field(CsvRowReader r)
    {
        var parentCode = r.Text(CsvTables.Models.FieldParent);
        ModelField? parent = null;
        if (!string.IsNullOrWhiteSpace(parentCode))
        {
            parent = ModelField.DanVanKheo.FirstOrDefault(f => string.Equals(f.Code, parentCode, StringComparison.OrdinalIgnoreCase))
                     ?? new ModelField(parentCode, new LocalizedText(parentCode, parentCode));
        }
        var builtIn = parent is null ? ModelField.DanVanKheo : [];
        var field = r.Classifier(CsvTables.Models.Field, builtIn, (c, n) => new ModelField(c, n, parent), false);
        if (field is null && parent is not null && !r.HasAny(CsvTables.Models.Field + 1, CsvTables.Models.Field + 2))
        {
            r.Missing(CsvTables.Models.Field);
        }
        return field;
    }

    private void LifecycleRow(CsvRowReader r)
    {
        var model = Parent(r, CsvTables.ModelLifecycle.ModelId, modelIndex, ModelExpected);
        var stage = r.Code(CsvTables.ModelLifecycle.Stage, InterchangeCodes.Stages, true);
        var date = r.Date(CsvTables.ModelLifecycle.Date, true);
        var note = r.Text(CsvTables.ModelLifecycle.Note);
        if (r.Failed || model is not int position || stage is not LifecycleStage s || date is not LocalDate day)
        {
            return;
        }
        ListOf(lifecycles, position).Add(Pool.Event(s, day, note));
    }

    private void OutcomeRow(CsvRowReader r)
    {
        var model = Parent(r, CsvTables.ModelOutcomes.ModelId, modelIndex, ModelExpected);
        var name = r.RequiredText(CsvTables.ModelOutcomes.Name);
        var quantity = r.Quantity(CsvTables.ModelOutcomes.Quantity, false);
        var unit = r.RequiredText(CsvTables.ModelOutcomes.UnitOfMeasure);
        var date = r.Date(CsvTables.ModelOutcomes.Date, true);
        var money = r.Money(CsvTables.ModelOutcomes.MoneyValue, false);
        if (r.Failed || model is not int position || date is not LocalDate day)
        {
            return;
        }
        ListOf(outcomes, position).Add(new OutcomeIndicator(name, quantity, unit, day) { MoneyValue = money });
    }

    private void FinishModels()
    {
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            if (lifecycles.TryGetValue(i, out var l))
            {
                model = model with { Lifecycle = [.. l] };
            }
            if (outcomes.TryGetValue(i, out var o))
            {
                model = model with { Outcomes = [.. o] };
            }
            builder.AddOne(model);
        }
        models.Clear();
        lifecycles.Clear();
        outcomes.Clear();
    }

    // ----- Pledges and payments -----

    private void PledgeRow(CsvRowReader r)
    {
        var id = r.Id(CsvTables.Pledges.Id, static s => new PledgeId(s), true, pooled: false);
        var pledgerKind = r.Code(CsvTables.Pledges.PledgerKind, InterchangeCodes.PledgerKinds, true);
        var pledgerUnit = r.Id(CsvTables.Pledges.PledgerUnitId, MakeUnit, true);
        var personId = r.Text(CsvTables.Pledges.PersonId);
        var personName = r.Text(CsvTables.Pledges.PersonName);
        var targetKind = r.Choice(CsvTables.Pledges.TargetKind, true, DatasetSchema.Target.Codes);
        PledgeTarget? target = null;
        switch (targetKind)
        {
            case DatasetSchema.Target.ModelCode:
                target = r.Id(CsvTables.Pledges.TargetModelId, MakeModel, true) is ModelId model ? Pool.ModelTarget(model) : null;
                UnusedTarget(r, targetKind, CsvTables.Pledges.TargetModelId);
                break;
            case DatasetSchema.Target.CriteriaCode:
                target = PledgeTarget.ForCriteria(r.RequiredText(CsvTables.Pledges.CriteriaSet));
                UnusedTarget(r, targetKind, CsvTables.Pledges.CriteriaSet);
                break;
            case DatasetSchema.Target.BeneficiaryCode:
                target = PledgeTarget.ForBeneficiary(r.RequiredText(CsvTables.Pledges.Beneficiary));
                UnusedTarget(r, targetKind, CsvTables.Pledges.Beneficiary);
                break;
            case DatasetSchema.Target.HouseholdsCode:
                target = PledgeTarget.ForHouseholds(r.Count(CsvTables.Pledges.PoorHouseholds, false), r.Count(CsvTables.Pledges.NearPoorHouseholds, false));
                UnusedTarget(r, targetKind, CsvTables.Pledges.PoorHouseholds, CsvTables.Pledges.NearPoorHouseholds);
                break;
        }
        var period = r.Period(CsvTables.Pledges.Period, true);
        var registered = r.Date(CsvTables.Pledges.RegisteredOn, false);
        MoneySchedule? schedule = null;
        if (r.HasAny(CsvTables.Pledges.ScheduleAmount, CsvTables.Pledges.ScheduleFrequency, CsvTables.Pledges.ScheduleStart, CsvTables.Pledges.ScheduleMaximumAmount, CsvTables.Pledges.ScheduleEnd))
        {
            var amount = r.Money(CsvTables.Pledges.ScheduleAmount, true);
            var frequency = r.Code(CsvTables.Pledges.ScheduleFrequency, InterchangeCodes.Frequencies, true);
            var start = r.Date(CsvTables.Pledges.ScheduleStart, true);
            var maximum = r.Money(CsvTables.Pledges.ScheduleMaximumAmount, false);
            var end = r.Date(CsvTables.Pledges.ScheduleEnd, false);
            if (amount is Dong a && frequency is ScheduleFrequency f && start is LocalDate s)
            {
                schedule = new MoneySchedule(a, f, s) { MaximumAmount = maximum, End = end };
            }
        }
        PledgeEvaluation? evaluation = null;
        if (r.HasAny(CsvTables.Pledges.EvaluatedOn, CsvTables.Pledges.Rating, CsvTables.Pledges.Score))
        {
            var day = r.Date(CsvTables.Pledges.EvaluatedOn, true);
            var rating = r.Code(CsvTables.Pledges.Rating, InterchangeCodes.Ratings, false);
            var score = r.Count(CsvTables.Pledges.Score, false);
            if (day is LocalDate d)
            {
                evaluation = new PledgeEvaluation(d, rating) { Score = score };
            }
        }
        var cancelled = r.Date(CsvTables.Pledges.CancelledOn, false);
        var note = r.Text(CsvTables.Pledges.Note);
        if (r.Failed || id is not PledgeId pledgeId || pledgerKind is not PledgerKind kind || pledgerUnit is not UnitId unit || target is null || period is not ReportingPeriod p)
        {
            return;
        }
        builder.AddOne(new Pledge
        {
            Id = pledgeId, Pledger = Pool.Pledger(kind, unit, personId, personName), Target = target, Period = p,
            RegisteredOn = registered, Schedule = schedule, Evaluation = evaluation, CancelledOn = cancelled, Note = note,
        });
    }

    private static void UnusedTarget(CsvRowReader r, string kind, params int[] used)
    {
        for (var column = CsvTables.Pledges.TargetModelId; column <= CsvTables.Pledges.NearPoorHouseholds; column++)
        {
            if (Array.IndexOf(used, column) < 0)
            {
                r.Unused(column, kind);
            }
        }
    }

    private void PaymentRow(CsvRowReader r)
    {
        var pledge = r.Id(CsvTables.Payments.PledgeId, static s => new PledgeId(s), true);
        var date = r.Date(CsvTables.Payments.Date, true);
        var amount = r.Money(CsvTables.Payments.Amount, true);
        var reference = r.Text(CsvTables.Payments.Reference);
        if (r.Failed || pledge is not PledgeId id || date is not LocalDate day || amount is not Dong a)
        {
            return;
        }
        builder.AddOne(new PledgePayment(id, day, a) { Reference = reference });
    }

    // ----- Funds and entries -----

    private void FundRow(CsvRowReader r)
    {
        var id = r.Id(CsvTables.Funds.Id, static s => new FundId(s), true);
        var name = r.RequiredText(CsvTables.Funds.Name);
        var owner = r.Id(CsvTables.Funds.OwnerId, MakeUnit, true);
        var purpose = r.Text(CsvTables.Funds.Purpose);
        var model = r.Id(CsvTables.Funds.ModelId, MakeModel, false);
        var inception = r.Date(CsvTables.Funds.InceptionDate, false);
        if (r.Failed || id is not FundId fundId || owner is not UnitId ownerId)
        {
            return;
        }
        builder.AddOne(new Fund { Id = fundId, Name = name, OwnerId = ownerId, Purpose = purpose, ModelId = model, InceptionDate = inception });
    }

    private void EntryRow(CsvRowReader r)
    {
        var kind = r.Code(CsvTables.FundEntries.Kind, InterchangeCodes.EntryKinds, true);
        var fund = r.Id(CsvTables.FundEntries.FundId, static s => new FundId(s), true);
        var date = r.Date(CsvTables.FundEntries.Date, true);
        var covers = r.Period(CsvTables.FundEntries.Covers, false);
        var reference = r.Text(CsvTables.FundEntries.Reference);
        var note = r.Text(CsvTables.FundEntries.Note);
        if (kind is not FundEntryKind k)
        {
            return;
        }
        var code = InterchangeCodes.EntryKinds.CodeOf(k)!;
        FundEntry? entry = null;
        var f = fund ?? default;
        var d = date ?? default;
        switch (k)
        {
            case FundEntryKind.OpeningBalance:
                entry = r.Money(CsvTables.FundEntries.Amount, true) is Dong opening ? new OpeningBalance(f, d, opening) : null;
                Unused(r, code, CsvTables.FundEntries.Amount);
                break;
            case FundEntryKind.Contribution:
                entry = r.Money(CsvTables.FundEntries.Amount, true) is Dong received
                    ? new Contribution(f, d, received) { Contributor = r.Text(CsvTables.FundEntries.Contributor) }
                    : null;
                Unused(r, code, CsvTables.FundEntries.Amount, CsvTables.FundEntries.Contributor);
                break;
            case FundEntryKind.Disbursement:
            {
                var amount = r.Money(CsvTables.FundEntries.Amount, true);
                var purpose = Purpose(r);
                var beneficiaries = Beneficiaries(r);
                entry = amount is Dong paid ? new Disbursement(f, d, paid) { Purpose = purpose, Beneficiaries = beneficiaries } : null;
                Unused(r, code, CsvTables.FundEntries.Amount, CsvTables.FundEntries.Purpose, CsvTables.FundEntries.Purpose + 1, CsvTables.FundEntries.Purpose + 2,
                    CsvTables.FundEntries.BeneficiaryKind, CsvTables.FundEntries.Occurrences, CsvTables.FundEntries.Distinct, CsvTables.FundEntries.Description);
                break;
            }
            case FundEntryKind.LoanDisbursement:
            {
                var principal = r.Money(CsvTables.FundEntries.Principal, true);
                var loanId = r.RequiredText(CsvTables.FundEntries.LoanId);
                var borrower = r.Text(CsvTables.FundEntries.Borrower);
                var term = r.Count(CsvTables.FundEntries.TermMonths, false);
                var purpose = Purpose(r);
                var beneficiaries = Beneficiaries(r);
                entry = principal is Dong lent
                    ? new LoanDisbursement(f, d, lent, loanId) { Borrower = borrower, TermMonths = term, Purpose = purpose, Beneficiaries = beneficiaries }
                    : null;
                Unused(r, code, CsvTables.FundEntries.Principal, CsvTables.FundEntries.LoanId, CsvTables.FundEntries.Borrower, CsvTables.FundEntries.TermMonths,
                    CsvTables.FundEntries.Purpose, CsvTables.FundEntries.Purpose + 1, CsvTables.FundEntries.Purpose + 2,
                    CsvTables.FundEntries.BeneficiaryKind, CsvTables.FundEntries.Occurrences, CsvTables.FundEntries.Distinct, CsvTables.FundEntries.Description);
                break;
            }
            case FundEntryKind.LoanRepayment:
            {
                var amount = r.Money(CsvTables.FundEntries.Amount, true);
                var loanId = r.RequiredText(CsvTables.FundEntries.LoanId);
                entry = amount is Dong repaid ? new LoanRepayment(f, d, repaid, loanId) : null;
                Unused(r, code, CsvTables.FundEntries.Amount, CsvTables.FundEntries.LoanId);
                break;
            }
            case FundEntryKind.InKindReceipt:
            {
                var goods = Goods(r);
                var valuation = Valuation(r);
                entry = goods is null ? null : new InKindReceipt(f, d, goods) { Valuation = valuation };
                Unused(r, code, CsvTables.FundEntries.GoodsName, CsvTables.FundEntries.GoodsQuantity, CsvTables.FundEntries.GoodsUnit,
                    CsvTables.FundEntries.ValuationValue, CsvTables.FundEntries.ValuedOn);
                break;
            }
            case FundEntryKind.InKindDistribution:
            {
                var goods = Goods(r);
                var valuation = Valuation(r);
                var beneficiaries = Beneficiaries(r);
                entry = goods is null ? null : new InKindDistribution(f, d, goods) { Valuation = valuation, Beneficiaries = beneficiaries };
                Unused(r, code, CsvTables.FundEntries.GoodsName, CsvTables.FundEntries.GoodsQuantity, CsvTables.FundEntries.GoodsUnit,
                    CsvTables.FundEntries.ValuationValue, CsvTables.FundEntries.ValuedOn,
                    CsvTables.FundEntries.BeneficiaryKind, CsvTables.FundEntries.Occurrences, CsvTables.FundEntries.Distinct, CsvTables.FundEntries.Description);
                break;
            }
            default:
            {
                var stated = r.Money(CsvTables.FundEntries.StatedBalance, true);
                var at = r.Code(CsvTables.FundEntries.At, InterchangeCodes.BalanceTimes, true);
                entry = stated is Dong balance && at is BalanceTime time ? new BalanceAssertion(f, d, balance, time) : null;
                Unused(r, code, CsvTables.FundEntries.StatedBalance, CsvTables.FundEntries.At);
                break;
            }
        }
        if (r.Failed || entry is null || fund is null || date is null)
        {
            return;
        }
        builder.Add(entry with { Covers = covers, Reference = reference, Note = note });
    }

    // The columns of fund-entries.csv that belong to some kinds only; a value in one the row's kind does not use is reported.
    private static readonly int[] KindColumns =
    [
        CsvTables.FundEntries.Amount, CsvTables.FundEntries.Contributor, CsvTables.FundEntries.Principal, CsvTables.FundEntries.LoanId,
        CsvTables.FundEntries.Borrower, CsvTables.FundEntries.TermMonths, CsvTables.FundEntries.Purpose, CsvTables.FundEntries.Purpose + 1,
        CsvTables.FundEntries.Purpose + 2, CsvTables.FundEntries.BeneficiaryKind, CsvTables.FundEntries.Occurrences, CsvTables.FundEntries.Distinct,
        CsvTables.FundEntries.Description, CsvTables.FundEntries.GoodsName, CsvTables.FundEntries.GoodsQuantity, CsvTables.FundEntries.GoodsUnit,
        CsvTables.FundEntries.ValuationValue, CsvTables.FundEntries.ValuedOn, CsvTables.FundEntries.StatedBalance, CsvTables.FundEntries.At,
    ];

    private static void Unused(CsvRowReader r, string kind, params int[] used)
    {
        foreach (var column in KindColumns)
        {
            if (Array.IndexOf(used, column) < 0)
            {
                r.Unused(column, kind);
            }
        }
    }

    private static DisbursementPurpose? Purpose(CsvRowReader r)
        => r.Classifier(CsvTables.FundEntries.Purpose, DisbursementPurpose.BuiltIn, static (c, n) => new DisbursementPurpose(c, n), false);

    private Beneficiaries? Beneficiaries(CsvRowReader r)
    {
        if (!r.HasAny(CsvTables.FundEntries.BeneficiaryKind, CsvTables.FundEntries.Occurrences, CsvTables.FundEntries.Distinct, CsvTables.FundEntries.Description))
        {
            return null;
        }
        // A spreadsheet user may leave the kind out: the counts are then of people, the model's default.
        var kind = r.Code(CsvTables.FundEntries.BeneficiaryKind, InterchangeCodes.BeneficiaryKinds, false) ?? BeneficiaryKind.People;
        var occurrences = r.Count(CsvTables.FundEntries.Occurrences, false);
        var distinct = r.Count(CsvTables.FundEntries.Distinct, false);
        return Pool.Beneficiaries(occurrences, distinct, kind, r.Text(CsvTables.FundEntries.Description));
    }

    private Goods? Goods(CsvRowReader r)
    {
        var name = r.RequiredText(CsvTables.FundEntries.GoodsName);
        var quantity = r.Quantity(CsvTables.FundEntries.GoodsQuantity, true);
        var unit = r.RequiredText(CsvTables.FundEntries.GoodsUnit);
        return quantity is decimal q ? Pool.Goods(name, q, unit) : null;
    }

    private Valuation? Valuation(CsvRowReader r)
    {
        if (!r.HasAny(CsvTables.FundEntries.ValuationValue, CsvTables.FundEntries.ValuedOn))
        {
            return null;
        }
        var value = r.Money(CsvTables.FundEntries.ValuationValue, true);
        var day = r.Date(CsvTables.FundEntries.ValuedOn, true);
        return value is Dong v && day is LocalDate d ? Pool.Valuation(v, d) : null;
    }

    // ----- Commendations -----

    private void CommendationRow(CsvRowReader r)
    {
        var id = r.Id(CsvTables.Commendations.Id, static s => new CommendationId(s), true, pooled: false);
        var recipientKind = r.Code(CsvTables.Commendations.RecipientKind, InterchangeCodes.RecipientKinds, true);
        var recipientUnit = r.Id(CsvTables.Commendations.RecipientUnitId, MakeUnit, true);
        var recipientName = r.Text(CsvTables.Commendations.RecipientName);
        var title = Title(r);
        var form = r.Classifier(CsvTables.Commendations.Form, AwardForm.BuiltIn, static (c, n) => new AwardForm(c, n), false);
        var level = r.Code(CsvTables.Commendations.Level, InterchangeCodes.Levels, true);
        var body = r.Text(CsvTables.Commendations.AwardingBody);
        var awardedBy = r.Id(CsvTables.Commendations.AwardedById, MakeUnit, false);
        var date = r.Date(CsvTables.Commendations.Date, true);
        var period = r.Period(CsvTables.Commendations.Period, false);
        var decision = r.Text(CsvTables.Commendations.DecisionNumber);
        var model = r.Id(CsvTables.Commendations.ModelId, MakeModel, false);
        var movement = r.Classifier(CsvTables.Commendations.Movement, Movement.BuiltIn, static (c, n) => new Movement(c, n), false);
        if (r.Failed || id is not CommendationId commendationId || recipientKind is not RecipientKind kind || recipientUnit is not UnitId unit
            || level is not AuthorityLevel authority || date is not LocalDate day)
        {
            return;
        }
        builder.AddOne(new Commendation
        {
            Id = commendationId, Recipient = new Recipient(kind, unit) { Name = recipientName }, Title = title, Form = form, Level = authority,
            AwardingBody = body, AwardedById = awardedBy, Date = day, Period = period, DecisionNumber = decision, ModelId = model, Movement = movement,
        });
    }

    // A title's code alone is a built-in title; an app's own needs whom it is for.
    private static EmulationTitle? Title(CsvRowReader r)
    {
        var column = CsvTables.Commendations.Title;
        var named = r.HasAny(column + 1, column + 2);
        var recipients = r.Code(CsvTables.Commendations.TitleRecipients, InterchangeCodes.RecipientKinds, false);
        var code = r.Text(column);
        if (!named && recipients is null && code is not null
            && EmulationTitle.BuiltIn.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known;
        }
        var title = r.Classifier(column, [], (c, n) => new EmulationTitle(c, n, recipients ?? default), false);
        if (title is not null && recipients is null)
        {
            if (!r.Has(CsvTables.Commendations.TitleRecipients))
            {
                r.Missing(CsvTables.Commendations.TitleRecipients);
            }
            return null;
        }
        return title;
    }

    private static List<T> ListOf<T>(Dictionary<int, List<T>> lists, int position)
    {
        if (!lists.TryGetValue(position, out var list))
        {
            lists.Add(position, list = []);
        }
        return list;
    }
}
