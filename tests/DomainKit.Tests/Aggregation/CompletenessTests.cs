using System.Diagnostics;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Tests.Submissions;
using DomainKit.Tests.Validation;
using DomainKit.Text;
using DomainKit.Units;
using FsCheck.Xunit;
using NodaTime;
using Xunit.Abstractions;

namespace DomainKit.Tests.Aggregation;

public sealed class CompletenessTests(ITestOutputHelper output)
{
    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.HalfYear(2023, 1);
    private static readonly LocalDate Due = new(2023, 7, 15);

    private static readonly Form HalfYearly = new("so-ket", new("Báo cáo sơ kết", "Half-year report"), PeriodKind.HalfYear, new FormItem("models-launched"))
    {
        Submitters = [UnitKind.Commune],
        DueAfter = Period.FromDays(15),
    };

    private static readonly Form Undated = new("khong-han", new("Báo cáo không hạn", "Report without a due date"), PeriodKind.HalfYear, new FormItem("models-launched"))
    {
        Submitters = [UnitKind.Commune],
    };

    // tinh ─┬─ huyen-a ─┬─ xa-a1 ── chi-bo (a Party cell: not expected)
    //       │           └─ xa-a2
    //       └─ huyen-b ─┬─ xa-b1
    //                   └─ xa-b2 (ended 31/12/2022, merged into xa-b1)
    private static Dataset Map() => new DatasetBuilder()
        .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District), Unit("huyen-b", "tinh", UnitKind.District),
            Unit("xa-a1", "huyen-a", UnitKind.Commune), Unit("xa-a2", "huyen-a", UnitKind.Commune), Unit("chi-bo", "xa-a1", UnitKind.PartyCell),
            Unit("xa-b1", "huyen-b", UnitKind.Commune),
            Unit("xa-b2", "huyen-b", UnitKind.Commune) with { ValidTo = new LocalDate(2022, 12, 31), Successors = ["xa-b1"] })
        .Build();

    private static Unit Unit(string id, string? parent, UnitKind kind)
        => new() { Id = id, Name = "Tên " + id, Kind = kind, ParentId = parent is null ? null : new UnitId(parent) };

    private static Submission Filed(string unit, LocalDate? on, int version = 1, string form = "so-ket")
        => new() { Key = new SubmissionKey(unit, form, FirstHalf), Version = version, FiledOn = on, Figures = [new SubmittedFigure("models-launched", FigureValue.OfCount(1))] };

    private static CompletenessTable Run(IEnumerable<Submission> submissions, LocalDate today, string form = "so-ket", IEnumerable<ApprovalHistory>? approvals = null,
        Dataset? dataset = null, UnitBasis? basis = null)
        => new CompletenessEngine(dataset ?? Map(), new SubmissionSet(submissions, forms: [HalfYearly, Undated], approvals: approvals), TestClock.On(today))
            .Run(new CompletenessQuery { Root = "tinh", FormCode = form, Period = FirstHalf, Basis = basis ?? UnitBasis.AsRecorded });

    [Fact]
    public void Expected_units_that_filed_on_time_late_or_not_at_all_are_counted_per_district_and_for_the_province()
    {
        var table = Run([Filed("xa-a1", Due), Filed("xa-a2", Due.PlusDays(3))], today: new LocalDate(2023, 8, 1));

        Assert.Equal(CompletenessStatus.OnTime, table.RowOf("xa-a1")!.Status);
        Assert.Equal(CompletenessStatus.Late, table.RowOf("xa-a2")!.Status);
        Assert.Equal(3, table.RowOf("xa-a2")!.DaysLate);
        Assert.Equal(CompletenessStatus.Missing, table.RowOf("xa-b1")!.Status);
        Assert.Null(table.RowOf("huyen-a"));
        Assert.Equal(Due, table.DueOn);

        var a = table.SummaryOf("huyen-a");
        Assert.Equal((2, 2, 1, 1, 0), (a.Expected, a.Filed, a.OnTime, a.Late, a.Missing));
        Assert.Equal(Rate.Of(1, 1), a.FiledRate);
        var b = table.SummaryOf("huyen-b");
        Assert.Equal((1, 0, 1), (b.Expected, b.Filed, b.Missing));
        Assert.Equal(Rate.Of(0, 1), b.FiledRate);
        Assert.Equal((3, 2, 1, 1, 1), (table.Total.Expected, table.Total.Filed, table.Total.OnTime, table.Total.Late, table.Total.Missing));
        Assert.Equal(Rate.Of(2, 3), table.Total.FiledRate);
        Assert.Equal(Rate.Of(1, 3), table.Total.OnTimeRate);
        Assert.Equal(["huyen-a", "huyen-b", "tinh"], table.Columns.Select(c => c.Id.Value));
        Assert.Same(table.Total, table.Summaries[^1]);
        Assert.Equal(["xa-b1"], table.RowsWith(CompletenessStatus.Missing).Select(r => r.UnitId.Value));
    }

    [Fact]
    public void A_report_filed_on_a_day_not_known_is_filed_with_its_timeliness_unknown()
    {
        var table = Run([Filed("xa-a1", null)], today: new LocalDate(2023, 8, 1));

        var row = table.RowOf("xa-a1")!;
        Assert.Equal(CompletenessStatus.FiledDateUnknown, row.Status);
        Assert.True(row.HasFiled);
        Assert.Null(row.DaysLate);
        Assert.Equal((1, 1, 0, 0), (table.Total.Filed, table.Total.FiledDateUnknown, table.Total.OnTime, table.Total.Late));
    }

    [Fact]
    public void A_form_without_a_due_date_has_no_late_reports()
    {
        var table = Run([Filed("xa-a1", new LocalDate(2024, 3, 1), form: "khong-han")], today: new LocalDate(2024, 4, 1), form: "khong-han");

        Assert.Null(table.DueOn);
        Assert.Equal(CompletenessStatus.OnTime, table.RowOf("xa-a1")!.Status);
        Assert.Equal(0, table.Total.Late);
        Assert.Equal(CompletenessStatus.Missing, table.RowOf("xa-a2")!.Status);
    }

    [Fact]
    public void Before_the_due_date_a_report_not_filed_is_not_due_yet_and_after_it_missing()
    {
        var before = Run([], today: Due);
        var after = Run([], today: Due.PlusDays(1));

        Assert.All(before.Rows, r => Assert.Equal(CompletenessStatus.NotDueYet, r.Status));
        Assert.Equal((3, 0, 3), (before.Total.Expected, before.Total.Missing, before.Total.NotDueYet));
        Assert.Equal(Due, before.Today);
        Assert.All(after.Rows, r => Assert.Equal(CompletenessStatus.Missing, r.Status));
        Assert.Equal((3, 3, 0), (after.Total.Expected, after.Total.Missing, after.Total.NotDueYet));
    }

    [Fact]
    public void Reports_from_units_not_expected_or_not_on_the_map_are_shown_apart_and_not_counted_as_filed()
    {
        var table = Run([Filed("chi-bo", Due), Filed("huyen-b", Due), Filed("xa-la", Due), Filed("xa-b2", Due), Filed("tinh", Due)], today: new LocalDate(2023, 8, 1));

        Assert.Equal(CompletenessStatus.NotExpected, table.RowOf("chi-bo")!.Status);
        Assert.Equal("huyen-a", table.RowOf("chi-bo")!.Column?.Value);
        Assert.Equal(CompletenessStatus.NotExpected, table.RowOf("huyen-b")!.Status);
        Assert.Equal(CompletenessStatus.NotExpected, table.RowOf("xa-b2")!.Status);
        var stranger = table.RowOf("xa-la")!;
        Assert.Equal(CompletenessStatus.NotOnMap, stranger.Status);
        Assert.Null(stranger.Unit);
        Assert.Null(stranger.Column);
        Assert.False(stranger.IsExpected);
        Assert.Equal((1, 2), (table.SummaryOf("huyen-a").NotExpected, table.SummaryOf("huyen-b").NotExpected));
        Assert.Equal((4, 0, 3), (table.Total.NotExpected, table.Total.Filed, table.Total.Missing));
        // The root receives the reports; its own is its report to the level above.
        Assert.Null(table.RowOf("tinh"));
    }

    [Fact]
    public void A_unit_that_did_not_exist_during_the_period_is_not_expected()
    {
        var table = Run([], today: new LocalDate(2023, 8, 1));

        Assert.Null(table.RowOf("xa-b2"));
        Assert.Equal(1, table.SummaryOf("huyen-b").Expected);
    }

    [Fact]
    public void The_current_version_counts_and_each_reports_approval_state_is_shown()
    {
        var clock = Approvals.Clock();
        var a1 = new SubmissionKey("xa-a1", "so-ket", FirstHalf);
        var a2 = new SubmissionKey("xa-a2", "so-ket", FirstHalf);
        var table = Run([Filed("xa-a1", Due), Filed("xa-a1", Due.PlusDays(10), version: 2), Filed("xa-a2", Due), Filed("xa-b1", Due)],
            today: new LocalDate(2023, 8, 1), approvals: [Approvals.Approved(clock, a1), Approvals.Submitted(clock, a2)]);

        var a1Row = table.RowOf("xa-a1")!;
        Assert.Equal(2, a1Row.Submission!.Version);
        Assert.Equal(CompletenessStatus.Late, a1Row.Status);
        Assert.Equal(ApprovalState.Approved, a1Row.Approval);
        Assert.Equal(ApprovalState.Submitted, table.RowOf("xa-a2")!.Approval);
        Assert.Null(table.RowOf("xa-b1")!.Approval);
        Assert.Equal((1, 1, 1, 0), (table.Total.Approved, table.Total.AwaitingApproval, table.Total.NotInWorkflow, table.Total.Returned));
        Assert.Equal((1, 1, 0), (table.SummaryOf("huyen-a").Approved, table.SummaryOf("huyen-a").AwaitingApproval, table.SummaryOf("huyen-a").NotInWorkflow));
    }

    [Fact]
    public void Where_no_unit_is_expected_the_rate_filed_is_empty_not_zero()
    {
        var form = new Form("cells", new("Báo cáo chi bộ", "Cell report"), PeriodKind.HalfYear, new FormItem("models-launched")) { Submitters = [UnitKind.YouthUnion] };
        var table = new CompletenessEngine(Map(), new SubmissionSet([], forms: [form]), TestClock.On(new LocalDate(2023, 8, 1)))
            .Run(new CompletenessQuery { Root = "tinh", FormCode = "CELLS", Period = FirstHalf });

        Assert.Equal(0, table.Total.Expected);
        Assert.Null(table.Total.FiledRate);
        Assert.Null(table.Total.OnTimeRate);
        Assert.Contains("| –", table.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_is_written_in_Vietnamese_and_in_English()
    {
        var table = Run([Filed("xa-a1", Due), Filed("xa-a2", Due.PlusDays(3))], today: new LocalDate(2023, 8, 1));

        var vi = table.ToString(TextCulture.Vietnamese);
        var en = table.ToString(TextCulture.English);

        Assert.Contains("Báo cáo sơ kết", vi, StringComparison.Ordinal);
        Assert.Contains("hạn gửi: 15/07/2023", vi, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng | 3 | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 66,7%", vi, StringComparison.Ordinal);
        Assert.Contains("Tên xa-a2 | trễ hạn 3 ngày | gửi ngày 18/07/2023 | chưa đưa vào quy trình phê duyệt", vi, StringComparison.Ordinal);
        Assert.Contains("Tên xa-b1 | chưa gửi", vi, StringComparison.Ordinal);
        Assert.Contains("Total | 3 | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 66.7%", en, StringComparison.Ordinal);
        Assert.Contains("Tên xa-a2 | late by 3 days", en, StringComparison.Ordinal);
        Assert.Equal(en, table.ToString());
    }

    [Fact]
    public void A_period_of_another_kind_than_the_forms_or_an_unknown_form_or_root_is_refused()
    {
        var engine = new CompletenessEngine(Map(), new SubmissionSet([], forms: [HalfYearly]), TestClock.On(new LocalDate(2023, 8, 1)));

        Assert.Throws<ArgumentException>(() => engine.Run(new CompletenessQuery { Root = "tinh", FormCode = "so-ket", Period = ReportingPeriod.Year(2023) }));
        Assert.Throws<ArgumentException>(() => engine.Run(new CompletenessQuery { Root = "tinh", FormCode = "nothing", Period = FirstHalf }));
        Assert.Throws<ArgumentException>(() => engine.Run(new CompletenessQuery { Root = "nowhere", FormCode = "so-ket", Period = FirstHalf }));
        Assert.Throws<ArgumentNullException>(() => engine.Run(null!));
        Assert.Throws<ArgumentNullException>(() => new CompletenessEngine(null!, SubmissionSet.Empty));
    }

    [Fact]
    public void On_the_map_of_a_later_day_a_commune_merged_away_counts_under_the_unit_it_became()
    {
        // xa-a2 ended on 30/06/2023 and joined xa-b1 in huyen-b; it was still expected for the first half of 2023.
        var dataset = new DatasetBuilder()
            .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District), Unit("huyen-b", "tinh", UnitKind.District),
                Unit("xa-a1", "huyen-a", UnitKind.Commune), Unit("xa-a2", "huyen-a", UnitKind.Commune) with { ValidTo = new LocalDate(2023, 6, 30), Successors = ["xa-b1"] },
                Unit("xa-b1", "huyen-b", UnitKind.Commune))
            .Build();

        var recorded = Run([Filed("xa-a2", Due)], today: new LocalDate(2024, 1, 1), dataset: dataset);
        var later = Run([Filed("xa-a2", Due)], today: new LocalDate(2024, 1, 1), dataset: dataset, basis: UnitBasis.On(new LocalDate(2024, 1, 1)));

        Assert.Equal("huyen-a", recorded.RowOf("xa-a2")!.Column?.Value);
        Assert.Equal(1, recorded.SummaryOf("huyen-a").Filed);
        Assert.Equal("huyen-b", later.RowOf("xa-a2")!.Column?.Value);
        Assert.Equal((1, 2), (later.SummaryOf("huyen-b").Filed, later.SummaryOf("huyen-b").Expected));
        Assert.Equal(3, later.Total.Expected);
    }

    [Property(MaxTest = 50)]
    public bool Every_expected_unit_is_filed_missing_or_not_due_and_the_columns_add_up_to_the_total(bool[] filedFlags, byte todayOffset)
    {
        var ids = new[] { "xa-a1", "xa-a2", "xa-b1", "chi-bo", "huyen-a" };
        var submissions = ids.Where((_, i) => i < filedFlags.Length && filedFlags[i])
            .Select((id, i) => Filed(id, i % 3 == 0 ? null : Due.PlusDays(i - 1)));
        var table = Run(submissions, today: Due.PlusDays(todayOffset % 5 - 2));

        var total = table.Total;
        var columns = table.Summaries.SkipLast(1).ToArray();
        return total.Expected == total.Filed + total.Missing + total.NotDueYet
            && total.Filed == total.OnTime + total.Late + total.FiledDateUnknown
            && total.Filed == total.Approved + total.AwaitingApproval + total.Returned + total.Draft + total.NotInWorkflow
            && columns.Sum(c => c.Expected) == total.Expected && columns.Sum(c => c.Filed) == total.Filed
            && columns.Sum(c => c.NotExpected) == total.NotExpected
            && table.Rows.Length == total.Expected + total.NotExpected;
    }

    [Fact]
    public void Completeness_of_fifty_thousand_units_is_counted()
    {
        // A province, 100 districts, 500 communes each: 50,101 units, of which 50,000 communes expected.
        var units = new List<Unit> { Unit("tinh", null, UnitKind.Province) };
        var submissions = new List<Submission>();
        for (var d = 0; d < 100; d++)
        {
            units.Add(Unit($"h{d}", "tinh", UnitKind.District));
            for (var c = 0; c < 500; c++)
            {
                var id = $"h{d}-x{c}";
                units.Add(Unit(id, $"h{d}", UnitKind.Commune));
                if (c % 10 != 0)
                {
                    submissions.Add(Filed(id, c % 7 == 0 ? Due.PlusDays(2) : Due));
                }
            }
        }
        var dataset = new DatasetBuilder().Add([.. units]).Build();
        var engine = new CompletenessEngine(dataset, new SubmissionSet(submissions, forms: [HalfYearly]), TestClock.On(new LocalDate(2023, 8, 1)));
        var query = new CompletenessQuery { Root = "tinh", FormCode = "so-ket", Period = FirstHalf };
        engine.Run(query); // the first run also builds the dataset's map

        // Measured once, reported, never asserted: the machine running the tests may be busy.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var table = engine.Run(query);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"Completeness of {units.Count} units and {submissions.Count} reports: {watch.Elapsed.TotalMilliseconds:F0} ms elapsed, {cpu.TotalMilliseconds:F0} ms CPU of the process");

        Assert.Equal(50_000, table.Total.Expected);
        Assert.Equal(45_000, table.Total.Filed);
        Assert.Equal(5_000, table.Total.Missing);
        Assert.Equal(101, table.Columns.Length);
        Assert.Equal(450, table.SummaryOf("h7").Filed);
    }
}
