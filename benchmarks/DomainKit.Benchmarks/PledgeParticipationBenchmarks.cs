using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;

namespace DomainKit.Benchmarks;

/// <summary>
/// Pledge participation by commune in 2023 (individual pledges over eligible members summed over the commune's
/// Party cells) on the same <see cref="NationalDataset"/>: plain LINQ over the object model and SQLite in memory
/// with a closure table. Every set-up first runs what it times and checks it against plain LINQ.
/// </summary>
[MemoryDiagnoser]
public class PledgeParticipationBenchmarks
{
    private Dataset dataset = Dataset.Empty;
    private SqliteNationalDatabase? sqlite;
    private ReportEngine? engine;

    /// <summary>The period measured.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Year(2023);

    // A property, so that it reads Period once Period is set (see FundFlowRollupBenchmarks).
    private static ReportQuery Query => DomainKitPledgeParticipation.Query(Period);

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The dataset's scale (1 is the whole country, 5,000,000 pledges).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    [GlobalSetup(Target = nameof(LinqParticipation))]
    public void SetupLinq()
    {
        dataset = NationalDataset.Cached(Scale);
        BenchmarkChecks.SameRows(DomainKitPledgeParticipation.Run(dataset, Period), LinqParticipation(), "LINQ", "DomainKit");
    }

    [GlobalSetup(Target = nameof(SqliteParticipation))]
    public void SetupSqlite()
    {
        var data = NationalDataset.Cached(Scale);
        sqlite = SqliteNationalDatabase.Load(data, funds: false, pledges: true);
        BenchmarkChecks.SameRows(LinqPledgeParticipation.Run(data, Period), SqliteParticipation(), "SQLite", "LINQ");
    }

    [GlobalSetup(Target = nameof(DomainKitParticipation))]
    public void SetupDomainKit()
    {
        dataset = NationalDataset.Cached(Scale);
        engine = new ReportEngine(dataset);
        BenchmarkChecks.SameRows(LinqPledgeParticipation.Run(dataset, Period), DomainKitPledgeParticipation.Rows(engine.Run(Query)), "DomainKit", "LINQ");
    }

    [GlobalCleanup]
    public void Cleanup() => sqlite?.Dispose();

    [Benchmark(Baseline = true)]
    public List<ParticipationRow> LinqParticipation() => LinqPledgeParticipation.Run(dataset, Period);

    [Benchmark]
    public List<ParticipationRow> SqliteParticipation() => sqlite!.Participation(Period);

    /// <summary>DomainKit's report engine: registered, eligible and the exact rate by commune, with the total.</summary>
    [Benchmark]
    public ReportTable DomainKitParticipation() => engine!.Run(Query);
}
