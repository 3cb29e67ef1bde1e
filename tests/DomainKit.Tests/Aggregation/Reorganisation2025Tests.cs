using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Aggregation.Reorganisation2025;

namespace DomainKit.Tests.Aggregation;

/// <summary>Reports of 2023 data on the 2023 map and on the map after the 1 July 2025 reorganisation.</summary>
public sealed class Reorganisation2025Tests
{
    private static readonly Measure[] AllSubjects = [Measure.Contributions, Measure.LaunchedModels, Measure.Pledges, Measure.Commendations];

    private static ReportTable Run(Dataset dataset, string root, UnitBasis basis, params Dimension[] groupBy)
        => new ReportEngine(dataset).Run(new ReportQuery { Root = root, Period = Year2023, Measures = [.. AllSubjects], GroupBy = [.. groupBy], Basis = basis });

    private static long Money(ReportTable table, ReportRow row) => table.ValueOf(row, Measure.Contributions).Money!.Value.Value;

    private static Dictionary<string, long> AmountsByKey(ReportTable table) => table.Rows.ToDictionary(r => r.Keys[0].Key, r => Money(table, r));

    private static Dictionary<string, long> AmountsByLabel(ReportTable table) => table.Rows.ToDictionary(r => r.Keys[0].Label.Vietnamese, r => Money(table, r));

    [Fact]
    public void The_2023_data_has_the_same_totals_on_the_2023_map_and_on_the_2026_map_with_nothing_unplaced()
    {
        var dataset = Build();

        var old = Run(dataset, "ca-nuoc", UnitBasis.AsRecorded, Dimension.ChildOfRoot);
        var @new = Run(dataset, "ca-nuoc", UnitBasis.On(NewMap), Dimension.ChildOfRoot);

        foreach (var measure in AllSubjects)
        {
            Assert.Equal(old.ValueOf(old.Total, measure), @new.ValueOf(@new.Total, measure));
        }
        Assert.Equal(Recorders.Length, @new.ValueOf(@new.Total, Measure.Pledges).Count);
        Assert.Equal(Sum(Recorders), Money(@new, @new.Total));
        Assert.Equal(0, @new.Metadata.UnplacedItems);
        Assert.Empty(@new.Findings);
        Assert.Equal(new Dictionary<string, long> { ["tinh-a"] = Sum("tinh-a", "huyen-a1", "xa-a1-1", "doan-a1-1", "xa-a1-2", "xa-a1-3"), ["tinh-b"] = Sum("tinh-b", "huyen-b1", "phuong-b1-1", "thon-p1", "xa-b1-2", "ban-chqs-b") },
            AmountsByKey(old));
        Assert.Equal(new Dictionary<string, long> { ["tinh-c"] = Sum(Recorders) }, AmountsByKey(@new));
    }

    [Fact]
    public void On_the_2026_map_the_new_province_groups_the_data_by_its_new_units()
    {
        var table = Run(Build(), "tinh-c", UnitBasis.On(NewMap), Dimension.ChildOfRoot);

        Assert.Equal(
            new Dictionary<string, long>
            {
                // What was recorded under the two provinces, the abolished districts and the commune that ended with nothing to succeed it.
                ["tinh-c"] = Sum("tinh-a", "tinh-b", "huyen-a1", "huyen-b1", "xa-b1-2"),
                ["xa-a1-1"] = Sum("xa-a1-1", "doan-a1-1"),
                ["xa-a1-moi"] = Sum("xa-a1-2", "xa-a1-3"),
                ["phuong-bac"] = Sum("phuong-b1-1"),
                ["phuong-nam"] = Sum("thon-p1"),
                ["ban-chqs-b"] = Sum("ban-chqs-b"),
            },
            AmountsByKey(table));
        Assert.Equal(Sum(Recorders), Money(table, table.Total));
        Assert.Empty(table.Findings);
    }

