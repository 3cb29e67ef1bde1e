using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>
/// A provincial report with every built-in measure (models, money flows and stocks, beneficiaries, pledges,
/// participation, commendations) by commune, for the year 2023, on the largest province of a
/// <see cref="NationalDataset"/>. DomainKit only: the peers' equivalent of every measure would be a second
/// implementation of the engine.
/// </summary>
[MemoryDiagnoser]
public class ProvincialReportBenchmarks
{
    private ReportEngine? engine;
    private ReportQuery? query;

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The dataset's scale (1 is the whole country).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dataset = NationalDataset.Cached(Scale);
        engine = new ReportEngine(dataset);
        query = Query(dataset);
    }

    /// <summary>Every built-in measure by commune of the province with the most units.</summary>
    public static ReportQuery Query(Dataset dataset)
    {
        var tree = dataset.OrganisationTree;
        var province = tree.ChildrenOf(NationalDataset.RootId).MaxBy(p => tree.SubtreeSize(p.Id))!;
        return new ReportQuery
        {
            Root = province.Id,
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [.. Measure.BuiltIn],
        };
    }

    /// <summary>The whole report: one row per commune, the total, and the metadata.</summary>
    [Benchmark]
    public int ProvincialReport() => engine!.Run(query!).Rows.Length;
}
