using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Units;

public sealed class UnitTreePropertyTests
{
    // A forest as parent indexes: each unit's parent comes earlier in the list, or it is a root, so no cycles.
    private static readonly Arbitrary<int[]> Forests =
        Gen.ListOf(Gen.Choose(0, 1_000_000))
            .Where(draws => draws.Count > 0)
            .Select(draws => draws.Select((d, i) => i == 0 ? -1 : d % (i + 1) - 1).ToArray())
            .ToArbitrary();

    // Any parent links at all, cycles and dangling links included.
    private static readonly Arbitrary<int[]> AnyLinks =
        Gen.ListOf(Gen.Choose(0, 1_000_000))
            .Where(draws => draws.Count > 0)
            .Select(draws => draws.Select(d => d % (draws.Count + 2) - 2).ToArray())
            .ToArbitrary();

    private static Unit[] UnitsOf(int[] parents) => parents
        .Select((p, i) => new Unit
        {
            Id = $"u{i:D3}",
            Name = $"u{i}",
            Kind = UnitKind.Commune,
            ParentId = p == -1 ? (UnitId?)null : p == -2 ? new UnitId("missing") : new UnitId($"u{p:D3}"),
        })
        .Reverse() // input order must not matter
        .ToArray();

    private static List<string> NaiveAncestors(int[] parents, int i)
    {
        var result = new List<string>();
        for (var p = parents[i]; p >= 0; p = parents[p])
        {
            result.Add($"u{p:D3}");
        }
        return result;
    }

    [Property]
    public Property Subtree_membership_levels_and_ancestors_agree_with_walking_the_parent_links()
    {
        return Prop.ForAll(Forests, parents =>
        {
            var tree = UnitTree.Build(UnitsOf(parents), u => u.ParentId);
            for (var i = 0; i < parents.Length; i++)
            {
                var id = new UnitId($"u{i:D3}");
                var ancestors = NaiveAncestors(parents, i);
                if (!tree.AncestorsOf(id).Select(u => u.Id.Value).SequenceEqual(ancestors) || tree.LevelOf(id) != ancestors.Count)
                {
                    return false;
                }
                for (var r = 0; r < parents.Length; r++)
                {
                    var root = $"u{r:D3}";
                    var expected = r == i || ancestors.Contains(root);
                    if (tree.IsInSubtree(id, root) != expected)
                    {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    [Property]
    public Property Descendants_are_exactly_the_units_whose_ancestors_include_the_root()
    {
        return Prop.ForAll(Forests, parents =>
        {
            var tree = UnitTree.Build(UnitsOf(parents), u => u.ParentId);
            for (var r = 0; r < parents.Length; r++)
            {
                var root = $"u{r:D3}";
                var expected = Enumerable.Range(0, parents.Length)
                    .Where(i => NaiveAncestors(parents, i).Contains(root))
                    .Select(i => $"u{i:D3}")
                    .Order(StringComparer.Ordinal);
                var actual = tree.DescendantsOf(root).ToArray().Select(u => u.Id.Value).Order(StringComparer.Ordinal);
                if (!expected.SequenceEqual(actual) || tree.SubtreeSize(root) != expected.Count() + 1)
                {
                    return false;
                }
            }
            return true;
        });
    }

    [Property]
    public Property Root_subtrees_partition_the_units_and_each_unit_precedes_its_descendants()
    {
        return Prop.ForAll(Forests, parents =>
        {
            var tree = UnitTree.Build(UnitsOf(parents), u => u.ParentId);
            var position = tree.PreOrder.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
            return tree.Roots.Sum(r => tree.SubtreeSize(r.Id)) == parents.Length
                && tree.PreOrder.All(u => tree.AncestorsOf(u.Id).All(a => position[a.Id] < position[u.Id]));
        });
    }

    [Property]
    public Property Any_links_give_a_tree_holding_every_unit_once_with_every_cycle_broken()
    {
        return Prop.ForAll(AnyLinks, parents =>
        {
            var tree = UnitTree.Build(UnitsOf(parents), u => u.ParentId);
            var hasCycle = Enumerable.Range(0, parents.Length).Any(start =>
            {
                var seen = new HashSet<int>();
                for (var p = start; p >= 0; p = parents[p])
                {
                    if (!seen.Add(p))
                    {
                        return true;
                    }
                }
                return false;
            });
            return tree.Count == parents.Length
                && tree.PreOrder.Select(u => u.Id).Distinct().Count() == parents.Length
                && tree.Roots.Sum(r => tree.SubtreeSize(r.Id)) == parents.Length
                && (tree.CycleBreaks.Length > 0) == hasCycle;
        });
    }
}