    [Fact]
    public void On_the_2026_map_former_units_can_be_shown_apart_with_the_same_total()
    {
        var table = Run(Build(), "tinh-c", UnitBasis.OnSplittingFormerUnits(NewMap), Dimension.ChildOfRoot);

        Assert.Equal(
            new Dictionary<string, long>
            {
                // Former units that became the same unit as their former parent stay under it: the old province holds together.
                ["Tỉnh A (cũ)"] = Sum("tinh-a", "huyen-a1"),
                ["Tỉnh B (cũ)"] = Sum("tinh-b", "huyen-b1", "xa-b1-2"),
                ["Xã A1-1"] = Sum("xa-a1-1", "doan-a1-1"),
                ["Xã A1-2 (cũ)"] = Sum("xa-a1-2"),
                ["Xã A1-3 (cũ)"] = Sum("xa-a1-3"),
                ["Phường B1-1 (cũ)"] = Sum("phuong-b1-1"),
                ["Phường Nam"] = Sum("thon-p1"),
                ["Ban CHQS B"] = Sum("ban-chqs-b"),
            },
            AmountsByLabel(table));
        Assert.Equal(Sum(Recorders), Money(table, table.Total));
        var byLevel3 = Run(Build(), "tinh-c", UnitBasis.OnSplittingFormerUnits(NewMap), Dimension.UnitAtLevel(3));
        Assert.Equal(Sum("huyen-b1", "xa-b1-2"), AmountsByLabel(byLevel3)["Huyện B1 (cũ)"]);
    }

    [Fact]
    public void On_the_2023_map_the_old_provinces_report_their_own_units()
    {
        var dataset = Build();

        var a = Run(dataset, "tinh-a", UnitBasis.AsRecorded, Dimension.ChildOfRoot);
        var b = Run(dataset, "tinh-b", UnitBasis.On(new LocalDate(2023, 12, 31)), Dimension.ChildOfRoot);

        Assert.Equal(new Dictionary<string, long> { ["tinh-a"] = Sum("tinh-a"), ["huyen-a1"] = Sum("huyen-a1", "xa-a1-1", "doan-a1-1", "xa-a1-2", "xa-a1-3") }, AmountsByKey(a));
        Assert.Equal(new Dictionary<string, long> { ["tinh-b"] = Sum("tinh-b"), ["huyen-b1"] = Sum("huyen-b1", "phuong-b1-1", "thon-p1", "xa-b1-2"), ["ban-chqs-b"] = Sum("ban-chqs-b") }, AmountsByKey(b));
    }

    [Fact]
    public void A_commune_moved_by_a_dated_link_keeps_one_history_under_each_parent_in_turn()
    {
        var dataset = Build();

        Assert.Equal("huyen-a1", dataset.OrganisationTreeOn(new LocalDate(2023, 6, 1)).ParentOf("xa-a1-1")!.Id.Value);
        Assert.Equal("huyen-a1", dataset.OrganisationTreeOn(LastDay).ParentOf("xa-a1-1")!.Id.Value);
        Assert.Equal("tinh-c", dataset.OrganisationTreeOn(Merger).ParentOf("xa-a1-1")!.Id.Value);
        Assert.Equal("tinh-c", dataset.OrganisationTree.ParentOf("xa-a1-1")!.Id.Value);
        Assert.Same(dataset.OrganisationTreeOn(new LocalDate(2023, 1, 1)), dataset.OrganisationTreeOn(new LocalDate(2024, 1, 1)));
        Assert.Equal(new UnitId("huyen-a1"), dataset.FindUnit("xa-a1-1")!.ParentOn(LastDay));
        Assert.Equal(new UnitId("tinh-c"), dataset.FindUnit("xa-a1-1")!.ParentOn(Merger));
    }

    [Fact]
    public void A_unit_under_a_merged_province_counts_under_its_successor_on_the_new_map()
    {
        var table = Run(Build(), "tinh-c", UnitBasis.On(NewMap));

        Assert.Equal(Recorders.Length, table.ValueOf(table.Total, Measure.Commendations).Count);
        Assert.Contains(Run(Build(), "tinh-c", UnitBasis.On(NewMap), Dimension.ChildOfRoot).Rows, r => r.Keys[0].Key == "ban-chqs-b");
    }

