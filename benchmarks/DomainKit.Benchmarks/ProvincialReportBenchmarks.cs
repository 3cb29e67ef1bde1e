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
        Check(dataset, ProvincialReport(), query);
    }

    /// <summary>
    /// Checks a report of <see cref="Query"/> against totals known without the engine: one row per commune of the
    /// province, the year's contributions of the province's funds from their ledgers, the pledges of its units.
    /// </summary>
    public static void Check(Dataset dataset, ReportTable table, ReportQuery query)
    {
        var tree = dataset.OrganisationTree;
        BenchmarkChecks.Same(tree.ChildrenOf(query.Root).Count, table.Rows.Length, "The provincial report's rows", "the number of the province's communes");
        var contributions = dataset.Ledgers
            .Where(l => l.Fund is { } fund && tree.IsInSubtree(fund.OwnerId, query.Root))
            .SelectMany(l => l.Entries)
            .Where(e => e is Funds.Contribution && query.Period.Contains(e.Date))
            .Sum(e => ((Funds.Contribution)e).Amount.Value);
        BenchmarkChecks.Same(contributions, table.ValueOf(table.Total, Measure.Contributions).Money?.Value ?? 0, "The report's contributions", "the sum of the province's ledgers");
        var pledges = dataset.Pledges.LongCount(p => p.Pledger is { } pledger && tree.IsInSubtree(pledger.UnitId, query.Root) && p.Period.Overlaps(query.Period));
        BenchmarkChecks.Same(pledges, table.ValueOf(table.Total, Measure.Pledges).Count ?? 0, "The report's pledges", "the pledges of the province's units");
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
    public ReportTable ProvincialReport() => engine!.Run(query!);
}
