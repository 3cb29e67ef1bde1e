using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Interchange.Submissions;

/// <summary>Sets of submissions for the formats' tests: a hand-made one with every kind of figure, and generated ones.</summary>
internal static class SubmissionSamples
{
    public static readonly ReportingPeriod FirstHalf = ReportingPeriod.HalfYear(2023, 1);

    public static readonly Indicator Lamps = new("roads-lamps", new("Số bóng đèn chiếu sáng", "Street lamps"), IndicatorKind.Count)
    {
        Unit = new("bóng", "lamps"),
        OverTime = TimeAggregation.LastValue,
        Disaggregations = ["field-root", "ward"],
        MeasureCode = null,
    };

    public static readonly Indicator Coverage = new("lamp-coverage", new("Tỷ lệ đường có đèn", "Share of lit roads"), IndicatorKind.Rate)
    {
        OverUnits = HierarchyAggregation.None,
        Numerator = "roads-lit-km",
        Denominator = "roads-km",
    };

    public static readonly Indicator LitKm = new("roads-lit-km", new("Số km đường được thắp sáng", "Km of lit road"), IndicatorKind.Quantity) { Unit = new("km", "km") };

    public static readonly Form LampForm = new("lamps-quarterly", new("Báo cáo thắp sáng đường quê", "Lit roads report"), PeriodKind.Quarter,
        new FormItem("roads-lamps", "field-root"), new FormItem("money-raised"))
    {
        Submitters = [UnitKind.Commune, new UnitKind("special-zone", new("Đặc khu", "Special zone"))],
        DueAfter = Period.FromDays(15),
    };

    /// <summary>Two communes' reports, the second in two versions, with a figure of every kind and qualifier, and an approval history.</summary>
    public static SubmissionSet Sample()
    {
        var key = new SubmissionKey("xa-binh-duc", "dvk-half-year", FirstHalf);
        var other = new SubmissionKey("xa-doan-ket", "dvk-half-year", FirstHalf);
        var first = new Submission
        {
            Key = key,
            FiledOn = new LocalDate(2023, 6, 20),
            Document = new SubmissionDocument { Number = "14-BC/ĐU", Date = new LocalDate(2023, 6, 19), Title = "Báo cáo sơ kết 6 tháng", Issuer = "Đảng ủy xã Bình Đức", Signer = "Nguyễn Văn A, Bí thư" },
            Figures =
            [
                new SubmittedFigure("models-active", FigureValue.OfCount(51)) { Keys = [new("field-root", "economy")], Quote = "51 mô hình kinh tế" },
                new SubmittedFigure("money-raised", FigureValue.Of(new StatedDong(new Dong(730_000_000), new Dong(1_000_000), AmountQualifier.Over))) { Quote = "thu được trên 730 triệu đồng" },
                new SubmittedFigure("money-raised", FigureValue.Of(new StatedDong(new Dong(2_500_000_000), new Dong(100_000_000), AmountQualifier.About))),
                new SubmittedFigure("gifts", FigureValue.Of(new StatedCount(500, 100, AmountQualifier.Over))) { Quote = "hơn 500 suất quà" },
                new SubmittedFigure("roads-lit-km", FigureValue.Of(new StatedQuantity(12.5m, 0.1m, "km"))) { Quote = "=12,5 km" },
                new SubmittedFigure("study-rate", FigureValue.Of(new StatedRate(98.4m))) { Quote = "" },
                new SubmittedFigure("roads-lamps", FigureValue.OfCount(0)) { Keys = [new("field-root", "culture-society"), new("ward", "ấp 3")] },
            ],
        };
        var second = new Submission { Key = other, Version = 1, Figures = [new SubmittedFigure("models-active", FigureValue.OfCount(7))] };
        var corrected = new Submission { Key = other, Version = 2, FiledOn = new LocalDate(2023, 7, 2), Figures = [new SubmittedFigure("models-active", FigureValue.OfCount(8)) { Quote = "'=sửa, \"8\"" }] };
        var clock = new FakeClock(Instant.FromUtc(2023, 7, 3, 1, 0), Duration.FromHours(1));
        var history = new ApprovalHistory(other).Submit("can-bo-xa", clock, 1).History!
            .Return("can-bo-huyen", clock, 1, "Thiếu số liệu theo lĩnh vực").History!
            .Resubmit("can-bo-xa", clock, 2, "Đã bổ sung").History!
            .Approve("can-bo-huyen", clock, 2, "huyen-bu-dang").History!;
        return new SubmissionSet([first, second, corrected], [Lamps, Coverage, LitKm], [LampForm], [history]);
    }

    private static Gen<T> Try<T>(Gen<Func<T>> make) where T : class
        => make.Select(f =>
        {
            try
            {
                return f();
            }
            catch (ArgumentException)
            {
                return null;
            }
        }).Where(v => v is not null).Select(v => v!);

    private static readonly Gen<AmountQualifier> Qualifiers = Gen.Elements(AmountQualifier.None, AmountQualifier.Over, AmountQualifier.Under, AmountQualifier.About);

