using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;

namespace DomainKit.Benchmarks;

/// <summary>
/// Pledge participation by commune in 2023 (individual pledges over eligible members summed over the commune's
/// Party cells) on the same <see cref="NationalDataset"/>: plain LINQ over the object model and SQLite in memory
/// with a closure table.
/// </summary>
[MemoryDiagnoser]
public class PledgeParticipationBenchmarks
{
    private Dataset dataset = Dataset.Empty;
    private SqliteNationalDatabase? sqlite;
    private ReportEngine? engine;

    private static readonly ReportQuery Query = DomainKitPledgeParticipation.Query(Period);

    /// <summary>The period measured.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Year(2023);

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The dataset's scale (1 is the whole country, 5,000,000 pledges).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    [GlobalSetup(Target = nameof(LinqParticipation))]
    public void SetupLinq() => dataset = NationalDataset.Cached(Scale);

    [GlobalSetup(Target = nameof(SqliteParticipation))]
    public void SetupSqlite() => sqlite = SqliteNationalDatabase.Load(NationalDataset.Cached(Scale), funds: false, pledges: true);

    [GlobalCleanup]
    public void Cleanup() => sqlite?.Dispose();

    [Benchmark(Baseline = true)]
    public List<ParticipationRow> LinqParticipation() => LinqPledgeParticipation.Run(dataset, Period);

    [Benchmark]
    public List<ParticipationRow> SqliteParticipation() => sqlite!.Participation(Period);

    [GlobalSetup(Target = nameof(DomainKitParticipation))]
    public void SetupDomainKit()
    {
        dataset = NationalDataset.Cached(Scale);
        engine = new ReportEngine(dataset);
    }

    /// <summary>DomainKit's report engine: registered, eligible and the exact rate by commune, with the total.</summary>
    [Benchmark]
    public int DomainKitParticipation() => engine!.Run(Query).Rows.Length;
}
