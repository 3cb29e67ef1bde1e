using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

/// <summary>
/// Summary entries (with <c>Covers</c>) in tables cut by time: Chơn Thành's fund, whose report states figures "since
/// Q4/2017" as of 10/11/2023, recorded as the report gives them.
/// </summary>
public sealed class SummaryEntryTests
{
    private static readonly LocalDate Booked = new(2023, 11, 10);

    private static Dataset ChonThanh(params FundEntry[] more) => new DatasetBuilder()
        .Add(new Unit { Id = "thi-uy-chon-thanh", Name = "Thị ủy Chơn Thành", Kind = UnitKind.PartyCommittee })
        .Add(new Fund { Id = "quy", Name = "Đảng viên thực hành tiết kiệm, làm theo lời Bác Hồ", OwnerId = "thi-uy-chon-thanh", InceptionDate = new LocalDate(2017, 10, 1) })
        .Add(
            // "Từ quý IV/2017 đến nay đã vận động 2.407.798.600 đồng", to 10/11/2023.
            new Contribution("quy", Booked, new Dong(2_407_798_600)) { Covers = ReportingPeriod.Range(new LocalDate(2017, 10, 1), Booked) },
            // What was spent before 2023, the whole of it stated at once.
            new Disbursement("quy", new LocalDate(2022, 12, 31), new Dong(818_800_000)) { Covers = ReportingPeriod.Range(new LocalDate(2017, 10, 1), new LocalDate(2022, 12, 31)) },
            // "Từ đầu năm 2023 đến nay đã chi 81.500.000 đồng".
            new Disbursement("quy", Booked, new Dong(81_500_000)) { Covers = ReportingPeriod.YearToDate(Booked) },
            new LoanDisbursement("quy", new LocalDate(2023, 5, 1), new Dong(50_000_000), "vay-01"))
        .Add(more)
        .Build();

    private static ReportTable Run(Dataset dataset, ReportingPeriod period, Measure[] measures, params Dimension[] groupBy)
        => new ReportEngine(dataset).Run(new ReportQuery { Root = "thi-uy-chon-thanh", Period = period, GroupBy = [.. groupBy], Measures = [.. measures] });

    private static Dong? Money(ReportTable table, string key, Measure measure) => table.ValueOf(table.Find(key)!, measure).Money;

    [Fact]
    public void A_cumulative_entry_is_not_put_in_the_quarter_of_its_date_and_no_quarter_shows_a_false_overdraft()
    {
        var dataset = ChonThanh();
        Assert.DoesNotContain(DatasetValidator.CreateDefault().Validate(dataset).Findings, f => f.Severity == Severity.Error);

        var table = Run(dataset, ReportingPeriod.Year(2023), [Measure.Contributions, Measure.Disbursements, Measure.Loans, Measure.FundBalance], Dimension.Quarter);

        Assert.Equal(["2023Q1", "2023Q2", "2023Q3", "2023Q4", "~unattributed"], table.Rows.Select(r => r.Keys[0].Key));
        // Until 10/11/2023 the balance lacks an unknown part of the 2.407.798.600 đ: it is not known, rather than -818.800.000 đ.
        Assert.All(["2023Q1", "2023Q2", "2023Q3"], q => Assert.Null(Money(table, q, Measure.FundBalance)));
        Assert.Equal(new Dong(1_457_498_600), Money(table, "2023Q4", Measure.FundBalance));
        Assert.Equal(new Dong(50_000_000), Money(table, "2023Q2", Measure.Loans));
        // The ledger began in 2017, so a quarter with nothing attributable to it has real zeros.
        Assert.Equal(Dong.Zero, Money(table, "2023Q1", Measure.Contributions));
        Assert.Equal(Dong.Zero, Money(table, "2023Q4", Measure.Contributions));

        var apart = table.Find("~unattributed")!;
        Assert.Equal(new LocalizedText("Không phân bổ được theo kỳ", "Not attributable to a period"), apart.Keys[0].Label);
        Assert.Equal(new Dong(2_407_798_600), table.ValueOf(apart, Measure.Contributions).Money);
        Assert.Equal(new Dong(81_500_000), table.ValueOf(apart, Measure.Disbursements).Money);
        Assert.Null(table.ValueOf(apart, Measure.FundBalance).Money);
        Assert.DoesNotContain(table.Rows.Concat([table.Total]), r => table.ValueOf(r, Measure.FundBalance).Money is { IsNegative: true });

        // The period's own figures count the entries booked in it, as they did: the rows and the apart row add up to them.
        Assert.Equal(new Dong(2_407_798_600), table.ValueOf(table.Total, Measure.Contributions).Money);
        Assert.Equal(new Dong(81_500_000), table.ValueOf(table.Total, Measure.Disbursements).Money);
        Assert.Equal(new Dong(1_457_498_600), table.ValueOf(table.Total, Measure.FundBalance).Money);
        var ungrouped = Run(dataset, ReportingPeriod.Year(2023), [Measure.Contributions, Measure.Disbursements, Measure.Loans, Measure.FundBalance]);
        Assert.Equal(table.Total.Values.AsEnumerable(), ungrouped.Total.Values.AsEnumerable());
    }

