using BenchmarkDotNet.Attributes;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>
/// Subtree membership through the tree's index against walking parent links: each of the country's 50,000
/// Party cells (cell, base Party organisation, commune, province, root) tested against its own province.
/// </summary>
public class UnitTreeBenchmarks
{
    private UnitTree tree = null!;
    private Dictionary<UnitId, Unit> byId = null!;
    private (UnitId Cell, UnitId Province)[] pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        // The full hierarchy without models, pledges or ledgers.
        var dataset = NationalDataset.Generate(NationalSize.Full with { Models = 0, Pledges = 0, FundEntries = 0 });
        tree = dataset.OrganisationTree;
        byId = dataset.Units.ToDictionary(u => u.Id);
        pairs = [.. dataset.Units
            .Where(u => u.Kind == UnitKind.PartyCell)
            .Select(u => (u.Id, LinqFundFlowRollup.ProvinceOf(byId, u.Id)!.Value))];
        // Every cell lies under its own province, and both ways must say so for each of them.
        BenchmarkChecks.Same(pairs.Length, WalkParentLinks(), "Walking parent links", "the number of Party cells");
        BenchmarkChecks.Same(pairs.Length, IsInSubtree(), "The tree's subtree test", "the number of Party cells");
    }

    [Benchmark(Baseline = true)]
    public int WalkParentLinks()
    {
        var count = 0;
        foreach (var (cell, province) in pairs)
        {
            for (var u = byId[cell]; ; u = byId[u.ParentId!.Value])
            {
                if (u.Id == province)
                {
                    count++;
                    break;
                }
                if (u.ParentId is null)
                {
                    break;
                }
            }
        }
        return count;
    }

    [Benchmark]
    public int IsInSubtree()
    {
        var count = 0;
        foreach (var (cell, province) in pairs)
        {
            if (tree.IsInSubtree(cell, province))
            {
                count++;
            }
        }
        return count;
    }
}
