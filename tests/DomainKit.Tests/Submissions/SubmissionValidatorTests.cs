using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Submissions.Checks;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;

namespace DomainKit.Tests.Submissions;

public sealed class SubmissionValidatorTests
{
    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.HalfYear(2023, 1);

    private static readonly Form HalfYearly = new("so-ket", new("Báo cáo sơ kết", "Half-year report"), PeriodKind.HalfYear,
        new FormItem("models-launched", "field-root"), new FormItem("share-covered"), new FormItem("share-unknown"))
    {
        Submitters = [UnitKind.Commune],
    };

    // An app's rates: one that names no counts, one that names a count no indicator has.
    private static readonly Indicator ShareCovered = new("share-covered", new("Tỷ lệ bao phủ", "Share covered"), IndicatorKind.Rate);
    private static readonly Indicator ShareUnknown = new("share-unknown", new("Tỷ lệ chưa rõ", "Share unknown"), IndicatorKind.Rate)
    {
        Numerator = "models-launched",
        Denominator = "households-nowhere",
    };

    private static Dataset Map() => new DatasetBuilder()
        .Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province },
            new Unit { Id = "xa-a1", Name = "Xã A1", Kind = UnitKind.Commune, ParentId = new UnitId("tinh") },
            new Unit { Id = "chi-bo", Name = "Chi bộ 1", Kind = UnitKind.PartyCell, ParentId = new UnitId("xa-a1") })
        .Build();

    private static Submission Filed(string unit, params SubmittedFigure[] figures) => Version(1, unit, figures);

    private static Submission Version(int version, string unit, params SubmittedFigure[] figures)
        => new() { Key = new SubmissionKey(unit, "so-ket", FirstHalf), Version = version, Figures = [.. figures] };

    private static SubmittedFigure Count(string indicator, long value, params FigureKey[] keys) => new(indicator, FigureValue.OfCount(value)) { Keys = [.. keys] };

    private static IReadOnlyList<Finding> Validate(params Submission[] submissions)
        => SubmissionValidator.Validate(new SubmissionSet(submissions, indicators: [ShareCovered, ShareUnknown], forms: [HalfYearly]), Map());

    [Fact]
    public void A_well_formed_submission_has_no_finding()
    {
        var findings = Validate(
            Filed("xa-a1", Count("models-launched", 3, new FigureKey("field-root", "economy")), Count("models-launched", 2, new FigureKey("FIELD-ROOT", "culture")),
                Count("models-launched", 5), new SubmittedFigure("study-rate", FigureValue.Read("96,7%", IndicatorKind.Rate, TextCulture.Vietnamese).Value)),
            Version(2, "xa-a1", Count("models-launched", 6)));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_figure_of_an_unknown_indicator_is_an_error()
    {
        var finding = Assert.Single(Validate(Filed("xa-a1", Count("models-launched", 1), Count("models-flying", 3))));

        Assert.Equal("DK761", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(EntityRef.ForSubmission(new SubmissionKey("xa-a1", "so-ket", FirstHalf), 1), finding.Entity);
        Assert.Equal("IndicatorCode", finding.Field);
        Assert.Equal("Submission xa-a1/so-ket/2023H1, figure 2: no indicator has the code 'models-flying'; the figure models-flying = 3 is not rolled up.", finding.Message.English);
    }

    [Fact]
    public void A_value_of_another_kind_than_its_indicator_is_an_error()
    {
        var finding = Assert.Single(Validate(Filed("xa-a1", new SubmittedFigure("models-launched", FigureValue.OfMoney(Dong.FromDong(5_000_000))))));

        Assert.Equal("DK762", finding.Code);
        Assert.Equal("Value", finding.Field);
        Assert.Equal("Báo cáo xa-a1/so-ket/2023H1, số liệu thứ 1: chỉ tiêu Mô hình ra mắt mới là số đếm, nhưng số liệu models-launched = 5.000.000 đ là số tiền.", finding.Message.Vietnamese);
        Assert.Empty(Validate(Filed("xa-a1", new SubmittedFigure("money-raised", FigureValue.OfMoney(Dong.FromDong(5_000_000))))));
    }

    [Fact]
    public void A_key_of_a_dimension_the_indicator_does_not_take_is_an_error()
    {
        var finding = Assert.Single(Validate(Filed("xa-a1", Count("models-launched", 1, new FigureKey("colour", "red")))));

        Assert.Equal("DK763", finding.Code);
        Assert.Equal("colour", finding.Arguments["dimension"]);
        Assert.Equal("Submission xa-a1/so-ket/2023H1, figure 1: the indicator Models launched is not broken down by 'colour' (it takes: field-root, field, model-kind).", finding.Message.English);
        Assert.Empty(Validate(Filed("xa-a1", Count("models-launched", 1, new FigureKey("model-kind", "club")))));
    }

    [Fact]
    public void The_same_indicator_and_keys_stated_twice_in_one_submission_is_an_error()
    {
        var findings = Validate(Filed("xa-a1",
            Count("models-launched", 3), Count("MODELS-LAUNCHED", 4),
            Count("models-launched", 1, new FigureKey("field-root", "economy"), new FigureKey("model-kind", "club")),
            Count("models-launched", 2, new FigureKey("model-kind", "club"), new FigureKey("field-root", "ECONOMY"))));

        Assert.Equal(["DK764", "DK764"], findings.Select(f => f.Code));
        Assert.Equal("Submission xa-a1/so-ket/2023H1, figure 2: MODELS-LAUNCHED is already stated by figure 1 (3); here it is 4.", findings[0].Message.English);
        Assert.Equal(3, findings[1].Entity.Index);
        // Two submissions may state the same figure: one is a correction of the other.
        Assert.Empty(Validate(Filed("xa-a1", Count("models-launched", 3)), Version(2, "xa-a1", Count("models-launched", 4))));
    }

    [Fact]
    public void A_version_below_one_or_two_submissions_with_the_same_version_is_an_error()
    {
        var findings = Validate(Version(0, "xa-a1"), Version(2, "xa-a1"), Version(2, "xa-a1"));

        Assert.Equal(["DK765", "DK765"], findings.Select(f => f.Code));
        Assert.Equal("Submission xa-a1/so-ket/2023H1 has version 0: versions are numbered from 1.", findings[0].Message.English);
        Assert.Equal("Version", findings[1].Field);
        Assert.Equal(2, findings[1].Arguments["version"]);
    }

    [Fact]
    public void A_submission_of_an_unknown_unit_or_form_is_an_error()
    {
        var findings = Validate(Filed("xa-la"), new Submission { Key = new SubmissionKey("xa-a1", "bieu-la", FirstHalf) });

        Assert.Equal(["DK766", "DK766"], findings.Select(f => f.Code));
        Assert.Equal("Báo cáo xa-la/so-ket/2023H1: không có đơn vị mã “xa-la”.", findings[0].Message.Vietnamese);
        Assert.Equal("Unit", findings[0].Field);
        Assert.Equal("Submission xa-a1/bieu-la/2023H1: there is no form with the code 'bieu-la'.", findings[1].Message.English);
        Assert.Equal("FormCode", findings[1].Field);
    }

    [Fact]
    public void A_submission_from_a_unit_the_form_does_not_expect_is_a_warning()
    {
        var finding = Assert.Single(Validate(Filed("chi-bo")));

        Assert.Equal("DK767", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Submission chi-bo/so-ket/2023H1: Chi bộ 1 is a Party cell, and the form Half-year report is filed only by Commune.", finding.Message.English);
        Assert.Equal("Báo cáo chi-bo/so-ket/2023H1: Chi bộ 1 là Chi bộ, mà biểu mẫu Báo cáo sơ kết chỉ do Xã, phường, thị trấn gửi.", finding.Message.Vietnamese);
    }

    [Fact]
    public void A_period_of_another_kind_than_the_forms_is_an_error()
    {
        var finding = Assert.Single(Validate(new Submission { Key = new SubmissionKey("xa-a1", "so-ket", ReportingPeriod.Year(2023)) }));

        Assert.Equal("DK768", finding.Code);
        Assert.Equal("Period", finding.Field);
        Assert.Equal("Submission xa-a1/so-ket/2023: the period 2023 is not a half-year, the kind of period of the form Half-year report.", finding.Message.English);
        Assert.Equal("Báo cáo xa-a1/so-ket/2023: kỳ năm 2023 không phải kỳ 6 tháng, loại kỳ của biểu mẫu Báo cáo sơ kết.", finding.Message.Vietnamese);
    }

    [Fact]
    public void A_rate_whose_indicator_does_not_define_its_counts_is_a_warning()
    {
        var rate = FigureValue.Read("96,7%", IndicatorKind.Rate, TextCulture.Vietnamese).Value;
        var findings = Validate(Filed("xa-a1", new SubmittedFigure("share-covered", rate), new SubmittedFigure("share-unknown", rate)));

        Assert.Equal(["DK769", "DK769"], findings.Select(f => f.Code));
        Assert.Equal(Severity.Warning, findings[0].Severity);
        Assert.Equal("Submission xa-a1/so-ket/2023H1, figure 1: the indicator Share covered is a rate but it does not name both the counts it is computed from; the rate share-covered = 96.7% cannot be checked or recomputed from counts.", findings[0].Message.English);
        Assert.Equal("Báo cáo xa-a1/so-ket/2023H1, số liệu thứ 1: chỉ tiêu Tỷ lệ bao phủ là tỷ lệ nhưng chưa xác định tử số và mẫu số; tỷ lệ share-covered = 96,7% không kiểm tra và không tổng hợp lại được từ số đếm.", findings[0].Message.Vietnamese);
        Assert.Contains("households-nowhere", findings[1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SubmissionValidator.Validate(null!, Map()));
        Assert.Throws<ArgumentNullException>(() => SubmissionValidator.Validate(SubmissionSet.Empty, null!));
    }

    [Fact]
    public void The_descriptors_are_the_codes_761_to_769_in_order()
        => Assert.Equal(Enumerable.Range(761, 9).Select(n => $"DK{n}"), SubmissionRules.Descriptors.Select(d => d.Code));
}
