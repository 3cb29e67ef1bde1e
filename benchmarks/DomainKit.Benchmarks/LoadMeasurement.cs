using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using DomainKit.Data;
using DomainKit.Interchange;
using DuckDB.NET.Data;

namespace DomainKit.Benchmarks;

/// <summary>
/// <c>--load-full</c>: writes the national dataset at a scale as a JSON file and a zipped CSV bundle (and unzips the
/// bundle's files beside them), then loads each in a process of its own (<c>--load &lt;file&gt;</c>) and prints the
/// time, records per second, the loaded dataset's GC heap (in all and per fund entry, and that of its fund entries
/// alone) and the process's peak working set, so that the peak is the reader's alone. Then DuckDB, the peer, reads the
/// bundle's own CSV files with <c>read_csv</c> into tables, on every core, in a process of its own
/// (<c>--load-duckdb &lt;folder&gt;</c>); its time is printed only once the rows it read, file by file, are checked to
/// be the rows DomainKit kept. Not BenchmarkDotNet: one cold run each.
/// </summary>
internal static class LoadMeasurement
{
    public static long Records(Dataset dataset)
        => (long)dataset.Units.Length + dataset.Models.Length + dataset.Pledges.Length + dataset.Payments.Length
            + dataset.Funds.Length + dataset.FundEntries.Count + dataset.Commendations.Length;

    /// <summary>The rows each file of a bundle of <paramref name="dataset"/> holds: the records and the parts of records it keeps.</summary>
    public static IReadOnlyDictionary<string, long> RowsPerFile(Dataset dataset) => new Dictionary<string, long>
    {
        ["units.csv"] = dataset.Units.Length,
        ["unit-successors.csv"] = dataset.Units.Sum(u => (long)u.Successors.Length),
        ["unit-parent-changes.csv"] = dataset.Units.Sum(u => (long)u.ParentChanges.Length),
        ["unit-territory-changes.csv"] = dataset.Units.Sum(u => (long)u.TerritoryChanges.Length),
        ["unit-head-counts.csv"] = dataset.Units.Sum(u => (long)u.HeadCounts.Length),
        ["models.csv"] = dataset.Models.Length,
        ["model-lifecycle.csv"] = dataset.Models.Sum(m => (long)m.Lifecycle.Length),
        ["model-outcomes.csv"] = dataset.Models.Sum(m => (long)m.Outcomes.Length),
        ["pledges.csv"] = dataset.Pledges.Length,
        ["payments.csv"] = dataset.Payments.Length,
        ["funds.csv"] = dataset.Funds.Length,
        ["fund-entries.csv"] = dataset.FundEntries.Count,
        ["commendations.csv"] = dataset.Commendations.Length,
    };

    public static void WriteAndLoad(double scale, string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, $"national-{scale.ToString(CultureInfo.InvariantCulture)}.json");
        var bundle = Path.Combine(folder, $"national-{scale.ToString(CultureInfo.InvariantCulture)}.zip");
        var unzipped = Path.Combine(folder, $"national-{scale.ToString(CultureInfo.InvariantCulture)}-csv");
        if (!File.Exists(json) || !File.Exists(bundle))
        {
            var clock = Stopwatch.StartNew();
            var dataset = NationalDataset.Generate(scale);
            Console.WriteLine($"Scale {scale}: {dataset}; {Records(dataset):N0} records; generated in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            using (var file = File.Create(json))
            {
                DatasetJson.WriteAsync(dataset, file).GetAwaiter().GetResult();
            }
            Console.WriteLine($"JSON written in {clock.Elapsed.TotalSeconds:F1} s: {new FileInfo(json).Length:N0} bytes");
            clock.Restart();
            using (var file = File.Create(bundle))
            {
                CsvBundle.WriteZipAsync(dataset, file).GetAwaiter().GetResult();
            }
            Console.WriteLine($"CSV bundle written in {clock.Elapsed.TotalSeconds:F1} s: {new FileInfo(bundle).Length:N0} bytes");
            if (Directory.Exists(unzipped))
            {
                Directory.Delete(unzipped, recursive: true);
            }
        }
        if (!Directory.Exists(unzipped))
        {
            // DuckDB reads the bundle's own files, unzipped: its best case, with nothing to inflate.
            ZipFile.ExtractToDirectory(bundle, unzipped);
        }
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; .NET {Environment.Version}; default GC settings (workstation, concurrent)");
        Run("--load", Generated + scale.ToString(CultureInfo.InvariantCulture));
        Run("--load", json);
        Run("--load", bundle);
        Run("--load-duckdb", unzipped, bundle + ".rows");
    }

