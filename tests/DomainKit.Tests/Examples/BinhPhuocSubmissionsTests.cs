using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Tests.Examples;

public sealed class BinhPhuocSubmissionsTests
{
    private static readonly IndicatorTable Table = SubmissionsSummary.Rollup(BinhPhuoc2023.Build());

    private static string Total(string indicator) => IndicatorTable.TotalOf(Table.Find(indicator)!).ToString(TextCulture.Vietnamese);

    [Fact]
    public void Every_Party_committee_the_report_names_files_one_submission_and_the_Tinh_uy_files_none()
    {
        var submissions = BinhPhuoc2023.Submissions();
        var filers = submissions.Select(s => s.Key.Unit).ToList();

        Assert.Equal(18, submissions.Length);
        Assert.Equal(filers.Distinct().Count(), filers.Count);
        Assert.DoesNotContain(BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc, filers);
        Assert.All(BinhPhuoc2023.UnitIds.DistrictCommittees, id => Assert.Contains(id, filers));
        Assert.All(submissions.SelectMany(s => s.Figures), f => Assert.False(string.IsNullOrWhiteSpace(f.Quote)));
        // The columns of the roll-up are exactly the units that filed, then the province's total.
        Assert.Equal([.. filers, BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc], Table.Columns.Select(c => c.Id));
    }

    [Fact]
    public void The_stated_96_7_percent_is_checked_against_Bu_Dang_s_own_counts()
    {
        var finding = Assert.Single(Table.Findings);

        Assert.Equal(IndicatorRules.RateDiffersFromCounts.Code, finding.Code);
        var text = finding.ToString(TextCulture.Vietnamese);
        Assert.Contains("Đảng bộ huyện Bù Đăng", text);
        Assert.Contains("96,7%", text);
        Assert.Contains("95,0%", text);
        // The rate in the table is recomputed from the counts, not copied from the report.
        Assert.Equal("95,0%", Total("pledge-rate"));
    }

    [Fact]
    public void No_province_total_is_invented_so_no_total_is_checked_against_its_parts()
    {
        Assert.DoesNotContain(Table.Findings, f => f.Code == IndicatorRules.TotalDiffersFromParts.Code || f.Code == IndicatorRules.PartsExceedTotal.Code);
        Assert.All(Table.Lines, line => Assert.DoesNotContain(BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc, IndicatorTable.TotalOf(line).SubmittedBy));
    }

    [Fact]
    public void The_province_column_adds_up_what_the_units_stated_and_names_them()
    {
        var raised = IndicatorTable.TotalOf(Table.Find(BinhPhuoc2023.IndicatorCodes.MoneyRaisedToDate)!);

        // 6.100.542.700 + 2.407.798.600 + 1.724.804.300 + 2.447.442.000 + 38.358.000
        Assert.Equal("12.718.945.600 đ", raised.ToString(TextCulture.Vietnamese));
        Assert.True(raised.IsExact);
        Assert.Equal(FigureSources.Submissions, raised.Source);
        Assert.Equal<UnitId>(
            [BinhPhuoc2023.UnitIds.ThiUyPhuocLong, BinhPhuoc2023.UnitIds.ThiUyChonThanh, BinhPhuoc2023.UnitIds.DangBoHuyenBuDang, BinhPhuoc2023.UnitIds.HuyenUyBuDop, BinhPhuoc2023.UnitIds.HuyenUyDongPhu],
            [.. raised.SubmittedBy]);
        Assert.Equal("6.046.889.000 đ", Total(BinhPhuoc2023.IndicatorCodes.MoneySpentToDate));
        Assert.Equal("75", Total(BinhPhuoc2023.IndicatorCodes.OrganisationsTakingPart));
        Assert.Equal("100,0%", Total(BinhPhuoc2023.IndicatorCodes.OrganisationsRate));
    }

    [Fact]
    public void A_figure_no_unit_stated_stays_empty_in_the_roll_up()
    {
        // The report gives the poor and near-poor households of Lộc Ninh but never their sum.
        var households = IndicatorTable.TotalOf(Table.Find(BinhPhuoc2023.IndicatorCodes.HouseholdsAccompanied)!);

        Assert.False(households.HasValue);
        Assert.Equal("–", households.ToString(TextCulture.Vietnamese));
        Assert.Equal("230", IndicatorTable.TotalOf(Table.Find(BinhPhuoc2023.IndicatorCodes.HouseholdsAccompanied, new DomainKit.Submissions.FigureKey("household-status", "poor"))!).ToString(TextCulture.Vietnamese));
        Assert.Equal("–", Table.CellOf(Table.Find("models-active")!, new UnitId("thanh-uy-dong-xoai")).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void The_example_prints_the_roll_up_and_the_check_of_the_rate()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Program.Write(output, TextCulture.Vietnamese);
        var text = output.ToString();

        Assert.Contains("Tổng hợp toàn tỉnh từ các báo cáo", text);
        Assert.Contains("Số tiền vận động được (lũy kế đến nay): 12.718.945.600 đ (chính xác; 5/18 đơn vị báo cáo", text);
        Assert.Contains("DK834", text);
        Assert.Contains("Thành ủy Đồng Xoài: báo cáo nêu mô hình nhưng không nêu số liệu.", text);
    }
}
