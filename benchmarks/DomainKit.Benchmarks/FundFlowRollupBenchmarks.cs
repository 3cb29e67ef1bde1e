using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;

namespace DomainKit.Benchmarks;

/// <summary>
/// The national roll-up of fund flows by province × month × entry kind over the year 2023, on the same
/// <see cref="NationalDataset"/>: plain LINQ over the object model, SQLite in memory with a closure table, DuckDB in
/// memory with the fund → province map as a table, and the floor that memory bandwidth sets, a bare sequential sum
/// over a <c>long[]</c> of the amounts of the same entries (those the roll-up sums: dated in 2023, with a money amount).
/// Every set-up first runs what it times and checks it against plain LINQ (the floor: its sum against LINQ's total).
/// </summary>
[MemoryDiagnoser]
public class FundFlowRollupBenchmarks
{
    private long[] amounts = [];
    private SqliteNationalDatabase? sqlite;
    private DuckDbNationalDatabase? duckDb;
    private ReportEngine? engine;
    private Dataset dataset = Dataset.Empty;

    /// <summary>The period rolled up.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Year(2023);

    // A property, not a field initialised beside Period: a static field initialised before Period would read it unset
    // (default, the single day 0001-01-01) and time an empty query.
    private static ReportQuery Query => DomainKitFundFlowRollup.Query(Period);

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The dataset's scale (1 is the whole country, 20,000,000 fund entries).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    // BenchmarkDotNet runs each benchmark in its own process, so each sets up only what it uses.
    // The floor's process keeps only the amounts: BenchmarkDotNet's forced collections between iterations then
    // need not trace the whole dataset.
    [GlobalSetup(Target = nameof(BareSum))]
    public void SetupBareSum()
    {
        var generated = NationalDataset.Generate(Scale);
        var inPeriod = new List<long>(generated.FundEntries.Count / 4);
        foreach (var entry in generated.FundEntries)
        {
            if (Period.Contains(entry.Date) && EntryAmount.Of(entry) is long amount)
            {
                inPeriod.Add(amount);
            }
        }
        amounts = [.. inPeriod];
        BenchmarkChecks.Same(LinqFundFlowRollup.Run(generated, Period).Sum(r => r.Amount), BareSum(), "The bare sum", "LINQ's total");
    }

    [GlobalSetup(Target = nameof(LinqRollup))]
    public void SetupLinq()
    {
        dataset = NationalDataset.Cached(Scale);
        BenchmarkChecks.SameRows(DomainKitFundFlowRollup.Run(dataset, Period), LinqRollup(), "LINQ", "DomainKit");
    }

    [GlobalSetup(Target = nameof(SqliteRollup))]
    public void SetupSqlite()
    {
        var data = NationalDataset.Cached(Scale);
        sqlite = SqliteNationalDatabase.Load(data, funds: true, pledges: false);
        BenchmarkChecks.SameRows(LinqFundFlowRollup.Run(data, Period), SqliteRollup(), "SQLite", "LINQ");
    }

    [GlobalSetup(Target = nameof(DuckDbRollup))]
    public void SetupDuckDb()
    {
        var data = NationalDataset.Cached(Scale);
        duckDb = DuckDbNationalDatabase.Load(data);
        BenchmarkChecks.SameRows(LinqFundFlowRollup.Run(data, Period), DuckDbRollup(), "DuckDB", "LINQ");
    }

    [GlobalSetup(Target = nameof(DomainKitRollup))]
    public void SetupDomainKit()
    {
        dataset = NationalDataset.Cached(Scale);
        engine = new ReportEngine(dataset);
        BenchmarkChecks.SameRows(LinqFundFlowRollup.Run(dataset, Period), DomainKitFundFlowRollup.Rows(engine.Run(Query)), "DomainKit", "LINQ");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        sqlite?.Dispose();
        duckDb?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public long BareSum()
    {
        long sum = 0;
        foreach (var amount in amounts)
        {
            sum += amount;
        }
        return sum;
    }

    [Benchmark]
    public List<FundFlowRow> LinqRollup() => LinqFundFlowRollup.Run(dataset, Period);

    [Benchmark]
    public List<FundFlowRow> SqliteRollup() => sqlite!.Rollup(Period);

    [Benchmark]
    public List<FundFlowRow> DuckDbRollup() => duckDb!.Rollup(Period);

    /// <summary>DomainKit's report engine: the whole table, with subtotals by province and the total.</summary>
    [Benchmark]
    public ReportTable DomainKitRollup() => engine!.Run(Query);
}
