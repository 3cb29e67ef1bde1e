using DomainKit.Aggregation;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;
using static DomainKit.Tests.Aggregation.ReportFixture;

namespace DomainKit.Tests.Aggregation;

public sealed class ReportEngineTests
{
    private static readonly ReportEngine Engine = new(Build(), new FakeClock(Instant.FromUtc(2024, 1, 15, 3, 0)));

    private static ReportTable ByDistrict(params Measure[] measures) => Engine.Run(new ReportQuery
    {
        Root = "tinh",
        Period = Year2023,
        GroupBy = [Dimension.ChildOfRoot],
        Measures = [.. measures],
    });

    private static MeasureValue Value(ReportTable table, string district, Measure measure)
        => table.ValueOf(table.Find(district) ?? throw new InvalidOperationException($"No row {district}."), measure);

    [Fact]
    public void Models_active_at_the_end_of_the_year_exclude_ended_and_not_yet_begun_ones()
    {
        // huyen-a: m1 active, m2 ended on 30/06/2023. huyen-b: m3 active, m4 launched only in 2024.
        var table = ByDistrict(Measure.ActiveModels);

        Assert.Equal(1, Value(table, "huyen-a", Measure.ActiveModels).Count);
        Assert.Equal(1, Value(table, "huyen-b", Measure.ActiveModels).Count);
        Assert.Equal(2, table.ValueOf(table.Total, Measure.ActiveModels).Count);
    }

    [Fact]
    public void Launched_replicated_and_exemplary_models_are_counted_where_they_belong()
    {
        var table = ByDistrict(Measure.LaunchedModels, Measure.ReplicatedModels, Measure.ExemplaryModels);

        Assert.Equal(1, Value(table, "huyen-a", Measure.LaunchedModels).Count);
        Assert.Equal(0, Value(table, "huyen-a", Measure.ReplicatedModels).Count);
        Assert.Equal(1, Value(table, "huyen-b", Measure.ReplicatedModels).Count);
        Assert.Equal(1, Value(table, "huyen-b", Measure.ExemplaryModels).Count);
        Assert.Equal(2, table.ValueOf(table.Total, Measure.LaunchedModels).Count);
    }

    [Fact]
    public void Money_flows_of_the_year_leave_out_entries_before_it()
    {
        var table = ByDistrict(Measure.Contributions, Measure.Disbursements, Measure.Loans, Measure.Repayments);

        Assert.Equal(new Dong(1_500_000), Value(table, "huyen-a", Measure.Contributions).Money);
        Assert.Equal(new Dong(300_000), Value(table, "huyen-a", Measure.Disbursements).Money);
        Assert.Equal(new Dong(200_000), Value(table, "huyen-a", Measure.Loans).Money);
        Assert.Equal(new Dong(50_000), Value(table, "huyen-a", Measure.Repayments).Money);
        Assert.Equal(new Dong(3_500_000), table.ValueOf(table.Total, Measure.Contributions).Money);
    }

    [Fact]
    public void Balances_and_outstanding_loans_are_read_at_the_end_of_the_period_including_earlier_years()
    {
        // f-a: 100.000 (2022) + 1.000.000 - 300.000 + 500.000 - 200.000 + 50.000 = 1.150.000; f-b: 2.000.000 - 1.000.000.
        var table = ByDistrict(Measure.FundBalance, Measure.OutstandingLoans);

        Assert.Equal(new Dong(1_150_000), Value(table, "huyen-a", Measure.FundBalance).Money);
        Assert.Equal(new Dong(150_000), Value(table, "huyen-a", Measure.OutstandingLoans).Money);
        Assert.Equal(new Dong(2_150_000), table.ValueOf(table.Total, Measure.FundBalance).Money);
    }

    [Fact]
    public void Occurrences_not_reported_stay_missing_while_distinct_counts_add_up()
    {
        var table = ByDistrict(Measure.BeneficiaryOccurrences, Measure.DistinctBeneficiaries);

        Assert.Equal(3, Value(table, "huyen-a", Measure.BeneficiaryOccurrences).Count);
        Assert.False(Value(table, "huyen-b", Measure.BeneficiaryOccurrences).HasValue);
        Assert.Equal(10, Value(table, "huyen-b", Measure.DistinctBeneficiaries).Count);
        Assert.Equal(3, table.ValueOf(table.Total, Measure.BeneficiaryOccurrences).Count);
        Assert.Equal(12, table.ValueOf(table.Total, Measure.DistinctBeneficiaries).Count);
    }

