using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Examples.LongAn;

/// <summary>
/// The report "Long An: Nhân rộng cách làm hay, mô hình hiệu quả học và làm theo gương Bác" (TTX, published
/// 15/06/2014; seed 003) as submissions: each Party organisation it names under its own name files its part, with the
/// figures as the report states them, and the Tỉnh ủy rolls them up.
/// </summary>
/// <remarks>
/// The report states one figure: Đức Hòa's "hơn 700 triệu đồng" saved in nearly six months. It states no province
/// total, no count of models and no rate, so nothing else is filed: the units that run a model without a figure file
/// a report with no figure, and the Tỉnh ủy files none.
/// </remarks>
public static class LongAn2014
{
    /// <summary>The title of the source report.</summary>
    public const string ReportTitle = "Long An: Nhân rộng cách làm hay, mô hình hiệu quả học và làm theo gương Bác";

    /// <summary>The day the report was published: "Chủ Nhật, 15/6/2014".</summary>
    public static LocalDate Published { get; } = new(2014, 6, 15);

    /// <summary>
    /// The period of the figures: "Qua gần 6 tháng thực hiện mô hình này" in a report of mid-June 2014, taken as the
    /// first half of 2014 (the report gives no start day).
    /// </summary>
    public static ReportingPeriod FirstHalf { get; } = ReportingPeriod.HalfYear(2014, 1);

    /// <summary>The code of the form the Party organisations file: the half-year report on studying and following Hồ Chí Minh.</summary>
    public const string FormCode = "hoc-tap-lam-theo-6-thang";

    /// <summary>The ids of the units.</summary>
    public static class UnitIds
    {
        /// <summary>Tỉnh ủy Long An, which compiles the report.</summary>
        public static readonly UnitId TinhUy = "tinh-uy-long-an";

        /// <summary>Đảng bộ huyện Bến Lức: "mô hình ... của Đảng bộ huyện Bến Lức".</summary>
        public static readonly UnitId BenLuc = "dang-bo-huyen-ben-luc";

        /// <summary>Đảng bộ huyện Đức Hòa: "Mô hình “Thực hành tiết kiệm theo gương Bác Hồ” của Đảng bộ huyện Đức Hòa".</summary>
        public static readonly UnitId DucHoa = "dang-bo-huyen-duc-hoa";

        /// <summary>Đảng bộ Công an tỉnh: "mô hình ... Công an tỉnh".</summary>
        public static readonly UnitId CongAnTinh = "dang-bo-cong-an-tinh-long-an";

        /// <summary>Đảng bộ xã Bình Đức (huyện Bến Lức).</summary>
        public static readonly UnitId XaBinhDuc = "dang-bo-xa-binh-duc";
    }

    /// <summary>
    /// The map: the Tỉnh ủy with the two district Party organisations and the provincial police's under it, and the
    /// commune of Bình Đức under Bến Lức ("của Đảng bộ xã Bình Đức (huyện Bến Lức)"). The mass organisations and
    /// religious organisations the report mentions are not named, so they are not units.
    /// </summary>
    public static Dataset Build() => new DatasetBuilder()
        .Add(
            new Unit { Id = UnitIds.TinhUy, Name = "Tỉnh ủy Long An", Kind = UnitKind.PartyCommittee },
            new Unit { Id = UnitIds.BenLuc, Name = "Đảng bộ huyện Bến Lức", Kind = UnitKind.PartyCommittee, ParentId = UnitIds.TinhUy },
            new Unit { Id = UnitIds.DucHoa, Name = "Đảng bộ huyện Đức Hòa", Kind = UnitKind.PartyCommittee, ParentId = UnitIds.TinhUy },
            new Unit { Id = UnitIds.CongAnTinh, Name = "Đảng bộ Công an tỉnh Long An", Kind = UnitKind.Police, ParentId = UnitIds.TinhUy },
            new Unit { Id = UnitIds.XaBinhDuc, Name = "Đảng bộ xã Bình Đức", Kind = UnitKind.BasePartyOrganisation, ParentId = UnitIds.BenLuc })
        .Build();

    /// <summary>
    /// The form: the models a unit runs and the money its savings models raised in the half-year. The built-in
    /// "Dân vận khéo" form does not fit: the report is on studying and following Hồ Chí Minh (Directive 05).
    /// </summary>
    public static Form Form { get; } = new(
        FormCode,
        new("Báo cáo sơ kết 6 tháng học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Half-year report on studying and following Hồ Chí Minh"),
        PeriodKind.HalfYear,
        new FormItem("models-active"),
        new FormItem("money-raised"))
    {
        Submitters = [UnitKind.PartyCommittee, UnitKind.BasePartyOrganisation, UnitKind.Police],
    };

    /// <summary>The submissions, in the report's order.</summary>
    public static ImmutableArray<Submission> Submissions() =>
    [
        Filed(UnitIds.BenLuc, "Truyền thanh trực tiếp kể chuyện về tấm gương đạo đức Hồ Chí Minh trong buổi sinh hoạt chào cờ tuần đầu tiên của tháng"),
        // "tiết kiệm mỗi ngày 1.000 đồng" is what each member pledges, not a figure of the form; the figure is the sum.
        Filed(UnitIds.DucHoa, "Thực hành tiết kiệm theo gương Bác Hồ",
            new SubmittedFigure("money-raised", FigureValue.Read("hơn 700 triệu đồng", IndicatorKind.Money, TextCulture.Vietnamese).Value)
            {
                Quote = "Qua gần 6 tháng thực hiện mô hình này, toàn huyện đã tiết kiệm được hơn 700 triệu đồng",
            }),
        Filed(UnitIds.CongAnTinh, "Trọng dân, gần dân, lấy sự hài lòng của nhân dân làm thước đo hiệu quả của cán bộ chiến sĩ"),
        Filed(UnitIds.XaBinhDuc, "Vận động chi bộ tham gia hưởng ứng hỗ trợ các đối tượng có hoàn cảnh đặc biệt khó khăn"),
    ];

    /// <summary>The submissions with the app's form, as the indicator engine reads them.</summary>
    public static SubmissionSet SubmissionSet() => new(Submissions(), forms: [Form]);

    /// <summary>The Tỉnh ủy's roll-up of the submissions for the first half of 2014.</summary>
    public static Aggregation.IndicatorTable Rollup(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Aggregation.IndicatorEngine(dataset, SubmissionSet(), FixedClock.AtPublication).Run(new Aggregation.IndicatorQuery
        {
            Root = UnitIds.TinhUy,
            Period = FirstHalf,
            FormCode = FormCode,
        });
    }

    // The unit's part of the report, naming the model it runs.
    private static Submission Filed(UnitId unit, string model, params SubmittedFigure[] figures) => new()
    {
        Key = new SubmissionKey(unit, FormCode, FirstHalf),
        Document = new SubmissionDocument { Title = $"{ReportTitle}: mô hình “{model}”", Date = Published },
        Figures = [.. figures],
    };
}
