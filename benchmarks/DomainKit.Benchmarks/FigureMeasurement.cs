using System.Diagnostics;
using DomainKit.Aggregation;
using DomainKit.Submissions;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Benchmarks;

/// <summary>
/// The <c>--figures</c> mode, not BenchmarkDotNet: builds the <see cref="NationalSubmissions"/> of a scale into a
/// <see cref="SubmissionSet"/> and prints the GC heap it holds per figure (the set alone, after a full collection, the
/// map measured before it), then runs the national roll-up and the completeness of the last half-year a few times,
/// checked against the generated figures, and prints each run's time; with <c>DOMAINKIT_FIGURES_DUCKDB=1</c>, DuckDB's
/// same grouping over the same figures too.
/// </summary>
public static class FigureMeasurement
{
    /// <summary>Measures the national submissions at <paramref name="scale"/> (1 is the whole country) and prints what it finds.</summary>
    public static void Run(double scale)
    {
        var map = NationalSubmissions.Map(scale);
        var cells = NationalSubmissions.Cells(map);
        var before = Heap();
        var clock = Stopwatch.StartNew();
        var set = new SubmissionSet(NationalSubmissions.Generate(cells), forms: [NationalSubmissions.Form]);
        var built = clock.Elapsed;
        var after = Heap();
        var figures = (long)cells.Length * NationalSubmissions.Periods.Count * NationalSubmissions.Lines.Count;
        Console.WriteLine($"{cells.Length:N0} Party cells, {set.Submissions.Count:N0} submissions, {figures:N0} figures; generated and built in {built.TotalSeconds:N1} s");
        Console.WriteLine($"  the set holds {after - before:N0} bytes of GC heap = {(double)(after - before) / figures:N1} bytes per figure");

        var engine = new IndicatorEngine(map, set, new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0)));
        var expected = SubmissionRollupBenchmarks.Reference(map);
        for (var i = 0; i < 5; i++)
        {
            var (gen0, gen2) = (GC.CollectionCount(0), GC.CollectionCount(2));
            clock.Restart();
            var table = engine.Run(SubmissionRollupBenchmarks.Query);
            var elapsed = clock.Elapsed;
            (gen0, gen2) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
            BenchmarkChecks.SameRows(expected, SubmissionRollupBenchmarks.Rows(table), "DomainKit's roll-up", "the generated figures");
            Console.WriteLine($"  roll-up of {NationalSubmissions.Period.Id}: {elapsed.TotalMilliseconds:N0} ms ({table.Lines.Length} lines x {table.Columns.Length} columns, checked; {gen0} collections, {gen2} of them full)");
        }
        var completeness = new CompletenessEngine(map, set, new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0)));
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            var table = completeness.Run(new CompletenessQuery { Root = NationalDataset.RootId, FormCode = NationalSubmissions.Form.Code, Period = NationalSubmissions.Period });
            var elapsed = clock.Elapsed;
            BenchmarkChecks.Same(cells.Length, table.Total.Expected, "Completeness (expected)", "the number of Party cells");
            BenchmarkChecks.Same(cells.Length, table.Total.Filed, "Completeness (filed)", "the number of Party cells");
            Console.WriteLine($"  completeness of {NationalSubmissions.Period.Id}: {elapsed.TotalMilliseconds:N0} ms ({table.Total.Filed:N0} filed, {table.Total.Late:N0} late)");
        }
        GC.KeepAlive(set);

        if (Environment.GetEnvironmentVariable("DOMAINKIT_FIGURES_DUCKDB") == "1")
        {
            // The peer, timed the same way: the figures generated again into DuckDB, the same grouping run and checked.
            var (provinces, provinceOf) = SubmissionRollupBenchmarks.Provinces(map);
            clock.Restart();
            using var duckDb = DuckDbFigures.Load(NationalSubmissions.Generate(cells), provinces, provinceOf);
            Console.WriteLine($"  DuckDB loaded {figures:N0} figures in {clock.Elapsed.TotalSeconds:N1} s");
            for (var i = 0; i < 5; i++)
            {
                clock.Restart();
                var rows = duckDb.Rollup(NationalSubmissions.Period);
                var elapsed = clock.Elapsed;
                BenchmarkChecks.SameRows(expected, rows, "DuckDB's roll-up", "the generated figures");
                Console.WriteLine($"  DuckDB roll-up of {NationalSubmissions.Period.Id}: {elapsed.TotalMilliseconds:N0} ms ({rows.Count} rows, checked)");
            }
        }
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