    public static readonly Gen<FigureValue> Values = Gen.OneOf(
        Try(from e in Gen.Choose(0, 3) from n in Gen.Choose(0, 5000) from q in Qualifiers
            select (Func<FigureValue>)(() => FigureValue.Of(new StatedCount(n * (long)Math.Pow(10, e), (long)Math.Pow(10, e), q)))),
        Try(from e in Gen.Choose(0, 9) from n in Gen.Choose(0, 9999) from q in Qualifiers
            select (Func<FigureValue>)(() => FigureValue.Of(new StatedDong(new Dong(n * (long)Math.Pow(10, e)), new Dong((long)Math.Pow(10, e)), q)))),
        Try(from e in Gen.Choose(-2, 2) from n in Gen.Choose(0, 99999) from u in Gen.Elements("km", "tấn", "kg", "căn", "m²") from q in Qualifiers
            select (Func<FigureValue>)(() => FigureValue.Of(new StatedQuantity(n * Pow(e), Pow(e), u, q)))),
        Try(from d in Gen.Choose(0, 2) from n in Gen.Choose(0, 100000) from q in Qualifiers
            select (Func<FigureValue>)(() => FigureValue.Of(new StatedRate(new decimal(n, 0, 0, false, (byte)d), q)))));

    // 10^e as a decimal whose scale is -e when e is negative, so that 0.1 has one decimal place.
    private static decimal Pow(int e) => e >= 0 ? (decimal)Math.Pow(10, e) : new decimal(1, 0, 0, false, (byte)-e);

    private static readonly Gen<string?> Texts = Gen.Elements<string?>(null, "", "51 mô hình", "=SUM(A1)", "'=x", " khoảng trắng ", "dấu, phẩy; \"ngoặc\"", "xuống\r\ndòng", "-5", "+84", "@ai", "\t");

    private static readonly Gen<SubmittedFigure> Figures =
        from indicator in Gen.Elements("models-active", "money-raised", "gifts", "roads-lit-km", "study-rate", "roads-lamps")
        from value in Values
        from keyCount in Gen.Choose(0, 2)
        from keys in Gen.ArrayOf(Gen.Elements(new FigureKey("field-root", "economy"), new FigureKey("ward", "ấp 3"), new FigureKey("purpose", "tet-gifts")), keyCount)
        from quote in Texts
        select new SubmittedFigure(indicator, value) { Keys = [.. keys], Quote = quote };

    /// <summary>Submissions of every kind of value, with and without keys, quotes and documents.</summary>
    public static readonly Gen<Submission> Submissions =
        from unit in Gen.Elements("xa-a", "xa-b", "phuong-c")
        from form in Gen.Elements("dvk-half-year", "lamps-quarterly")
        from period in Gen.Elements(FirstHalf, ReportingPeriod.Year(2023), ReportingPeriod.Quarter(2024, 2))
        from version in Gen.Choose(1, 3)
        from filed in Gen.Elements<LocalDate?>(null, new LocalDate(2023, 7, 1))
        from number in Texts
        from figureCount in Gen.Choose(0, 5)
        from figures in Gen.ArrayOf(Figures, figureCount)
        select new Submission
        {
            Key = new SubmissionKey(unit, form, period),
            Version = version,
            FiledOn = filed,
            Document = number is null ? null : new SubmissionDocument { Number = number, Signer = number.Length > 3 ? "Trần Thị B" : null },
            Figures = [.. figures],
        };

    /// <summary>The set with each figure's indicator one of the kind of its value, as a sheet needs: the sheet reads a value as its indicator's kind.</summary>
    public static SubmissionSet Consistent(SubmissionSet set)
        => new(set.Submissions.Select(s => new Submission
        {
            Key = s.Key,
            Version = s.Version,
            FiledOn = s.FiledOn,
            Document = s.Document,
            Figures = [.. s.Figures.Select(f => new SubmittedFigure(f.Value.Kind switch
            {
                IndicatorKind.Count => "gifts",
                IndicatorKind.Money => "money-raised",
                IndicatorKind.Quantity => "roads-lit-km",
                _ => "study-rate",
            }, f.Value) { Keys = f.Keys, Quote = f.Quote })],
        }), [Lamps, Coverage, LitKm], [LampForm]);

    /// <summary>Sets of submissions, one per slot and version, with the sample's definitions and an approval history for some slots.</summary>
    public static Arbitrary<SubmissionSet> Sets()
        => (from count in Gen.Choose(0, 8)
            from submissions in Gen.ArrayOf(Submissions, count)
            from steps in Gen.Choose(0, 4)
            from definitions in Gen.Elements(true, false)
            select Build([.. submissions.DistinctBy(s => (s.Key, s.Version))], steps, definitions)).ToArbitrary();

    private static SubmissionSet Build(Submission[] submissions, int steps, bool definitions)
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 7, 3, 1, 0), Duration.FromMinutes(7));
        var histories = submissions.Select(s => s.Key).Distinct().Take(2).Select(key =>
        {
            var history = new ApprovalHistory(key);
            if (steps >= 1) history = history.Submit("can-bo", clock, 1).History!;
            if (steps >= 2) history = history.Return("huyen", clock, 1, "Sai số").History!;
            if (steps >= 3) history = history.Resubmit("can-bo", clock, 2).History!;
            if (steps >= 4) history = history.Approve("huyen", clock, 2, "huyen-x").History!;
            return history;
        });
        return definitions
            ? new SubmissionSet(submissions, [Lamps, Coverage, LitKm], [LampForm], histories)
            : new SubmissionSet(submissions, approvals: histories);
    }
}
