using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Examples.LongAn;
using DomainKit.Text;

namespace DomainKit.Tests.Examples;

public sealed class LongAnExampleTests
{
    private static string Run(TextCulture culture)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Program.Write(output, culture);
        return output.ToString();
    }

    [Fact]
    public void The_province_total_of_over_700_million_stays_a_lower_bound()
    {
        var table = LongAn2014.Rollup(LongAn2014.Build());
        var total = IndicatorTable.TotalOf(table.Find("money-raised")!);

        Assert.False(total.IsExact);
        Assert.Equal("trên 700 triệu đồng", total.ToString(TextCulture.Vietnamese));
        // "700 triệu" is written to the million, so "hơn 700 triệu" is above 699.500.000 and has no upper bound.
        Assert.Equal(699_500_001, total.Money!.Value.Min.Value);
        Assert.Null(total.Money!.Value.Max);
        Assert.Equal<DomainKit.Units.UnitId>([LongAn2014.UnitIds.DucHoa], [.. total.SubmittedBy]);
        Assert.Equal(FigureSources.Submissions, total.Source);
    }

    [Fact]
    public void Every_named_Party_organisation_files_and_only_Duc_Hoa_states_a_figure()
    {
        var submissions = LongAn2014.Submissions();

        Assert.Equal(4, submissions.Length);
        var figure = Assert.Single(submissions.SelectMany(s => s.Figures));
        Assert.Contains("hơn 700 triệu đồng", figure.Quote, StringComparison.Ordinal);
        Assert.Equal(LongAn2014.UnitIds.DucHoa, submissions.Single(s => !s.Figures.IsEmpty).Key.Unit);
    }

    [Fact]
    public void With_no_stated_total_or_rate_the_checks_find_nothing_and_models_stay_empty()
    {
        var table = LongAn2014.Rollup(LongAn2014.Build());

        Assert.Empty(table.Findings);
        Assert.False(IndicatorTable.TotalOf(table.Find("models-active")!).HasValue);
    }

    [Fact]
    public void The_example_prints_the_approximate_total_in_both_cultures()
    {
        var vietnamese = Run(TextCulture.Vietnamese);
        var english = Run(TextCulture.English);

        Assert.Contains("Số tiền vận động được: trên 700 triệu đồng (ước tính; 1/3 đơn vị báo cáo: Đảng bộ huyện Đức Hòa)", vietnamese);
        Assert.Contains("Không có phát hiện nào", vietnamese);
        Assert.Contains("approximate", english);
        Assert.DoesNotContain("700.000.000", vietnamese);
        Assert.DoesNotContain("triệu", english);
    }
}
