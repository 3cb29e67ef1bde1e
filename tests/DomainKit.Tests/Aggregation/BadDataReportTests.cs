using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Testing;
using static DomainKit.Tests.Aggregation.ReportFixture;

namespace DomainKit.Tests.Aggregation;

/// <summary>Reports over data that validation finds wrong: the engine reports on it as it is, and never fails on it, but for sums past 64 bits.</summary>
public sealed class BadDataReportTests
{
    private static ReportTable Run(Dataset dataset, Dimension groupBy, params Measure[] measures) => new ReportEngine(dataset).Run(new ReportQuery
    {
        Root = "tinh",
        Period = Year2023,
        GroupBy = [groupBy],
        Measures = [.. measures],
    });

    private static Unit Province(HeadCount? count = null) => new()
    {
        Id = "tinh",
        Name = "Tỉnh",
        Kind = UnitKind.Province,
        HeadCounts = count is null ? [] : [count],
    };

    [Fact]
    public void A_fund_whose_name_is_null_is_labelled_by_its_id()
    {
        var dataset = new DatasetBuilder()
            .Add(Province())
            .Add(new Fund { Id = "quy-khong-ten", Name = null!, OwnerId = "tinh" })
            .Add(new Contribution("quy-khong-ten", D(2023, 3, 1), new Dong(1_000_000)))
            .Build();

        var table = Run(dataset, Dimension.Fund, Measure.Contributions);

        var row = Assert.Single(table.Rows);
        Assert.Equal(new DimensionValue("quy-khong-ten", new LocalizedText("quy-khong-ten", "quy-khong-ten")), row.Keys[0]);
        Assert.Equal(new Dong(1_000_000), table.ValueOf(row, Measure.Contributions).Money);
    }

    [Fact]
    public void A_unit_whose_name_is_null_is_labelled_by_its_id()
    {
        var dataset = new DatasetBuilder()
            .Add(Province(), new Unit { Id = "xa", Name = null!, Kind = UnitKind.Commune, ParentId = "tinh" })
            .Add(new Fund { Id = "quy", Name = "Quỹ", OwnerId = "xa" })
            .Add(new Contribution("quy", D(2023, 3, 1), new Dong(1_000_000)))
            .Build();

        var table = Run(dataset, Dimension.ChildOfRoot, Measure.Contributions);

        Assert.Equal("xa", Assert.Single(table.Rows).Keys[0].Label.Vietnamese);
    }

    [Fact]
    public void A_classifier_made_without_names_is_labelled_by_its_code()
    {
        var dataset = new DatasetBuilder()
            .Add(Province(), new Unit { Id = "xa", Name = "Xã", Kind = new UnitKind("to-dan-phong", default), ParentId = "tinh" })
            .Add(new Fund { Id = "quy", Name = "Quỹ", OwnerId = "xa" })
            .Add(new Disbursement("quy", D(2023, 3, 1), new Dong(1_000)) { Purpose = new DisbursementPurpose("tu-thien", default) })
            .Build();

        var byKind = Run(dataset, Dimension.UnitKind, Measure.Disbursements);
        var byPurpose = Run(dataset, Dimension.Purpose, Measure.Disbursements);

        Assert.Equal(new LocalizedText("to-dan-phong", "to-dan-phong"), byKind.Find("to-dan-phong")!.Keys[0].Label);
        Assert.Equal(new LocalizedText("tu-thien", "tu-thien"), byPurpose.Find("tu-thien")!.Keys[0].Label);
    }

    [Fact]
    public void Eligible_members_of_a_head_count_with_a_negative_part_stay_within_a_count()
    {
        var count = new HeadCount(D(2023, 1, 1)) { Members = int.MaxValue, Exempt = -1, Away = -1 };
        var dataset = new DatasetBuilder().Add(Province(count)).Build();

        var table = Run(dataset, Dimension.ChildOfRoot, Measure.EligibleMembers);

        Assert.Equal(int.MaxValue, count.Eligible(EligibilityDefinition.ExcludingExempt));
        Assert.Equal(int.MaxValue, count.Eligible(EligibilityDefinition.ExcludingExemptAndAway));
        Assert.Equal(int.MaxValue, table.ValueOf(table.Total, Measure.EligibleMembers).Count);
    }

    [Fact]
    public void A_roll_up_of_funds_past_64_bits_throws_and_validation_says_so_although_each_ledger_fits()
    {
        var half = new Dong(long.MaxValue / 2 + 1);
        var dataset = new DatasetBuilder()
            .Add(Province(), new Unit { Id = "xa-a", Name = "Xã A", Kind = UnitKind.Commune, ParentId = "tinh" }, new Unit { Id = "xa-b", Name = "Xã B", Kind = UnitKind.Commune, ParentId = "tinh" })
            .Add(new Fund { Id = "quy-a", Name = "Quỹ A", OwnerId = "xa-a" }, new Fund { Id = "quy-b", Name = "Quỹ B", OwnerId = "xa-b" })
            .Add(new Contribution("quy-a", D(2023, 3, 1), half), new Contribution("quy-b", D(2023, 3, 1), half))
            .Build();

        Assert.Throws<OverflowException>(() => Run(dataset, Dimension.ChildOfRoot, Measure.Contributions));
        var validation = DatasetValidator.CreateDefault(clock: new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0))).Validate(dataset);
        Assert.Empty(validation.WithCode("DK106"));
        Assert.Single(validation.WithCode("DK107"));
    }
}
