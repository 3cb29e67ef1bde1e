using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

public sealed class UnitBasisTests
{
    // On 1 July 2025 the communes "xa-cu-1" and "xa-cu-2" merged into "xa-moi"; "xa-khac" went on unchanged.
    private static readonly LocalDate Merger = new(2025, 7, 1);

    private static Dataset Build() => new DatasetBuilder()
        .Add(
            new Unit { Id = "tinh", Name = "Phú Thọ", Kind = UnitKind.Province },
            new Unit { Id = "xa-cu-1", Name = "Xã Cũ Một", Kind = UnitKind.Commune, ParentId = new UnitId("tinh"), ValidTo = Merger.PlusDays(-1), Successors = [new UnitId("xa-moi")] },
            new Unit { Id = "xa-cu-2", Name = "Xã Cũ Hai", Kind = UnitKind.Commune, ParentId = new UnitId("tinh"), ValidTo = Merger.PlusDays(-1), Successors = [new UnitId("xa-moi")] },
            new Unit { Id = "xa-moi", Name = "Xã Mới", Kind = UnitKind.Commune, ParentId = new UnitId("tinh"), ValidFrom = Merger },
            new Unit { Id = "xa-khac", Name = "Xã Khác", Kind = UnitKind.Commune, ParentId = new UnitId("tinh") })
        .Add(
            new Fund { Id = "q1", Name = "Quỹ 1", OwnerId = "xa-cu-1" },
            new Fund { Id = "q2", Name = "Quỹ 2", OwnerId = "xa-cu-2" },
            new Fund { Id = "q3", Name = "Quỹ 3", OwnerId = "xa-moi" },
            new Fund { Id = "q4", Name = "Quỹ 4", OwnerId = "xa-khac" })
        .Add(
            new Contribution("q1", new LocalDate(2025, 3, 1), new Dong(1_000)),
            new Contribution("q2", new LocalDate(2025, 4, 1), new Dong(2_000)),
            new Contribution("q3", new LocalDate(2025, 8, 1), new Dong(4_000)),
            new Contribution("q4", new LocalDate(2025, 9, 1), new Dong(8_000)))
        .Build();

    private static ReportTable Run(UnitBasis basis) => new ReportEngine(Build()).Run(new ReportQuery
    {
        Root = "tinh",
        Period = ReportingPeriod.Year(2025),
        GroupBy = [Dimension.ChildOfRoot],
        Measures = [Measure.Contributions],
        Basis = basis,
    });

    private static Dictionary<string, long> Amounts(ReportTable table)
        => table.Rows.ToDictionary(r => r.Keys[0].Label.Vietnamese, r => table.ValueOf(r, Measure.Contributions).Money!.Value.Value);

    [Fact]
    public void As_recorded_each_item_stays_with_its_own_unit()
        => Assert.Equal(
            new Dictionary<string, long> { ["Xã Cũ Một"] = 1_000, ["Xã Cũ Hai"] = 2_000, ["Xã Mới"] = 4_000, ["Xã Khác"] = 8_000 },
            Amounts(Run(UnitBasis.AsRecorded)));

    [Fact]
    public void On_todays_map_merged_units_add_into_their_successor()
        => Assert.Equal(
            new Dictionary<string, long> { ["Xã Mới"] = 7_000, ["Xã Khác"] = 8_000 },
            Amounts(Run(UnitBasis.On(new LocalDate(2026, 1, 1)))));

    [Fact]
    public void On_todays_map_merged_units_can_be_split_out_as_former()
    {
        var table = Run(UnitBasis.OnSplittingFormerUnits(new LocalDate(2026, 1, 1)));

        Assert.Equal(
            new Dictionary<string, long> { ["Xã Cũ Một (cũ)"] = 1_000, ["Xã Cũ Hai (cũ)"] = 2_000, ["Xã Mới"] = 4_000, ["Xã Khác"] = 8_000 },
            Amounts(table));
        Assert.Contains(table.Rows, r => r.Keys[0].Label.English == "Xã Cũ Một (former)");
        Assert.Equal(new Dong(15_000), table.ValueOf(table.Total, Measure.Contributions).Money);
    }

