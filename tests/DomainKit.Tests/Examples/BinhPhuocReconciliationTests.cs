using DomainKit.Aggregation;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Money;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Tests.Examples;

/// <summary>Pins what reconciling the figures seed 000 states against the Bình Phước dataset finds.</summary>
public sealed class BinhPhuocReconciliationTests
{
    private static readonly ReconciliationResult Report = new Reconciler(BinhPhuoc2023.Build()).Reconcile(BinhPhuoc2023.StatedFigures());

    [Fact]
    public void The_only_figure_that_does_not_reconcile_is_the_Bu_Dang_rate_of_96_7_percent()
    {
        Assert.Equal(11, Report.FigureCount);
        Assert.Equal((1, 0, 19), (Report.ErrorCount, Report.WarningCount, Report.InfoCount));
        var error = Assert.Single(Report.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("DK813", EntityRef.ForUnit(BinhPhuoc2023.UnitIds.DangBoHuyenBuDang), "Rate"), (error.Code, error.Entity, error.Field));
    }

    [Fact]
    public void Ninety_six_point_seven_percent_matches_neither_3922_of_4127_nor_3922_of_3922_with_the_difference_to_each()
    {
        var finding = Assert.Single(Report.WithCode("DK813"));

        Assert.Equal(StatedRate.Parse("96,7%", TextCulture.Vietnamese), finding.Arguments["stated"]);
        Assert.Equal(Rate.Of(3922, 4127), finding.Arguments["computedAllMembers"]);
        Assert.Equal(1.7m, finding.Arguments["differenceAllMembers"]);
        Assert.Equal(Rate.Of(3922, 3922), finding.Arguments["computedExcludingExempt"]);
        Assert.Equal(-3.3m, finding.Arguments["differenceExcludingExempt"]);
        Assert.Equal(Rate.Of(3922, 4127), finding.Arguments["computedStatedDenominator"]);
        // The expected definition (members less exempt) is the one "computed" and "difference" refer to.
        Assert.Equal(Rate.Of(3922, 3922), finding.Arguments["computed"]);
        Assert.Equal(-3.3m, finding.Arguments["difference"]);
        Assert.Equal(
            "Bù Đăng, “3 không, 4 có”: tỷ lệ 96,7% không khớp với cách tính nào: 3.922/4.127 = 95,0% (trên tổng số thành viên, mẫu số báo cáo nêu), " +
            "chênh +1,7 điểm phần trăm; 3.922/3.922 = 100,0% (trên số thuộc diện, trừ miễn sinh hoạt), chênh -3,3 điểm phần trăm.",
            finding.Message.Vietnamese);
        Assert.Equal(
            "Bù Đăng, “3 không, 4 có”: the stated rate 96.7% matches no definition of the denominator: 3,922/4,127 = 95.0% (of all members, the stated denominator), " +
            "+1.7 percentage points apart; 3,922/3,922 = 100.0% (of the eligible, excluding exempt), -3.3 percentage points apart.",
            finding.Message.English);
    }

    [Fact]
    public void The_stated_fraction_of_Bu_Dang_reconciles_4127_members_and_3922_plus_205_exempt()
    {
        var denominator = Assert.Single(Report.WithCode("DK814"), f => f.Entity.Id == BinhPhuoc2023.UnitIds.DangBoHuyenBuDang.ToString());
        var remainder = Assert.Single(Report.WithCode("DK816"));

        Assert.Equal((4127L, 4127L), ((long)denominator.Arguments["stated"]!, (long)denominator.Arguments["computed"]!));
        Assert.Equal((205L, 205L), ((long)remainder.Arguments["stated"]!, (long)remainder.Arguments["computed"]!));
        Assert.Equal(205, remainder.Arguments["exempt"]);
        Assert.Contains("3,922 + 205 = 4,127", remainder.Message.English, StringComparison.Ordinal);
        Assert.Empty(Report.WithCode("DK815"));
        Assert.Empty(Report.WithCode("DK817"));
    }

    [Fact]
    public void Every_stated_fund_figure_reconciles_with_the_ledger()
    {
        var amounts = Report.Findings.Where(f => f.Entity.Kind == EntityKind.Fund).ToList();

        Assert.Equal(8, amounts.Count);
        Assert.All(amounts, f => Assert.Contains(f.Code, new[] { "DK821", "DK803" }));
        Assert.Equal(
            ["Contributions", "Disbursements", "Contributions", "Disbursements", "Occurrences", "Disbursements", "Contributions", "Disbursements"],
            amounts.Select(f => f.Field));
    }

    [Fact]
    public void Loc_Ninh_has_56_of_56_base_organisations_registered_which_is_100_percent()
    {
        var denominator = Assert.Single(Report.WithCode("DK814"), f => f.Entity.Id == BinhPhuoc2023.UnitIds.HuyenUyLocNinh.ToString());

        Assert.Equal(Rate.Of(56, 56), denominator.Arguments["rate"]);
        Assert.EndsWith("56/56 = 100,0%.", denominator.Message.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Cong_an_two_exemplary_models_and_the_Bu_Dang_outcome_reconcile()
    {
        var counts = Report.WithCode("DK803").Select(f => (f.Entity.ToString(), f.Field)).ToList();

        Assert.Contains(("unit:dang-uy-cong-an-tinh", "Count"), counts);
        Assert.Contains(("model:bu-dang-moi-chi-bo-mot-dia-chi-nhan-dao", "Quantity"), counts);
        Assert.Single(Report.WithCode("DK821"), f => f.Field == "MoneyValue");
    }
}

public sealed class BinhPhuocProgramReconciliationTests
{
    private static string Run(TextCulture culture)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Program.Write(output, culture);
        return output.ToString();
    }

    [Fact]
    public void The_Vietnamese_output_has_a_reconciliation_section_after_the_validation_findings()
    {
        var text = Run(TextCulture.Vietnamese);

        var validation = text.IndexOf("Không có phát hiện nào.", StringComparison.Ordinal);
        var reconciliation = text.IndexOf("Đối chiếu số liệu báo cáo nêu với dữ liệu:", StringComparison.Ordinal);
        Assert.InRange(reconciliation, validation + 1, int.MaxValue);
        Assert.Contains("11 số liệu đã đối chiếu: 1 lỗi, 0 cảnh báo, 19 thông tin", text, StringComparison.Ordinal);
        Assert.Contains("DK813 lỗi unit:dang-bo-huyen-bu-dang.Rate: Bù Đăng, “3 không, 4 có”: tỷ lệ 96,7% không khớp với cách tính nào", text, StringComparison.Ordinal);
        Assert.Contains("báo cáo nêu 96,7%, không khớp cách tính nào.", text, StringComparison.Ordinal);
        Assert.Contains("56/56 = 100,0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_English_output_reports_the_same_findings_in_the_invariant_culture()
    {
        var text = Run(TextCulture.English);

        Assert.Contains("11 figures checked: 1 errors, 0 warnings, 19 information", text, StringComparison.Ordinal);
        Assert.Contains("the stated rate 96.7% matches no definition of the denominator: 3,922/4,127 = 95.0%", text, StringComparison.Ordinal);
        Assert.Contains("stated 131,500,000 VND, consistent with the 131,500,000 VND", text, StringComparison.Ordinal);
        Assert.DoesNotContain("96,7%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconciliation_errors_in_the_report_do_not_make_the_data_invalid()
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Program.Write(output, TextCulture.Vietnamese).HasErrors);
    }
}
