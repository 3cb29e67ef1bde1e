using DomainKit.Units;

namespace DomainKit.Tests.Units;

public sealed class UnitTreeTests
{
    private static Unit U(string id, string? parent = null, string? territory = null) => new()
    {
        Id = id,
        Name = id,
        Kind = UnitKind.PartyCommittee,
        ParentId = parent is null ? (UnitId?)null : new UnitId(parent),
        TerritoryId = territory is null ? (UnitId?)null : new UnitId(territory),
    };

    private static readonly Unit[] Province =
    [
        U("tinh-uy"),
        U("huyen-uy-bu-dang", "tinh-uy"),
        U("huyen-uy-loc-ninh", "tinh-uy"),
        U("tcsd-01", "huyen-uy-loc-ninh"),
        U("tcsd-02", "huyen-uy-loc-ninh"),
        U("chi-bo-01", "tcsd-01"),
    ];

    [Fact]
    public void Root_is_the_unit_without_a_parent_and_sits_at_level_zero()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.Equal(["tinh-uy"], tree.Roots.Select(u => u.Id.Value));
        Assert.Equal(0, tree.LevelOf("tinh-uy"));
        Assert.Equal(1, tree.LevelOf("huyen-uy-bu-dang"));
        Assert.Equal(3, tree.LevelOf("chi-bo-01"));
    }

    [Fact]
    public void Ancestors_come_nearest_first()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.Equal(["tcsd-01", "huyen-uy-loc-ninh", "tinh-uy"], tree.AncestorsOf("chi-bo-01").Select(u => u.Id.Value));
        Assert.Empty(tree.AncestorsOf("tinh-uy"));
    }

    [Fact]
    public void Children_keep_the_order_they_were_given_in()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.Equal(["tcsd-01", "tcsd-02"], tree.ChildrenOf("huyen-uy-loc-ninh").Select(u => u.Id.Value));
        Assert.Empty(tree.ChildrenOf("chi-bo-01"));
    }

    [Fact]
    public void Descendants_are_the_subtree_in_pre_order()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.Equal(["tcsd-01", "chi-bo-01", "tcsd-02"], tree.DescendantsOf("huyen-uy-loc-ninh").ToArray().Select(u => u.Id.Value));
        Assert.Equal(["huyen-uy-loc-ninh", "tcsd-01", "chi-bo-01", "tcsd-02"], tree.DescendantsOf("huyen-uy-loc-ninh", includeSelf: true).ToArray().Select(u => u.Id.Value));
        Assert.Equal(4, tree.SubtreeSize("huyen-uy-loc-ninh"));
    }

    [Fact]
    public void Subtree_membership_follows_the_parent_links()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.True(tree.IsInSubtree("chi-bo-01", "tinh-uy"));
        Assert.True(tree.IsInSubtree("chi-bo-01", "huyen-uy-loc-ninh"));
        Assert.True(tree.IsInSubtree("chi-bo-01", "chi-bo-01"));
        Assert.False(tree.IsInSubtree("chi-bo-01", "huyen-uy-bu-dang"));
        Assert.False(tree.IsInSubtree("tinh-uy", "chi-bo-01"));
        Assert.False(tree.IsInSubtree("unknown", "tinh-uy"));
    }

    [Fact]
    public void A_territory_tree_can_differ_from_the_organisational_tree()
    {
        Unit[] units =
        [
            U("tinh-binh-phuoc"),
            U("huyen-bu-dop", null, "tinh-binh-phuoc"),
            U("hoi-phu-nu-xa", "huyen-uy-bu-dop", "huyen-bu-dop"),
            U("huyen-uy-bu-dop", null, "huyen-bu-dop"),
        ];

        var organisation = UnitTree.Build(units, u => u.ParentId);
        var territory = UnitTree.Build(units, u => u.TerritoryId);

        Assert.True(organisation.IsInSubtree("hoi-phu-nu-xa", "huyen-uy-bu-dop"));
        Assert.False(organisation.IsInSubtree("hoi-phu-nu-xa", "tinh-binh-phuoc"));
        Assert.True(territory.IsInSubtree("hoi-phu-nu-xa", "tinh-binh-phuoc"));
    }

    [Fact]
    public void A_parent_that_does_not_exist_makes_the_unit_a_root_and_is_listed()
    {
        var tree = UnitTree.Build([U("a"), U("b", "missing")], u => u.ParentId);

        Assert.Equal(["a", "b"], tree.Roots.Select(u => u.Id.Value));
        Assert.Equal(["b"], tree.UnresolvedLinks.Select(id => id.Value));
    }

    [Fact]
    public void A_cycle_is_broken_at_its_smallest_id_whatever_the_input_order()
    {
        Unit[] units = [U("c", "a"), U("b", "c"), U("a", "b"), U("d", "b")];

        var forward = UnitTree.Build(units, u => u.ParentId);
        var backward = UnitTree.Build(units.Reverse(), u => u.ParentId);

        Assert.Equal(["a"], forward.CycleBreaks.Select(id => id.Value));
        Assert.Equal(["a"], backward.CycleBreaks.Select(id => id.Value));
        Assert.Equal(4, forward.Count);
        Assert.Equal(["b", "c", "a"], forward.AncestorsOf("d").Select(u => u.Id.Value));
        Assert.Equal(["b", "c", "a"], backward.AncestorsOf("d").Select(u => u.Id.Value));
        Assert.Equal(0, forward.LevelOf("a"));
    }

    [Fact]
    public void A_unit_that_names_itself_as_parent_is_a_cycle_of_one()
    {
        var tree = UnitTree.Build([U("a", "a")], u => u.ParentId);

        Assert.Single(tree.Roots);
        Assert.Equal(["a"], tree.CycleBreaks.Select(id => id.Value));
        Assert.Empty(tree.UnresolvedLinks);
    }

    [Fact]
    public void A_repeated_id_keeps_the_first_unit()
    {
        var first = U("a");
        var tree = UnitTree.Build([first, U("a", "b"), U("b")], u => u.ParentId);

        Assert.Equal(2, tree.Count);
        Assert.Same(first, tree.Find("a"));
    }

    [Fact]
    public void A_chain_of_two_hundred_thousand_units_builds_without_recursion()
    {
        var units = Enumerable.Range(0, 200_000).Select(i => U($"u{i}", i == 0 ? null : $"u{i - 1}")).ToArray();

        var tree = UnitTree.Build(units, u => u.ParentId);

        Assert.Equal(199_999, tree.LevelOf("u199999"));
        Assert.True(tree.IsInSubtree("u199999", "u0"));
        Assert.Equal(200_000, tree.SubtreeSize("u0"));
    }

    [Fact]
    public void Asking_for_a_unit_the_tree_does_not_hold_throws()
    {
        var tree = UnitTree.Build(Province, u => u.ParentId);

        Assert.Throws<KeyNotFoundException>(() => tree.LevelOf("nowhere"));
        Assert.Null(tree.Find("nowhere"));
        Assert.Null(tree.ParentOf("nowhere"));
        Assert.False(tree.Contains("nowhere"));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => UnitTree.Build(null!, u => u.ParentId));
        Assert.Throws<ArgumentNullException>(() => UnitTree.Build(Province, null!));
    }
}
