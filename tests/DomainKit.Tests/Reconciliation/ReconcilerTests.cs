using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Tests.Validation;
using DomainKit.Validation;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static StatedDong Vnd(string text) => StatedDong.Parse(text, TextCulture.Vietnamese);

    private static Finding Single(Dataset data, StatedFigure figure)
        => Assert.Single(new Reconciler(data).Reconcile([figure]).Findings);

    [Fact]
    public void Parts_that_add_up_to_the_total_are_reported_as_information()
    {
        var figure = new StatedBreakdown("120 mô hình: 40 kinh tế, 50 văn hóa – xã hội, 20 quốc phòng – an ninh, 10 xây dựng hệ thống chính trị",
            EntityRef.Dataset, 120, [new("kinh tế", 40), new("văn hóa – xã hội", 50), new("quốc phòng – an ninh", 20), new("xây dựng hệ thống chính trị", 10)]);

        var finding = Single(Dataset.Empty, figure);

        Assert.Equal(("DK801", Severity.Info), (finding.Code, finding.Severity));
        Assert.Equal(120L, finding.Arguments["computed"]);
    }

    [Fact]
    public void Parts_that_do_not_add_up_give_an_error_with_both_values_and_the_difference()
    {
        var figure = new StatedBreakdown("120 mô hình: 40 kinh tế, 50 văn hóa – xã hội, 20 quốc phòng – an ninh", EntityRef.Dataset, 120,
            [new("kinh tế", 40), new("văn hóa – xã hội", 50), new("quốc phòng – an ninh", 20)]) { Label = "Mô hình theo lĩnh vực" };

        var finding = Single(Dataset.Empty, figure);

        Assert.Equal(("DK802", Severity.Error), (finding.Code, finding.Severity));
        Assert.Equal((120L, 110L, 10L), ((long)finding.Arguments["stated"]!, (long)finding.Arguments["computed"]!, (long)finding.Arguments["difference"]!));
        Assert.Equal("Mô hình theo lĩnh vực: the parts add up to 110, not the stated total 120; the difference is 10.", finding.Message.English);
        Assert.Equal("Mô hình theo lĩnh vực: các phần cộng lại bằng 110, khác tổng số 120; chênh lệch 10.", finding.Message.Vietnamese);
    }

    [Fact]
    public void A_reconciliation_report_counts_and_writes_its_findings_as_a_validation_report_does()
    {
        var figures = new StatedFigure[]
        {
            new StatedBreakdown("120 mô hình", EntityRef.Dataset, 120, [new("kinh tế", 120)]),
            new StatedBreakdown("100 mô hình", EntityRef.Dataset, 100, [new("kinh tế", 90)]),
            new StatedModelCount("5 mô hình", "khong-co", 5),
        };

        CheckResult report = new Reconciler(Dataset.Empty).Reconcile(figures);

        Assert.Equal((1, 1, 1, true), (report.ErrorCount, report.WarningCount, report.InfoCount, report.HasErrors));
        Assert.Equal(["DK802"], report.WithCode("dk802").Select(f => f.Code));
        Assert.Equal(
            ["3 figures checked: 1 errors, 1 warnings, 1 information", .. report.Findings.Select(f => f.ToString())],
            report.ToString().Split('\n'));
        Assert.Equal(report.ToString(TextCulture.English), report.ToString());
        Assert.StartsWith("3 số liệu đã đối chiếu: 1 lỗi, 1 cảnh báo, 1 thông tin\n", report.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Rounded_amount_parts_add_up_when_some_amounts_they_allow_do()
    {
        var fits = new StatedAmountBreakdown("2,5 tỷ: 1,2 tỷ và 1,3 tỷ", EntityRef.Dataset, Vnd("2,5 tỷ"), [new("a", Vnd("1,2 tỷ")), new("b", Vnd("1,3 tỷ"))]);
        // 1,24 + 1,34 can reach 2,58 at most... but 2,5 allows up to 2,549999999: 1,15 + 1,25 = 2,4 is the least, so 2,6 is out.
        var roundingOnly = new StatedAmountBreakdown("2,5 tỷ: 1,3 tỷ và 1,3 tỷ", EntityRef.Dataset, Vnd("2,5 tỷ"), [new("a", Vnd("1,3 tỷ")), new("b", Vnd("1,3 tỷ"))]);
        var tooFar = new StatedAmountBreakdown("2,5 tỷ: 1,4 tỷ và 1,3 tỷ", EntityRef.Dataset, Vnd("2,5 tỷ"), [new("a", Vnd("1,4 tỷ")), new("b", Vnd("1,3 tỷ"))]);

        var report = new Reconciler(Dataset.Empty).Reconcile([fits, roundingOnly, tooFar]);

        Assert.Equal(["DK801", "DK801", "DK802"], report.Findings.Select(f => f.Code));
        Assert.Equal(new Dong(-200_000_000), report.Findings[2].Arguments["difference"]);
    }

    [Fact]
    public void A_rounded_figure_is_consistent_only_with_amounts_that_round_to_it()
    {
        StatedFigure Against(long exact) => new StatedAmount("6,1 tỷ đồng", Vnd("6,1 tỷ đồng"), new Dong(exact));

        var report = new Reconciler(Dataset.Empty).Reconcile(
            [Against(6_100_542_700), Against(6_050_000_000), Against(6_149_999_999), Against(6_150_000_000), Against(6_049_999_999)]);

        Assert.Equal(["DK821", "DK821", "DK821", "DK822", "DK822"], report.Findings.Select(f => f.Code));
        var mismatch = report.Findings[3];
        Assert.Equal(Vnd("6,1 tỷ đồng"), mismatch.Arguments["stated"]);
        Assert.Equal(new Dong(6_150_000_000), mismatch.Arguments["computed"]);
        Assert.Equal(new Dong(-50_000_000), mismatch.Arguments["difference"]);
        Assert.Equal("6,1 tỷ đồng: số tiền báo cáo nêu là 6,1 tỷ đồng, nhưng số liệu chính xác cho 6.150.000.000 đ; chênh lệch -50.000.000 đ.", mismatch.Message.Vietnamese);
    }

    [Fact]
    public void A_stated_balance_is_checked_against_the_ledger_at_the_start_or_end_of_the_day()
    {
        var data = Valid().Build();
        var end = new StatedBalance("số dư 3 triệu", TheFund, D(2023, 4, 1), BalanceTime.EndOfDay, Vnd("3 triệu đồng"));
        var start = new StatedBalance("số dư 3 triệu", TheFund, D(2023, 4, 1), BalanceTime.StartOfDay, Vnd("3 triệu đồng"));

        var report = new Reconciler(data).Reconcile([end, start]);

        Assert.Equal(["DK821", "DK822"], report.Findings.Select(f => f.Code));
        Assert.Equal(new Dong(5_000_000), report.Findings[1].Arguments["computed"]);
        Assert.Equal(new Dong(-2_000_000), report.Findings[1].Arguments["difference"]);
        Assert.Equal(EntityRef.ForFund(TheFund), report.Findings[1].Entity);
        Assert.Equal("Balance", report.Findings[1].Field);
    }

    [Fact]
    public void A_balance_or_totals_stated_for_a_fund_with_no_entries_cannot_be_checked_rather_than_mismatch_zero()
    {
        var data = Valid();
        data.Entries.Clear();
        var report = new Reconciler(data.Build()).Reconcile(
        [
            new StatedBalance("số dư 3 triệu", TheFund, D(2023, 4, 1), BalanceTime.EndOfDay, Vnd("3 triệu đồng")),
            new StatedFundTotals("đã thu 5.000.000 đ", TheFund, D(2023, 12, 31)) { Contributions = Vnd("5.000.000 đ") },
        ]);

        Assert.All(report.Findings, f => Assert.Equal(("DK899", Severity.Warning), (f.Code, f.Severity)));
        Assert.Equal(2, report.Findings.Length);
        Assert.Equal(
            "số dư 3 triệu: không đối chiếu được số dư cuối ngày 01/04/2023: sổ quỹ “Quỹ tiết kiệm vì người nghèo” không có bút toán nào.",
            report.Findings[0].Message.Vietnamese);
        Assert.Equal(
            "số dư 3 triệu: the balance at the end of 2023-04-01 cannot be checked: the ledger of “Quỹ tiết kiệm vì người nghèo” has no entries.",
            report.Findings[0].Message.English);
    }

    [Fact]
    public void A_balance_stated_inside_the_span_of_a_summary_entry_cannot_be_checked()
    {
        var data = Valid();
        data.Entries.Clear();
        data.Entries.Add(new Contribution(TheFund, D(2023, 11, 10), new Dong(2_407_798_600)) { Covers = ReportingPeriod.Range(D(2017, 10, 1), D(2023, 11, 10)) });

        var report = new Reconciler(data.Build()).Reconcile(
        [
            new StatedBalance("số dư giữa năm", TheFund, D(2023, 6, 30), BalanceTime.EndOfDay, Vnd("1 tỷ")),
            new StatedBalance("số dư ngày 10/11", TheFund, D(2023, 11, 10), BalanceTime.EndOfDay, Vnd("2.407.798.600 đ")),
        ]);

        Assert.Equal(["DK899", "DK821"], report.Findings.Select(f => f.Code).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains("summary entry booked on 2023-11-10", report.Findings.Single(f => f.Code == "DK899").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_fund_totals_are_summed_from_the_entries_in_scope()
    {
        var data = Valid().Build();
        var totals = new StatedFundTotals("đã thu 5.000.000 đ, đã chi 2.000.000 đ cho 2 lượt", TheFund, D(2023, 12, 31))
        {
            Contributions = Vnd("5.000.000 đ"),
            Disbursements = Vnd("2.500.000 đ"),
            Occurrences = 3,
        };

        var report = new Reconciler(data).Reconcile([totals]);

        Assert.Equal(["DK821", "DK822", "DK804"], report.Findings.Select(f => f.Code));
        Assert.Equal(new Dong(500_000), report.Findings[1].Arguments["difference"]);
        Assert.Equal(1L, report.Findings[2].Arguments["difference"]);
    }

    [Fact]
    public void Flows_within_a_period_leave_out_entries_before_it()
    {
        var data = Valid().Build();
        var totals = new StatedFundTotals("từ tháng 4 đến nay đã chi 2.000.000 đ, thu 0 đ", TheFund, D(2023, 12, 31))
        {
            Period = ReportingPeriod.Range(D(2023, 4, 1), D(2023, 12, 31)),
            Contributions = Vnd("0 đ"),
            Disbursements = Vnd("2.000.000 đ"),
        };

        Assert.Equal(["DK821", "DK821"], new Reconciler(data).Reconcile([totals]).Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_figure_about_something_the_data_lacks_is_a_warning_not_an_error()
    {
        var report = new Reconciler(Valid().Build()).Reconcile(
        [
            new StatedBalance("quỹ khác", "quy-khac", D(2023, 4, 1), BalanceTime.EndOfDay, Vnd("1 triệu")),
            new StatedModelCount("02 mô hình", "xa-khac", 2),
            new StatedParticipation("10/20", DistrictId, D(2023, 12, 31), 10) { StatedDenominator = 20 },
            new StatedOutcome("5 nhà", "mh-khac") { Quantity = 5 },
        ]);

        Assert.All(report.Findings, f => Assert.Equal(("DK899", Severity.Warning), (f.Code, f.Severity)));
        Assert.Equal(4, report.Findings.Length);
        Assert.Equal(4, report.WarningCount);
    }

    [Fact]
    public void Model_counts_count_the_unit_and_its_subtree_exemplary_and_by_field_when_asked()
    {
        var data = Valid().WithModel(m => m with { IsExemplary = true }).Build();

        var report = new Reconciler(data).Reconcile(
        [
            new StatedModelCount("01 mô hình", DistrictId, 1),
            new StatedModelCount("01 mô hình của huyện", DistrictId, 1) { IncludeSubtree = false },
            new StatedModelCount("01 mô hình tiêu biểu", CommuneId, 1) { ExemplaryOnly = true },
            new StatedModelCount("01 mô hình kinh tế", CommuneId, 1) { Field = ModelField.Economy },
            new StatedModelCount("01 mô hình văn hóa", CommuneId, 1) { Field = ModelField.CultureSociety },
        ]);

        Assert.Equal(["DK803", "DK804", "DK803", "DK803", "DK804"], report.Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_rate_under_the_expected_definition_reconciles()
    {
        // The commune has 100 members, 5 exempt, 3 away; 1 pledge plus 94 more is 95 = all of the eligible.
        var data = Valid().WithMoreRegistrations(94).Build();
        var figure = new StatedParticipation("95 người đăng ký, đạt 100%", CommuneId, D(2023, 12, 31), 95)
        {
            StatedRate = StatedRate.Parse("100%", TextCulture.Vietnamese),
            Period = ReportingPeriod.Year(2023),
            Target = PledgeTarget.ForModel(TheModel),
        };

        var report = new Reconciler(data).Reconcile([figure]);

        Assert.Equal(["DK803", "DK811"], report.Findings.Select(f => f.Code));
        Assert.Equal(Rate.Of(95, 95), report.Findings[1].Arguments["computed"]);
    }

    [Fact]
    public void A_rate_that_matches_only_another_definition_is_a_warning()
    {
        var data = Valid().Build();
        var figure = new StatedParticipation("95 người đăng ký, đạt 95%", CommuneId, D(2023, 12, 31), 95)
        {
            StatedRate = StatedRate.Parse("95%", TextCulture.Vietnamese),
        };

        var finding = Single(data, figure);

        Assert.Equal(("DK812", Severity.Warning), (finding.Code, finding.Severity));
        Assert.Equal(-5m, finding.Arguments["difference"]);
        Assert.Equal(Rate.Of(95, 100), finding.Arguments["computedAllMembers"]);
        Assert.Contains("matches only 95/100 = 95.0% (of all members)", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconciled_figures_are_left_out_when_only_problems_are_wanted()
    {
        var report = new Reconciler(Dataset.Empty) { ReportConsistent = false }.Reconcile(
            [new StatedAmount("6,1 tỷ", Vnd("6,1 tỷ"), new Dong(6_100_000_000)), new StatedAmount("6,1 tỷ", Vnd("6,1 tỷ"), new Dong(1))]);

        Assert.Equal(["DK822"], report.Findings.Select(f => f.Code));
        Assert.Equal(2, report.FigureCount);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Null_figures_are_refused()
    {
        var reconciler = new Reconciler(Dataset.Empty);

        Assert.Throws<ArgumentNullException>(() => reconciler.Reconcile(null!));
        Assert.Throws<ArgumentNullException>(() => reconciler.Reconcile([null!]));
        Assert.Throws<ArgumentNullException>(() => new Reconciler(null!));
    }

    [Fact]
    public void Every_reconciliation_code_is_DK8xx_and_unique()
    {
        var codes = ReconciliationRules.Descriptors.Select(d => d.Code).ToList();

        Assert.All(codes, code => Assert.Matches("^DK8[0-9][0-9]$", code));
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Empty(codes.Intersect(ValidationRules.All.Select(r => r.Descriptor.Code)));
    }
}
