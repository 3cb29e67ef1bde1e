using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;

namespace DomainKit.Benchmarks;

/// <summary>
/// The national roll-up of fund flows by province × month × entry kind over the year 2023, on the same
/// <see cref="NationalDataset"/>: plain LINQ over the object model, SQLite in memory with a closure table, and
/// the floor that memory bandwidth sets, a bare sequential sum over a <c>long[]</c> of the amounts of the same
/// entries (those the roll-up sums: dated in 2023, with a money amount).
/// </summary>
[MemoryDiagnoser]
public class FundFlowRollupBenchmarks
{
    private Dataset dataset = Dataset.Empty;
    private long[] amounts = [];
    private SqliteNationalDatabase? sqlite;
    private ReportEngine? engine;

    private static readonly ReportQuery Query = DomainKitFundFlowRollup.Query(Period);

    /// <summary>The period rolled up.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Year(2023);

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
        var entries = NationalDataset.Generate(Scale).FundEntries;
        var inPeriod = new List<long>(entries.Count / 4);
        foreach (var entry in entries)
        {
            if (Period.Contains(entry.Date) && EntryAmount.Of(entry) is long amount)
            {
                inPeriod.Add(amount);
            }
        }
        amounts = [.. inPeriod];
    }

    [GlobalSetup(Target = nameof(LinqRollup))]
    public void SetupLinq() => dataset = NationalDataset.Cached(Scale);

    [GlobalSetup(Target = nameof(SqliteRollup))]
    public void SetupSqlite() => sqlite = SqliteNationalDatabase.Load(NationalDataset.Cached(Scale), funds: true, pledges: false);

    [GlobalCleanup]
    public void Cleanup() => sqlite?.Dispose();

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

    [GlobalSetup(Target = nameof(DomainKitRollup))]
    public void SetupDomainKit()
    {
        dataset = NationalDataset.Cached(Scale);
        engine = new ReportEngine(dataset);
    }

    /// <summary>DomainKit's report engine: the whole table, with subtotals by province and the total.</summary>
    [Benchmark]
    public int DomainKitRollup() => engine!.Run(Query).Rows.Length;
}
