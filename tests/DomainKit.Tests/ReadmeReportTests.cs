using DomainKit.Aggregation;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Reconciliation;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Tests;

// The README's "Reports and reconciliation" snippet, run on the Bình Phước dataset.
public sealed class ReadmeReportTests
{
    [Fact]
    public void The_readme_report_and_reconciliation_snippet_runs_and_finds_the_rate_mismatch()
    {
        var dataset = BinhPhuoc2023.Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = "tinh-uy-binh-phuoc",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot, Dimension.Quarter],
            Measures = [Measure.ActiveModels, Measure.Contributions, Measure.FundBalance, Measure.ParticipationRate],
        });
        var findings = new Reconciler(dataset).Reconcile(
        [
            new StatedParticipation("Có 3922/4.127 đảng viên đăng ký ..., đạt tỷ lệ 96,7% còn 205 đảng viên miễn sinh hoạt",
                "dang-bo-huyen-bu-dang", new LocalDate(2023, 11, 10), Registered: 3_922)
            {
                StatedDenominator = 4_127,
                StatedRate = StatedRate.Parse("96,7%", TextCulture.Vietnamese),
                StatedRemainder = 205,
            },
        ]);

        Assert.Contains("Tổng cộng", table.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
        Assert.Equal(60, table.ValueOf(table.Total, Measure.ActiveModels).Count);
        Assert.Contains(findings.Findings, f => f.Code == "DK813");
        Assert.Contains("96,7%", findings.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
    }
}
