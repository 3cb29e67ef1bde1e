using BenchmarkDotNet.Attributes;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>Subtree membership through the tree's index against walking parent links, on 100,000 units.</summary>
public class UnitTreeBenchmarks
{
    private UnitTree tree = null!;
    private Dictionary<UnitId, Unit> byId = null!;
    private UnitId[] leaves = [];
    private readonly UnitId root = new("p0");

    [GlobalSetup]
    public void Setup()
    {
        var dataset = SyntheticDataset.Generate(1, 1_000, 99, 0, 0);
        tree = dataset.OrganisationTree;
        byId = dataset.Units.ToDictionary(u => u.Id);
        leaves = dataset.Units.Where(u => u.Kind == UnitKind.PartyCell).Select(u => u.Id).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int WalkParentLinks()
    {
        var count = 0;
        foreach (var leaf in leaves)
        {
            for (var u = byId[leaf]; ; u = byId[u.ParentId!.Value])
            {
                if (u.Id == root)
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
        foreach (var leaf in leaves)
        {
            if (tree.IsInSubtree(leaf, root))
            {
                count++;
            }
        }
        return count;
    }
}