    [Fact]
    public void The_row_apart_sorts_after_the_buckets_and_shows_in_the_text_of_the_table()
    {
        var table = Run(ChonThanh(), ReportingPeriod.Year(2023), [Measure.Contributions, Measure.FundBalance], Dimension.Fund, Dimension.Quarter);

        Assert.Equal("~unattributed", table.Rows[^1].Keys[1].Key);
        var lines = table.ToString(TextCulture.Vietnamese).Split('\n');
        Assert.Contains(lines, l => l.Contains("Không phân bổ được theo kỳ", StringComparison.Ordinal) && l.Contains("2.407.798.600 đ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("quý I/2023", StringComparison.Ordinal) && l.TrimEnd().EndsWith('–'));
        Assert.Contains("| Đảng viên thực hành tiết kiệm, làm theo lời Bác Hồ | Not attributable to a period | 2,407,798,600 VND | – |",
            DomainKit.Export.RenderingExtensions.ToMarkdown(table, new DomainKit.Export.ExportOptions { Culture = TextCulture.English }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_entry_whose_span_one_bucket_holds_goes_to_that_bucket_and_to_none_in_finer_buckets()
    {
        var dataset = ChonThanh(new Contribution("quy", new LocalDate(2023, 6, 30), new Dong(30_000_000)) { Covers = ReportingPeriod.Quarter(2023, 2) });

        var byQuarter = Run(dataset, ReportingPeriod.Year(2023), [Measure.Contributions], Dimension.Quarter);
        var byMonth = Run(dataset, ReportingPeriod.Year(2023), [Measure.Contributions], Dimension.Month);

        Assert.Equal(new Dong(30_000_000), Money(byQuarter, "2023Q2", Measure.Contributions));
        Assert.Equal(new Dong(2_407_798_600), Money(byQuarter, "~unattributed", Measure.Contributions));
        Assert.Equal(Dong.Zero, Money(byMonth, "2023-06", Measure.Contributions));
        Assert.Equal(new Dong(2_437_798_600), Money(byMonth, "~unattributed", Measure.Contributions));
        Assert.Equal(byQuarter.Total.Values.AsEnumerable(), byMonth.Total.Values.AsEnumerable());
    }

    [Fact]
    public void A_cumulative_flow_at_the_end_of_a_bucket_inside_a_span_is_not_known()
    {
        var sinceInception = Measure.Contributions.Over(Window.SinceInception);

        var table = Run(ChonThanh(), ReportingPeriod.Year(2023), [sinceInception], Dimension.Quarter);

        Assert.Null(Money(table, "2023Q3", sinceInception));
        Assert.Equal(new Dong(2_407_798_600), Money(table, "2023Q4", sinceInception));
        Assert.Null(table.Find("~unattributed"));
    }

    [Fact]
    public void A_ledger_with_no_summary_entries_keeps_every_quarter_as_before()
    {
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "thi-uy-chon-thanh", Name = "Thị ủy Chơn Thành", Kind = UnitKind.PartyCommittee })
            .Add(new Fund { Id = "quy", Name = "Quỹ", OwnerId = "thi-uy-chon-thanh" })
            .Add(new Contribution("quy", new LocalDate(2023, 2, 1), new Dong(100)), new Disbursement("quy", new LocalDate(2023, 8, 1), new Dong(40)))
            .Build();

        var table = Run(dataset, ReportingPeriod.Year(2023), [Measure.Contributions, Measure.FundBalance], Dimension.Quarter);

        Assert.Equal(["2023Q1", "2023Q2", "2023Q3", "2023Q4"], table.Rows.Select(r => r.Keys[0].Key));
        Assert.Equal([100L, 100L, 60L, 60L], table.Rows.Select(r => table.ValueOf(r, Measure.FundBalance).Money!.Value.Value));
    }
}