    [Fact]
    public void Participation_counts_each_member_once_and_recomputes_the_rate_at_every_level()
    {
        // huyen-a: a and b in xa-a1 (a pledged twice), c in xa-a2: 3 of 8 + 5 eligible. huyen-b: 0 of 16.
        var table = ByDistrict(Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate, Measure.Pledges);

        Assert.Equal(3, Value(table, "huyen-a", Measure.RegisteredMembers).Count);
        Assert.Equal(13, Value(table, "huyen-a", Measure.EligibleMembers).Count);
        Assert.Equal((3L, 13L), RateOf(Value(table, "huyen-a", Measure.ParticipationRate)));
        Assert.Equal((0L, 16L), RateOf(Value(table, "huyen-b", Measure.ParticipationRate)));
        Assert.Equal((3L, 29L), RateOf(table.ValueOf(table.Total, Measure.ParticipationRate)));
        Assert.Equal(5, table.ValueOf(table.Total, Measure.Pledges).Count);
    }

    [Fact]
    public void The_eligibility_definition_changes_the_denominator()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            Measures = [Measure.EligibleMembers],
            Eligibility = EligibilityDefinition.ExcludingExemptAndAway,
        });

        // 10-2-1 + 5 + 20-4-1
        Assert.Equal(27, table.ValueOf(table.Total, Measure.EligibleMembers).Count);
        Assert.Contains(table.Metadata.Definitions, d => d.English.Contains("working far away", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_count_of_an_ancestor_covers_its_descendants()
    {
        var dataset = new DomainKit.Data.DatasetBuilder()
            .Add(
                new Unit { Id = "huyen", Name = "Huyện", Kind = UnitKind.PartyCommittee, HeadCounts = [new HeadCount(D(2023, 1, 1)) { Members = 4_127, Exempt = 205 }] },
                new Unit { Id = "chi-bo", Name = "Chi bộ", Kind = UnitKind.PartyCell, ParentId = new UnitId("huyen"), HeadCounts = [new HeadCount(D(2023, 1, 1)) { Members = 30, Exempt = 0 }] })
            .Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery { Root = "huyen", Period = Year2023, Measures = [Measure.EligibleMembers] });

        Assert.Equal(3_922, table.ValueOf(table.Total, Measure.EligibleMembers).Count);
    }

    [Fact]
    public void Commendations_of_the_period_are_counted_by_form_and_level()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            GroupBy = [Dimension.AwardForm, Dimension.AwardLevel],
            Measures = [Measure.Commendations],
        });

        Assert.Equal(1, table.ValueOf(table.Find("bang-khen", "province")!, Measure.Commendations).Count);
        Assert.Equal(1, table.ValueOf(table.Find("giay-khen", "district")!, Measure.Commendations).Count);
        Assert.Equal(2, table.ValueOf(table.Total, Measure.Commendations).Count);
    }

    [Fact]
    public void Rows_of_enumeration_dimensions_are_keyed_by_the_interchange_codes()
    {
        ReportTable Run(Dimension dimension, Measure measure) => Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            GroupBy = [dimension],
            Measures = [measure],
        });
        string[] Keys(ReportTable table) => [.. table.Rows.Select(r => r.Keys[0].Key)];

        Assert.Equal(["individual", "collective"], Keys(Run(Dimension.PledgerKind, Measure.Pledges)));
        Assert.Equal(["completed-well", ""], Keys(Run(Dimension.EvaluationRating, Measure.Pledges)));
        Assert.Equal(["collective", "individual"], Keys(Run(Dimension.RecipientKind, Measure.Commendations)));
        Assert.Equal(["province", "district"], Keys(Run(Dimension.AwardLevel, Measure.Commendations)));
        Assert.Equal(["launched", "maintained", "ended"], Keys(Run(Dimension.LifecycleStage, Measure.ActiveModels)));
        Assert.Equal(["contribution", "disbursement", "loan-disbursement", "loan-repayment"], Keys(Run(Dimension.FundEntryKind, Measure.FlowAmount)));
        var byLevel = Run(Dimension.AwardLevel, Measure.Commendations);
        Assert.Equal(1, byLevel.ValueOf(byLevel.Find("district")!, Measure.Commendations).Count);
    }

    [Fact]
    public void Over_quarters_flows_add_up_and_stocks_take_the_last_quarter()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            GroupBy = [Dimension.Quarter],
            Measures = [Measure.ActiveModels, Measure.LaunchedModels, Measure.Contributions, Measure.FundBalance],
        });

        Assert.Equal(["2023Q1", "2023Q2", "2023Q3", "2023Q4"], table.Rows.Select(r => r.Keys[0].Key));
        // Q1: m1 and m2 active; Q2: m2 ended on 30/06; Q3 and Q4: m1 and m3.
        Assert.Equal([2L, 1L, 2L, 2L], table.Rows.Select(r => table.ValueOf(r, Measure.ActiveModels).Count!.Value));
        Assert.Equal(2, table.ValueOf(table.Total, Measure.ActiveModels).Count);
        Assert.Equal(2, table.ValueOf(table.Total, Measure.LaunchedModels).Count);
        Assert.Equal(new Dong(2_800_000), table.ValueOf(table.Rows[0], Measure.FundBalance).Money);
        Assert.Equal(new Dong(2_150_000), table.ValueOf(table.Total, Measure.FundBalance).Money);
        Assert.Equal(new Dong(3_500_000), table.ValueOf(table.Total, Measure.Contributions).Money);
    }

    [Fact]
    public void Cumulative_and_year_to_date_windows_reach_back_before_the_period()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Quarter(2023, 2),
            Measures = [Measure.Contributions, Measure.Contributions.Over(Window.SinceInception), Measure.Contributions.Over(Window.YearToDate)],
        });

        Assert.Equal(new Dong(500_000), table.ValueOf(table.Total, Measure.Contributions).Money);
        Assert.Equal(new Dong(3_600_000), table.ValueOf(table.Total, Measure.Contributions.Over(Window.SinceInception)).Money);
        Assert.Equal(new Dong(3_500_000), table.ValueOf(table.Total, Measure.Contributions.Over(Window.YearToDate)).Money);
    }

    [Fact]
    public void Flows_by_month_and_kind_give_one_row_per_combination_with_subtotals_by_month()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            GroupBy = [Dimension.Month, Dimension.FundEntryKind],
            Measures = [Measure.FlowAmount],
        });

        Assert.Equal(new Dong(300_000), table.ValueOf(table.Find("2023-02", "disbursement")!, Measure.FlowAmount).Money);
        Assert.Equal(7, table.Rows.Length);
        // Both ledgers have begun by January, so every month has its subtotal, 0 đ where nothing happened.
        Assert.Equal(12, table.Subtotals.Length);
        Assert.Equal(Dong.Zero, table.ValueOf(table.Subtotals.Single(s => s.Keys[0].Key == "2023-06"), Measure.FlowAmount).Money);
        Assert.Equal(new Dong(5_050_000), table.ValueOf(table.Total, Measure.FlowAmount).Money);
    }

    [Fact]
    public void A_measure_that_a_dimension_does_not_classify_is_missing_in_details_but_totalled()
    {
        var table = Engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = Year2023,
            GroupBy = [Dimension.Field],
            Measures = [Measure.ActiveModels, Measure.Contributions],
        });

        Assert.All(table.Rows, r => Assert.False(table.ValueOf(r, Measure.Contributions).HasValue));
        Assert.Equal(new Dong(3_500_000), table.ValueOf(table.Total, Measure.Contributions).Money);
        Assert.Equal(2, table.ValueOf(table.Find("economy")!, Measure.ActiveModels).Count);
    }

    [Fact]
    public void A_subtree_report_covers_only_that_subtree()
    {
        var table = Engine.Run(new ReportQuery { Root = "huyen-b", Period = Year2023, Measures = [Measure.Contributions, Measure.ActiveModels] });

        Assert.Equal(new Dong(2_000_000), table.ValueOf(table.Total, Measure.Contributions).Money);
        Assert.Equal(1, table.ValueOf(table.Total, Measure.ActiveModels).Count);
        Assert.Equal("huyen-b", table.Metadata.Root.Id.Value);
    }

    [Fact]
    public void The_report_carries_its_metadata_and_prints_in_both_cultures()
    {
        var table = ByDistrict(Measure.Contributions);

        Assert.Equal(Instant.FromUtc(2024, 1, 15, 3, 0), table.Metadata.GeneratedAt);
        Assert.Equal(Year2023, table.Metadata.Period);
        Assert.Contains("1.500.000 đ", table.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("Tổng cộng", table.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("1,500,000 VND", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Goods_count_by_their_valuation_and_goods_without_one_add_nothing()
    {
        // "2.500 kg gạo" valued at 37.500.000 đ, and 76 tonnes of vegetables with no money value put on them.
        var dataset = new DomainKit.Data.DatasetBuilder()
            .Add(new Unit { Id = "xa", Name = "Xã", Kind = UnitKind.Commune })
            .Add(new DomainKit.Funds.Fund { Id = "hu-gao", Name = "Hũ gạo tình thương", OwnerId = "xa" })
            .Add(
                new DomainKit.Funds.InKindReceipt("hu-gao", D(2023, 3, 1), new DomainKit.Funds.Goods("gạo", 2_500m, "kg")) { Valuation = new DomainKit.Funds.Valuation(new Dong(37_500_000), D(2023, 3, 1)) },
                new DomainKit.Funds.InKindDistribution("hu-gao", D(2023, 3, 5), new DomainKit.Funds.Goods("rau xanh", 76m, "tấn")))
            .Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery { Root = "xa", Period = Year2023, Measures = [Measure.InKindValue, Measure.FundBalance] });

        Assert.Equal(new Dong(37_500_000), table.ValueOf(table.Total, Measure.InKindValue).Money);
        Assert.Equal(Dong.Zero, table.ValueOf(table.Total, Measure.FundBalance).Money);
    }

    [Theory]
    [InlineData("contributions", TimeAggregation.Sum, HierarchyAggregation.Sum, MeasureSubject.Funds, MeasureValueKind.Money)]
    [InlineData("fund-balance", TimeAggregation.LastValue, HierarchyAggregation.Sum, MeasureSubject.Funds, MeasureValueKind.Money)]
    [InlineData("active-models", TimeAggregation.LastValue, HierarchyAggregation.Sum, MeasureSubject.Models, MeasureValueKind.Count)]
    [InlineData("eligible-members", TimeAggregation.LastValue, HierarchyAggregation.Sum, MeasureSubject.Pledges, MeasureValueKind.Count)]
    [InlineData("participation-rate", TimeAggregation.Recompute, HierarchyAggregation.Recompute, MeasureSubject.Pledges, MeasureValueKind.Rate)]
    [InlineData("commendations", TimeAggregation.Sum, HierarchyAggregation.Sum, MeasureSubject.Commendations, MeasureValueKind.Count)]
    public void Each_measure_declares_how_it_combines_over_time_and_over_units(string code, TimeAggregation overTime, HierarchyAggregation overUnits, MeasureSubject subject, MeasureValueKind kind)
    {
        var measure = Measure.BuiltIn.Single(m => m.Code == code);

        Assert.Equal((overTime, overUnits, subject, kind), (measure.OverTime, measure.OverUnits, measure.Subject, measure.ValueKind));
        Assert.Equal(TimeAggregation.LastValue, Measure.Contributions.Over(Window.SinceInception).OverTime);
    }

    [Fact]
    public void Rows_are_typed_detail_subtotal_and_total()
    {
        var table = Engine.Run(new ReportQuery { Root = "tinh", Period = Year2023, GroupBy = [Dimension.ChildOfRoot, Dimension.Quarter], Measures = [Measure.Contributions] });

        Assert.All(table.Rows, r => Assert.Equal(RowKind.Detail, r.Kind));
        Assert.All(table.Subtotals, r => Assert.Equal(RowKind.Subtotal, r.Kind));
        Assert.Equal(RowKind.Total, table.Total.Kind);
        Assert.Equal(new DimensionValue("huyen-a", new LocalizedText("huyen-a", "huyen-a")), table.Subtotals[0].Keys[0]);
        Assert.Equal(new Dong(1_500_000), table.ValueOf(table.Subtotals[0], Measure.Contributions).Money);
        Assert.Equal(0, table.Metadata.UnplacedItems);
        Assert.Equal(Hierarchy.Organisation, table.Metadata.Hierarchy);
    }

    [Fact]
    public void Misuse_of_the_query_throws()
    {
        Assert.Throws<ArgumentException>(() => Engine.Run(new ReportQuery { Root = "nowhere", Period = Year2023, Measures = [Measure.Contributions] }));
        Assert.Throws<ArgumentException>(() => Engine.Run(new ReportQuery { Root = "tinh", Period = Year2023, Measures = [] }));
        Assert.Throws<ArgumentException>(() => Engine.Run(new ReportQuery { Root = "tinh", Period = Year2023, Measures = [Measure.Contributions], GroupBy = [Dimension.Month, Dimension.Year] }));
        Assert.Throws<ArgumentNullException>(() => Engine.Run(null!));
        Assert.Throws<InvalidOperationException>(() => Measure.FundBalance.Over(Window.SinceInception));
    }

    internal static (long, long) RateOf(MeasureValue value)
        => value.Rate is { } rate ? (rate.Numerator, rate.Denominator) : throw new InvalidOperationException("No rate.");
}