    [Fact]
    public void An_item_whose_unit_ended_without_a_successor_goes_with_its_nearest_ancestor_on_the_map()
    {
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province },
                new Unit { Id = "huyen", Name = "Huyện", Kind = UnitKind.District, ParentId = new UnitId("tinh"), ValidTo = Merger.PlusDays(-1) })
            .Add(new Fund { Id = "q", Name = "Quỹ", OwnerId = "huyen" })
            .Add(new Contribution("q", new LocalDate(2024, 1, 1), new Dong(5)))
            .Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Year(2024),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [Measure.Contributions],
            Basis = UnitBasis.On(new LocalDate(2026, 1, 1)),
        });

        Assert.Equal(0, table.Metadata.UnplacedItems);
        Assert.Empty(table.Findings);
        Assert.Equal("tinh", Assert.Single(table.Rows).Keys[0].Key);
        Assert.Equal(new Dong(5), table.ValueOf(table.Total, Measure.Contributions).Money);
    }

    [Fact]
    public void An_item_that_cannot_be_followed_to_the_map_is_a_visible_unplaced_row_with_a_finding()
    {
        // The province itself ended with nothing to go on: the district's item belongs to the report but has no place.
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "ca-nuoc", Name = "Cả nước", Kind = new UnitKind("country", new("Cả nước", "Country")) },
                new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidTo = Merger.PlusDays(-1),
                    Successors = [new UnitId("tinh-a"), new UnitId("tinh-b")] },
                new Unit { Id = "tinh-a", Name = "Tỉnh A", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidFrom = Merger },
                new Unit { Id = "tinh-b", Name = "Tỉnh B", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidFrom = Merger },
                new Unit { Id = "huyen", Name = "Huyện", Kind = UnitKind.District, ParentId = new UnitId("tinh"), ValidTo = Merger.PlusDays(-1) })
            .Add(new Fund { Id = "q", Name = "Quỹ", OwnerId = "huyen" })
            .Add(new Contribution("q", new LocalDate(2024, 1, 1), new Dong(5)))
            .Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = "ca-nuoc",
            Period = ReportingPeriod.Year(2024),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [Measure.Contributions],
            Basis = UnitBasis.On(new LocalDate(2026, 1, 1)),
        });

        var row = Assert.Single(table.Rows);
        Assert.Equal(ReportTable.UnplacedKey, row.Keys[0].Key);
        Assert.Equal("Chưa xác định được đơn vị", row.Keys[0].Label.Vietnamese);
        Assert.Equal(new Dong(5), table.ValueOf(row, Measure.Contributions).Money);
        Assert.Equal(new Dong(5), table.ValueOf(table.Total, Measure.Contributions).Money);
        Assert.Equal(1, table.Metadata.UnplacedItems);
        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK851", finding.Code);
        Assert.Equal("unit:huyen", finding.Entity.ToString());
        Assert.Contains("Tỉnh was split between Tỉnh A, Tỉnh B and names no primary successor", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains("Unplaced", table.ToString(), StringComparison.Ordinal);
        Assert.Contains("DK851", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_territorial_tree_rolls_up_by_territory()
    {
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province },
                new Unit { Id = "xa", Name = "Xã", Kind = UnitKind.Commune, TerritoryId = new UnitId("tinh") },
                new Unit { Id = "hoi-phu-nu", Name = "Hội Phụ nữ xã", Kind = UnitKind.WomensUnion, ParentId = new UnitId("hoi-phu-nu-tinh"), TerritoryId = new UnitId("xa") },
                new Unit { Id = "hoi-phu-nu-tinh", Name = "Hội Phụ nữ tỉnh", Kind = UnitKind.WomensUnion })
            .Add(new Fund { Id = "heo-dat", Name = "Heo đất", OwnerId = "hoi-phu-nu" })
            .Add(new Contribution("heo-dat", new LocalDate(2023, 5, 1), new Dong(700_000)))
            .Build();
        var engine = new ReportEngine(dataset);

        var byTerritory = engine.Run(new ReportQuery { Root = "tinh", Period = ReportingPeriod.Year(2023), Measures = [Measure.Contributions], Hierarchy = Hierarchy.Territory });
        var byOrganisation = engine.Run(new ReportQuery { Root = "hoi-phu-nu-tinh", Period = ReportingPeriod.Year(2023), Measures = [Measure.Contributions] });

        Assert.Equal(new Dong(700_000), byTerritory.ValueOf(byTerritory.Total, Measure.Contributions).Money);
        Assert.Equal(new Dong(700_000), byOrganisation.ValueOf(byOrganisation.Total, Measure.Contributions).Money);
    }

    [Fact]
    public void A_pledge_of_a_unit_the_dataset_lacks_is_unplaced_in_a_report_on_the_top_and_left_out_below()
    {
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province },
                new Unit { Id = "xa-1", Name = "Xã 1", Kind = UnitKind.Commune, ParentId = new UnitId("tinh") },
                new Unit { Id = "xa-2", Name = "Xã 2", Kind = UnitKind.Commune, ParentId = new UnitId("tinh") },
                new Unit { Id = "xa-3", Name = "Xã 3", Kind = UnitKind.Commune, ParentId = new UnitId("tinh") })
            .Add(
                new DomainKit.Pledges.Pledge { Id = "p1", Pledger = DomainKit.Pledges.Pledger.Individual("xa-1", "a"), Target = DomainKit.Pledges.PledgeTarget.ForCriteria("4 có"), Period = ReportingPeriod.Year(2023) },
                new DomainKit.Pledges.Pledge { Id = "p2", Pledger = DomainKit.Pledges.Pledger.Individual("xa-khong-co", "b"), Target = DomainKit.Pledges.PledgeTarget.ForCriteria("4 có"), Period = ReportingPeriod.Year(2023) })
            .Build();
        var engine = new ReportEngine(dataset);

        var commune = engine.Run(new ReportQuery { Root = "xa-1", Period = ReportingPeriod.Year(2023), Measures = [Measure.Pledges] });
        var province = engine.Run(new ReportQuery { Root = "tinh", Period = ReportingPeriod.Year(2023), Measures = [Measure.Pledges], GroupBy = [Dimension.ChildOfRoot] });

        Assert.Equal(1, commune.ValueOf(commune.Total, Measure.Pledges).Count);
        Assert.Equal(0, commune.Metadata.UnplacedItems);
        Assert.Equal(2, province.ValueOf(province.Total, Measure.Pledges).Count);
        Assert.Equal(1, province.ValueOf(province.Find(ReportTable.UnplacedKey)!, Measure.Pledges).Count);
        Assert.Equal(1, province.Metadata.UnplacedItems);
        Assert.Contains("the dataset holds no such unit", Assert.Single(province.Findings).Message.English, StringComparison.Ordinal);
    }
}