    [Fact]
    public void A_split_with_no_primary_successor_shows_the_split_units_items_as_unplaced_and_says_why()
    {
        var table = Run(Build(primaryOfSplit: false), "tinh-c", UnitBasis.On(NewMap), Dimension.ChildOfRoot);

        var amounts = AmountsByKey(table);
        Assert.Equal(Sum("phuong-b1-1"), amounts[ReportTable.UnplacedKey]);
        Assert.False(amounts.ContainsKey("phuong-bac"));
        // The village moved to its own new ward by a dated link, so the split does not hold it up.
        Assert.Equal(Sum("thon-p1"), amounts["phuong-nam"]);
        Assert.Equal(Sum(Recorders), Money(table, table.Total));
        Assert.Equal(4, table.Metadata.UnplacedItems);
        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK851", finding.Code);
        Assert.Equal(EntityRef.ForUnit("phuong-b1-1"), finding.Entity);
        Assert.Contains("Phường B1-1 được chia cho Phường Bắc, Phường Nam mà không ghi đơn vị kế thừa chính", finding.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(ReportTable.UnplacedKey, table.Rows[^1].Keys[0].Key);
    }

    [Fact]
    public void A_split_with_no_primary_successor_is_unplaced_only_in_reports_that_surely_hold_it()
    {
        var dataset = Build(primaryOfSplit: false);

        var north = Run(dataset, "phuong-bac", UnitBasis.On(NewMap));
        var country = Run(dataset, "ca-nuoc", UnitBasis.On(NewMap), Dimension.ChildOfRoot);

        // Nothing is placed under the northern ward: it has no figures, which is not 0 đ.
        Assert.Null(north.ValueOf(north.Total, Measure.Contributions).Money);
        Assert.Empty(north.Findings);
        Assert.Equal(Sum(Recorders), Money(country, country.Total));
        Assert.Equal(Sum("phuong-b1-1"), AmountsByKey(country)[ReportTable.UnplacedKey]);
    }

    [Fact]
    public void A_root_that_did_not_exist_on_the_map_asked_for_is_an_error_naming_what_it_became()
    {
        var engine = new ReportEngine(Build());

        var error = Assert.Throws<ArgumentException>(() => engine.Run(new ReportQuery
        {
            Root = "tinh-a", Period = Year2023, Measures = [Measure.Contributions], Basis = UnitBasis.On(NewMap),
        }));
        Assert.Contains("'tinh-c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_map_of_a_date_in_2023_gives_the_2023_tree_and_nothing_moves()
    {
        var dataset = Build();

        var asRecorded = Run(dataset, "ca-nuoc", UnitBasis.AsRecorded, Dimension.UnitAtLevel(2));
        var on2023 = Run(dataset, "ca-nuoc", UnitBasis.On(new LocalDate(2023, 12, 31)), Dimension.UnitAtLevel(2));

        Assert.Equal(AmountsByKey(asRecorded), AmountsByKey(on2023));
    }

    [Fact]
    public void Validation_accepts_the_reorganisation_and_warns_of_the_link_left_to_a_merged_province()
    {
        var report = DatasetValidator.CreateDefault(clock: DomainKit.Tests.Validation.TestClock.On(new LocalDate(2026, 12, 1))).Validate(Build());

        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        var warning = Assert.Single(report.Findings, f => f.Code == "DK208");
        Assert.Equal(EntityRef.ForUnit("ban-chqs-b"), warning.Entity);
        Assert.Contains("Tỉnh C", warning.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Code is "DK202" or "DK209");
    }

    [Fact]
    public void Validation_says_when_a_split_names_no_primary_successor()
    {
        var report = DatasetValidator.CreateDefault(clock: DomainKit.Tests.Validation.TestClock.On(new LocalDate(2026, 12, 1))).Validate(Build(primaryOfSplit: false));

        var finding = Assert.Single(report.Findings, f => f.Code == "DK209");
        Assert.Equal(EntityRef.ForUnit("phuong-b1-1"), finding.Entity);
    }

    [Fact]
    public void Members_of_units_that_no_longer_exist_count_on_the_new_map_even_where_they_became_the_root_itself()
    {
        var members = new Dictionary<string, int> { ["xa-a1-1"] = 10, ["xa-a1-2"] = 20, ["xa-b1-2"] = 30 };
        var dataset = new DatasetBuilder()
            .Add(Reorganisation2025.Units().Select(u => members.TryGetValue(u.Id.Value, out var m) ? u with { HeadCounts = [new HeadCount(new LocalDate(2023, 1, 1)) { Members = m }] } : u))
            .Build();
        EligibilityDefinition all = EligibilityDefinition.AllMembers;
        ReportTable Run(string root, UnitBasis basis) => new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = root, Period = Year2023, Measures = [Measure.EligibleMembers], GroupBy = [Dimension.ChildOfRoot], Basis = basis, Eligibility = all,
        });

        var recorded = Run("ca-nuoc", UnitBasis.AsRecorded);
        var merged = Run("tinh-c", UnitBasis.On(NewMap));
        var apart = Run("tinh-c", UnitBasis.OnSplittingFormerUnits(NewMap));

        Assert.Equal(60, recorded.ValueOf(recorded.Total, Measure.EligibleMembers).Count);
        Assert.Equal(60, merged.ValueOf(merged.Total, Measure.EligibleMembers).Count);
        Assert.Equal(60, apart.ValueOf(apart.Total, Measure.EligibleMembers).Count);
        Assert.Equal(30, merged.ValueOf(merged.Find("tinh-c")!, Measure.EligibleMembers).Count);
    }
}
