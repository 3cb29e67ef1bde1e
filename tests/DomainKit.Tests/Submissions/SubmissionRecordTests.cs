using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Tests.Interchange.Submissions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Submissions;

public sealed class SubmissionRecordTests
{
    private static readonly SubmissionKey Key = new("huyen-bu-dang", "dvk-year", ReportingPeriod.Year(2023));

    [Theory]
    [InlineData("51", IndicatorKind.Count, "51")]
    [InlineData("hơn 500", IndicatorKind.Count, "hơn 500")]
    [InlineData("trên 730 triệu", IndicatorKind.Money, "trên 730 triệu đồng")]
    [InlineData("2,5 tỷ", IndicatorKind.Money, "2,5 tỷ đồng")]
    [InlineData("12,5 km", IndicatorKind.Quantity, "12,5 km")]
    [InlineData("98,4%", IndicatorKind.Rate, "98,4%")]
    public void A_value_is_read_as_an_officer_writes_it_and_written_back_the_same_way(string text, IndicatorKind kind, string written)
    {
        var read = FigureValue.Read(text, kind, TextCulture.Vietnamese);

        Assert.True(read.Success, read.ToString());
        Assert.Equal(kind, read.Value.Kind);
        Assert.Equal(written, read.Value.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void An_approximate_value_says_it_is_not_exact_and_keeps_its_qualifier()
    {
        var value = FigureValue.Read("trên 730 triệu", IndicatorKind.Money, TextCulture.Vietnamese).Value;

        Assert.False(value.IsExact);
        Assert.Equal(AmountQualifier.Over, value.Money!.Value.Qualifier);
        Assert.Null(value.Count);
        Assert.True(FigureValue.OfCount(51).IsExact);
        Assert.Equal(FigureValue.OfMoney(new Dong(5)), FigureValue.Of(StatedDong.Exact(new Dong(5))));
        Assert.NotEqual(FigureValue.OfCount(5), FigureValue.Of(new StatedCount(5, 1, AmountQualifier.Over)));
    }

    [Theory]
    [InlineData("", IndicatorKind.Count)]
    [InlineData("năm mươi", IndicatorKind.Count)]
    [InlineData("85.300.00", IndicatorKind.Money)]
    [InlineData("vài phần trăm", IndicatorKind.Rate)]
    public void Text_that_is_not_a_value_says_why_and_never_throws(string text, IndicatorKind kind)
    {
        var read = FigureValue.Read(text, kind, TextCulture.Vietnamese);

        Assert.False(read.Success);
        Assert.NotEqual(ParseFailure.None, read.Failure);
        Assert.False(string.IsNullOrEmpty(read.Reason.Vietnamese));
    }

    [Fact]
    public void The_latest_version_of_a_report_is_its_current_one_and_every_version_is_kept()
    {
        var first = new Submission { Key = Key, Figures = [new SubmittedFigure("gifts", FigureValue.OfCount(10))] };
        var second = new Submission { Key = Key, Version = 2, FiledOn = new LocalDate(2023, 12, 20), Figures = [new SubmittedFigure("gifts", FigureValue.OfCount(12))] };

        var set = new SubmissionSet([second, first]);

        Assert.Equal(second, set.Latest(Key));
        Assert.NotEqual(first, set.Latest(Key));
        Assert.Equal(2, set.Submissions.Count);
        Assert.Equal([second], set.LatestFor("DVK-YEAR", ReportingPeriod.Year(2023)));
        Assert.Empty(set.LatestFor("dvk-year", ReportingPeriod.Year(2022)));
        Assert.Null(set.Latest(new SubmissionKey("xa-khac", "dvk-year", ReportingPeriod.Year(2023))));
        Assert.Equal("huyen-bu-dang/dvk-year/2023 v2 (1 figures)", second.ToString());
    }

    [Property(MaxTest = 200)]
    public Property A_set_gives_back_every_submission_as_given_figure_for_figure()
        => Prop.ForAll(Gen.ListOf(SubmissionSamples.Submissions).ToArbitrary(), submissions =>
        {
            var set = new SubmissionSet(submissions);

            Assert.Equal(submissions, set.Submissions);
            for (var i = 0; i < submissions.Count; i++)
            {
                Assert.Equal(submissions[i].Figures.AsEnumerable(), set.Submissions[i].Figures.AsEnumerable());
                Assert.Equal(submissions[i].Figures.Select(f => f.Quote), set.Submissions[i].Figures.Select(f => f.Quote));
                Assert.Equal(submissions[i].Figures.Select(f => f.Value.ToString(TextCulture.Vietnamese)), set.Submissions[i].Figures.Select(f => f.Value.ToString(TextCulture.Vietnamese)));
            }
        });

    [Fact]
    public void An_apps_own_indicator_or_form_stands_in_for_the_built_in_one_with_its_code()
    {
        var own = new Indicator("gifts", new("Quà Tết", "Tet gifts"), IndicatorKind.Count);
        var set = new SubmissionSet([], indicators: [own]);

        Assert.Same(own, set.FindIndicator("GIFTS"));
        Assert.Same(Indicator.FromCode("money-raised"), set.FindIndicator("money-raised"));
        Assert.Null(set.FindIndicator("nothing"));
        Assert.Same(Form.FromCode("dvk-year"), set.FindForm("dvk-year"));
        Assert.Throws<ArgumentException>(() => new SubmissionSet([], indicators: [own, own]));
        Assert.Throws<ArgumentNullException>(() => new SubmissionSet(null!));
    }

    [Fact]
    public void A_figure_says_its_indicator_breakdown_and_value()
    {
        var figure = new SubmittedFigure("models-active", FigureValue.OfCount(51)) { Keys = [new FigureKey("field-root", "economy")], Quote = "51 mô hình kinh tế" };

        Assert.Equal("models-active[field-root=economy] = 51", figure.ToString());
        Assert.Equal(new FigureKey("FIELD-ROOT", "Economy"), figure.Keys[0]);
        Assert.Equal(figure, new SubmittedFigure("MODELS-ACTIVE", FigureValue.OfCount(51)) { Keys = [new FigureKey("field-root", "economy")], Quote = "51 mô hình kinh tế" });
        Assert.Throws<ArgumentNullException>(() => new SubmittedFigure("x", null!));
    }

    [Fact]
    public void A_document_is_known_by_its_number()
    {
        var document = new SubmissionDocument { Number = "14-CTr/BCĐDVK", Date = new LocalDate(2023, 11, 10), Issuer = "Ban Chỉ đạo", Signer = "Nguyễn Văn A" };

        Assert.Equal("14-CTr/BCĐDVK", document.ToString());
        Assert.Equal(document, document with { });
        Assert.Equal(string.Empty, new SubmissionDocument().ToString());
    }
}