    private static void Run(params string[] arguments)
    {
        using var child = Process.Start(new ProcessStartInfo("dotnet", [typeof(LoadMeasurement).Assembly.Location, .. arguments]) { UseShellExecute = false })!;
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            Console.WriteLine($"  ({string.Join(' ', arguments)} failed with exit code {child.ExitCode})");
        }
    }

    /// <summary>The "path" that stands for the dataset generated in memory at a scale, measured as a loaded one is.</summary>
    public const string Generated = "generated:";

    public static void Load(string path)
    {
        var before = GC.GetTotalMemory(true);
        var held = new Held();
        var elapsed = LoadInto(path, held);
        var (records, fundEntries, problems, rows) = Summarize(held);
        var heap = GC.GetTotalMemory(true) - before;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(path.StartsWith(Generated, StringComparison.Ordinal)
            ? $"generated in memory: {records:N0} records in {elapsed.TotalSeconds:F1} s (generating and building, for comparison)"
            : $"{Path.GetFileName(path)} ({new FileInfo(path).Length:N0} bytes): {records:N0} records in {elapsed.TotalSeconds:F1} s = "
                + $"{records / elapsed.TotalSeconds:N0} records/s; {problems} problems");
        Console.WriteLine($"  dataset heap {heap:N0} bytes = {(double)heap / fundEntries:F1} bytes per fund entry (the whole dataset: units, models, pledges and entries, over its {fundEntries:N0} fund entries); "
            + $"peak working set {peak:N0} bytes = {(double)peak / heap:F2} x the dataset");
        // The fund entries alone: everything else let go, the ledger kept.
        KeepEntriesOnly(held);
        var entriesHeap = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"  the fund entries alone (the rest let go): {entriesHeap:N0} bytes = {(double)entriesHeap / fundEntries:F1} bytes per fund entry");
        GC.KeepAlive(held);
        if (path.EndsWith(CsvBundle.ZipExtension, StringComparison.OrdinalIgnoreCase))
        {
            // What DuckDB must read from the same files, for its own run to be checked against.
            File.WriteAllLines(path + ".rows", rows.Select(r => $"{r.Key}\t{r.Value}"));
        }
    }

    // Each in a method of its own, so that no local of the caller holds the dataset (a method run once is not optimised).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Records, int FundEntries, int Problems, IReadOnlyDictionary<string, long> Rows) Summarize(Held held)
        => (Records(held.Result!.Dataset), held.Result.Dataset.FundEntries.Count, held.Result.Problems.Length, RowsPerFile(held.Result.Dataset));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KeepEntriesOnly(Held held)
    {
        held.Entries = held.Result!.Dataset.FundEntries;
        held.Result = null;
    }

    private sealed class Held
    {
        public ImportResult? Result { get; set; }

        public IReadOnlyList<Funds.FundEntry>? Entries { get; set; }
    }

    // In a method of its own, so that nothing of the reading but its result outlives it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TimeSpan LoadInto(string path, Held held)
    {
        var clock = Stopwatch.StartNew();
        // The whole country is past the readers' default limits, which hold a province's data many times over.
        var options = ImportOptions.Default with { MaxRecords = long.MaxValue, MaxBundleBytes = long.MaxValue };
        held.Result = path.StartsWith(Generated, StringComparison.Ordinal)
            ? new ImportResult(NationalDataset.Generate(double.Parse(path[Generated.Length..], CultureInfo.InvariantCulture)), [], 0, 0)
            : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? DatasetJson.ReadFileAsync(path, options).GetAwaiter().GetResult()
                : CsvBundle.ReadAsync(path, options).GetAwaiter().GetResult();
        clock.Stop();
        return clock.Elapsed;
    }

    /// <summary>
    /// DuckDB reads every CSV file of the unzipped bundle into a table of its own with <c>read_csv</c> (types detected,
    /// header row), on all cores; the rows of each table are then checked against what DomainKit kept of that file
    /// (<paramref name="expectedRows"/>, written by the DomainKit run of the zip) before anything is printed.
    /// </summary>
    public static void LoadWithDuckDb(string folder, string expectedRows)
    {
        var expected = File.ReadAllLines(expectedRows).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        var files = Directory.GetFiles(folder, "*.csv").OrderBy(f => f, StringComparer.Ordinal).ToList();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var threads = connection.CreateCommand())
        {
            threads.CommandText = "SELECT current_setting('threads')";
            Console.WriteLine($"DuckDB {connection.ServerVersion}, {threads.ExecuteScalar()} threads, reading the {files.Count} unzipped CSV files of the bundle into tables:");
        }
        var clock = Stopwatch.StartNew();
        var tables = new List<(string File, string Table)>();
        foreach (var file in files)
        {
            var table = "t_" + Path.GetFileNameWithoutExtension(file).Replace('-', '_');
            using var command = connection.CreateCommand();
            // A file with a header and no rows gives DuckDB nothing to detect types from: its columns are read as text.
            var empty = expected.GetValueOrDefault(Path.GetFileName(file)) == 0;
            command.CommandText = $"CREATE TABLE {table} AS SELECT * FROM read_csv('{file.Replace("'", "''")}', header = true{(empty ? ", all_varchar = true" : "")})";
            command.ExecuteNonQuery();
            tables.Add((Path.GetFileName(file), table));
        }
        clock.Stop();
        var mismatches = new List<string>();
        long rows = 0;
        foreach (var (file, table) in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {table}";
            var read = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            rows += read;
            if (!expected.TryGetValue(file, out var kept) || kept != read)
            {
                mismatches.Add($"{file}: DuckDB {read:N0} rows, DomainKit kept {(expected.TryGetValue(file, out var k) ? k.ToString("N0", CultureInfo.InvariantCulture) : "none")}");
            }
        }
        if (mismatches.Count > 0 || tables.Count != expected.Count)
        {
            Console.WriteLine($"  DuckDB did not read what DomainKit kept, so its time is not given: {string.Join("; ", mismatches)}");
            Environment.ExitCode = 1;
            return;
        }
        var records = expected["units.csv"] + expected["models.csv"] + expected["pledges.csv"] + expected["payments.csv"] + expected["funds.csv"]
            + expected["fund-entries.csv"] + expected["commendations.csv"];
        Console.WriteLine($"  rows per file equal to those DomainKit kept: {rows:N0} rows ({records:N0} records) in {clock.Elapsed.TotalSeconds:F1} s = "
            + $"{rows / clock.Elapsed.TotalSeconds:N0} rows/s = {records / clock.Elapsed.TotalSeconds:N0} records/s; "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64:N0} bytes");
    }
}
