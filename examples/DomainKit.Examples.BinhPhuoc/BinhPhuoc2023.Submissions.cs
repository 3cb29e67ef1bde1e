using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Examples.BinhPhuoc;

// The report as what it is in data terms: each Party committee it names under its own heading (the eleven
// district-level committees, the three of the armed forces and the four of the rubber companies) files its part of
// the report as a submission, with the figures as the report states them and the words they come from; the Tỉnh ủy
// rolls them up. The Tỉnh ủy states no total of its own anywhere in the report, so it files nothing: the province's
// column is the sum of what its units stated, and no province figure is invented to be checked against it.
public static partial class BinhPhuoc2023
{
    /// <summary>The code of the form the units file: the year's report on studying and following Hồ Chí Minh.</summary>
    public const string FormCode = "hoc-tap-lam-theo-nam";

    /// <summary>
    /// The indicators the report states that the built-in ones do not cover: figures to date (since a fund started,
    /// "đến nay"), organisations taking part, households accompanied, members exempt from activities.
    /// </summary>
    public static class IndicatorCodes
    {
        /// <summary>Money raised since the model or fund started, to the day of the figures: "tổng số tiền tiết kiệm".</summary>
        public const string MoneyRaisedToDate = "money-raised-to-date";

        /// <summary>Money spent since the model or fund started, to the day of the figures.</summary>
        public const string MoneySpentToDate = "money-spent-to-date";

        /// <summary>Times support was given since the model started: "257 lượt đảng viên".</summary>
        public const string OccurrencesToDate = "beneficiary-occurrences-to-date";

        /// <summary>People or households supported since the model started: "1.722 đối tượng", "70 đảng viên".</summary>
        public const string BeneficiariesToDate = "beneficiaries-to-date";

        /// <summary>Members exempt from activities (miễn sinh hoạt): "còn 205 đảng viên miễn sinh hoạt".</summary>
        public const string MembersExempt = "members-exempt";

        /// <summary>Organisations or units that took part: "56/56 tổ chức cơ sở đảng", "19/19 đơn vị".</summary>
        public const string OrganisationsTakingPart = "organisations-taking-part";

        /// <summary>Organisations or units expected to take part: the denominator of "56/56", "19/19".</summary>
        public const string OrganisationsExpected = "organisations-expected";

        /// <summary>The share of organisations that took part, recomputed from the two counts.</summary>
        public const string OrganisationsRate = "organisations-rate";

        /// <summary>Households accompanied and helped, by their poverty status: "230 hộ nghèo, 333 hộ cận nghèo".</summary>
        public const string HouseholdsAccompanied = "households-accompanied";
    }

    /// <summary>The breakdown of <see cref="IndicatorCodes.HouseholdsAccompanied"/>: <c>poor</c> (hộ nghèo) and <c>near-poor</c> (hộ cận nghèo).</summary>
    public const string HouseholdStatus = "household-status";

    private static readonly LocalizedText DongUnit = new("đồng", "VND");

    /// <summary>The app's own indicators, in report order.</summary>
    public static ImmutableArray<Indicator> AppIndicators { get; } =
    [
        // Figures "đến nay" (to date) since a model or fund started are stocks at the day of the figures, not flows of
        // 2023: the report gives them with different starts (quý IV/2017, or none), so they cannot be 2023's money. No
        // records measure gives the same figure for the year, so none is named and they are never compared with records.
        new(IndicatorCodes.MoneyRaisedToDate, new("Số tiền vận động được (lũy kế đến nay)", "Money raised (to date)"), IndicatorKind.Money)
        {
            Unit = DongUnit, OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.MoneySpentToDate, new("Số tiền đã chi hỗ trợ (lũy kế đến nay)", "Money spent (to date)"), IndicatorKind.Money)
        {
            Unit = DongUnit, OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.OccurrencesToDate, new("Số lượt được hỗ trợ (lũy kế đến nay)", "Times support was given (to date)"), IndicatorKind.Count)
        {
            Unit = new("lượt", "times"), OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.BeneficiariesToDate, new("Số người, hộ được hỗ trợ (lũy kế đến nay)", "People or households supported (to date)"), IndicatorKind.Count)
        {
            Unit = new("người (hộ)", "people or households"), OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.MembersExempt, new("Đảng viên miễn sinh hoạt", "Party members exempt from activities"), IndicatorKind.Count)
        {
            Unit = new("người", "people"), OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.OrganisationsTakingPart, new("Tổ chức, đơn vị tham gia thực hiện", "Organisations taking part"), IndicatorKind.Count)
        {
            Unit = new("tổ chức", "organisations"), OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.OrganisationsExpected, new("Tổ chức, đơn vị thuộc diện tham gia", "Organisations expected to take part"), IndicatorKind.Count)
        {
            Unit = new("tổ chức", "organisations"), OverTime = TimeAggregation.LastValue,
        },
        new(IndicatorCodes.OrganisationsRate, new("Tỷ lệ tổ chức, đơn vị tham gia", "Share of organisations taking part"), IndicatorKind.Rate)
        {
            Numerator = IndicatorCodes.OrganisationsTakingPart, Denominator = IndicatorCodes.OrganisationsExpected,
        },
        new(IndicatorCodes.HouseholdsAccompanied, new("Hộ được đồng hành giúp đỡ", "Households accompanied"), IndicatorKind.Count)
        {
            Unit = new("hộ", "households"), OverTime = TimeAggregation.LastValue, Disaggregations = [HouseholdStatus],
        },
    ];

    /// <summary>
    /// The form the Party committees under the Tỉnh ủy file for the year: the figures this report states, built-in
    /// indicators where they fit (models, pledges, money and support of 2023) and the app's own for the rest. The
    /// built-in "Dân vận khéo" form does not fit: the report is on studying and following Hồ Chí Minh (Directive 05),
    /// and states pledges and figures to date, which that form does not ask for.
    /// </summary>
    public static Form Form { get; } = new(
        FormCode,
        new("Báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm", "Year's report on studying and following Hồ Chí Minh"),
        PeriodKind.Year,
        new FormItem("models-active"),
        new FormItem("models-exemplary"),
        new FormItem("pledge-participants"),
        new FormItem("pledge-eligible"),
        new FormItem("pledge-rate"),
        new FormItem(IndicatorCodes.MembersExempt),
        new FormItem(IndicatorCodes.OrganisationsTakingPart),
        new FormItem(IndicatorCodes.OrganisationsExpected),
        new FormItem(IndicatorCodes.OrganisationsRate),
        new FormItem(IndicatorCodes.HouseholdsAccompanied, HouseholdStatus),
        new FormItem("money-spent"),
        new FormItem("loans"),
        new FormItem("beneficiaries-distinct", "purpose"),
        new FormItem(IndicatorCodes.MoneyRaisedToDate),
        new FormItem(IndicatorCodes.MoneySpentToDate),
        new FormItem(IndicatorCodes.OccurrencesToDate),
        new FormItem(IndicatorCodes.BeneficiariesToDate))
    {
        // The Party committees directly under the Tỉnh ủy: district-level, armed forces, companies. The bodies the
        // report names under a district (the Red Cross, the Youth Union ...) report to their district, not on this form.
        Submitters = [UnitKind.PartyCommittee, UnitKind.BorderGuard, UnitKind.MilitaryCommand, UnitKind.Police, UnitKind.Enterprise],
    };

    /// <summary>
    /// The submissions: one per Party committee the report names under its own heading, in the report's order, each
    /// with the figures its section states (none where the section lists models without a figure). The report gives
    /// no document number, filing day or signer for the units' own reports, so those stay unknown.
    /// </summary>
    public static ImmutableArray<Submission> Submissions() => BuildSubmissions();

    /// <summary>The submissions with the app's indicators and form, as the indicator engine reads them.</summary>
    public static SubmissionSet SubmissionSet() => new(Submissions(), AppIndicators, [Form]);

    // Values are read with DomainKit's reader from the report's own writing. Official writing pads small counts with a
    // zero ("02 mô hình", "01 đảng viên"), which the reader refuses as a number starting with 0, so those counts are
    // given without the zero; the quote keeps the report's words.
    private static FigureValue Read(string text, IndicatorKind kind)
        => FigureValue.Read(text, kind, TextCulture.Vietnamese).Value;

    private static SubmittedFigure Figure(string indicator, IndicatorKind kind, string value, string quote, params FigureKey[] keys)
        => new(indicator, Read(value, kind)) { Quote = quote, Keys = [.. keys] };

    private static ImmutableArray<Submission> BuildSubmissions()
    {
        const IndicatorKind count = IndicatorKind.Count;
        const IndicatorKind money = IndicatorKind.Money;
        return
        [
            Filed(UnitIds.ThanhUyDongXoai, "Thành phố Đồng Xoài"),
            Filed(UnitIds.ThiUyPhuocLong, "Thị xã Phước Long",
                Figure(IndicatorCodes.MoneyRaisedToDate, money, "6.100.542.700đ", "Tính đến ngày 10/11/2023, tổng số tiền tiết kiệm 6.100.542.700đ"),
                Figure(IndicatorCodes.MoneySpentToDate, money, "3.990.589.000đ", "chi hỗ trợ tổng số tiền 3.990.589.000đ")),
            Filed(UnitIds.ThiUyBinhLong, "Thị xã Bình Long"),
            Filed(UnitIds.ThiUyChonThanh, "Thị xã Chơn Thành",
                Figure(IndicatorCodes.MoneyRaisedToDate, money, "2.407.798.600 đồng", "Từ khi thành lập mô hình (quý IV/2017) đến nay, đảng viên trong toàn đảng bộ đã đóng góp được 2.407.798.600 đồng"),
                Figure(IndicatorCodes.MoneySpentToDate, money, "950.300.000 đồng", "đã chi 950.300.000 đồng hỗ trợ cho 257 lượt đảng viên"),
                Figure(IndicatorCodes.OccurrencesToDate, count, "257", "hỗ trợ cho 257 lượt đảng viên có hoàn cảnh khó khăn"),
                // "từ đầu năm 2023 đến nay, đã chi 131.500.000 đồng": the year's spending as the report states it,
                // which (as the dataset reads it) includes the loan below.
                Figure("money-spent", money, "131.500.000 đồng", "từ đầu năm 2023 đến nay, đã chi 131.500.000 đồng"),
                Figure("loans", money, "50.000.000 đồng", "chi hỗ trợ 01 đảng viên là đoàn viên thanh niên, có kinh tế khó khăn vay vốn 50.000.000 đồng sản xuất kinh doanh"),
                Figure("beneficiaries-distinct", count, "42", "thăm, hỗ trợ 42 đảng viên cao tuổi đảng có kinh tế gia đình khó khăn, nhân dịp tết Nguyên đán",
                    new FigureKey("purpose", "tet-gifts")),
                Figure("beneficiaries-distinct", count, "3", "thăm 03 đảng viên có hoàn cảnh kinh tế khó khăn, mắc bệnh nặng",
                    new FigureKey("purpose", "visiting-sick")),
                Figure("beneficiaries-distinct", count, "1", "chi hỗ trợ 01 đảng viên ... vay vốn 50.000.000 đồng sản xuất kinh doanh",
                    new FigureKey("purpose", "production-support"))),
            Filed(UnitIds.HuyenUyPhuRieng, "Huyện Phú Riềng"),
            Filed(UnitIds.DangBoHuyenBuDang, "Huyện Bù Đăng",
                Figure("models-active", count, "2", "Toàn huyện triển khai thực hiện 02 mô hình"),
                Figure("pledge-participants", count, "3922", "Có 3922/4.127 đảng viên đăng ký thực hiện mô hình “3 không, 4 Có”"),
                Figure("pledge-eligible", count, "4.127", "Có 3922/4.127 đảng viên đăng ký thực hiện mô hình “3 không, 4 Có”"),
                Figure("pledge-rate", IndicatorKind.Rate, "96,7%", "đạt tỷ lệ 96,7%"),
                Figure(IndicatorCodes.MembersExempt, count, "205", "còn 205 đảng viên miễn sinh hoạt vì các lý do theo quy định"),
                Figure(IndicatorCodes.MoneyRaisedToDate, money, "1.724.804.300đ", "với số tiền huy động 1.724.804.300đ"),
                Figure(IndicatorCodes.BeneficiariesToDate, count, "1.722", "đã hỗ trợ cho 1.722 đối tượng là học sinh, hộ gia đình khó khăn")),
            Filed(UnitIds.HuyenUyBuDop, "Huyện Bù Đốp",
                Figure(IndicatorCodes.MoneyRaisedToDate, money, "2.447.442.000đ", "đã thu được 2.447.442.000đ"),
                Figure(IndicatorCodes.MoneySpentToDate, money, "1.106.000.000đ", "chi hỗ trợ làm nhà, hỗ trợ sản xuất, thăm bệnh đau cho 70 đảng viên với chi phí 1.106.000.000đ"),
                Figure(IndicatorCodes.BeneficiariesToDate, count, "70", "thăm bệnh đau cho 70 đảng viên")),
            Filed(UnitIds.HuyenUyLocNinh, "Huyện Lộc Ninh",
                Figure(IndicatorCodes.OrganisationsTakingPart, count, "56", "đã có 56/56 tổ chức cơ sở đảng đăng ký thực hiện"),
                Figure(IndicatorCodes.OrganisationsExpected, count, "56", "đã có 56/56 tổ chức cơ sở đảng đăng ký thực hiện"),
                Figure(IndicatorCodes.HouseholdsAccompanied, count, "230", "để đồng hành giúp đỡ 230 hộ nghèo", new FigureKey(HouseholdStatus, "poor")),
                Figure(IndicatorCodes.HouseholdsAccompanied, count, "333", "333 hộ cận nghèo", new FigureKey(HouseholdStatus, "near-poor"))),
            Filed(UnitIds.HuyenUyBuGiaMap, "Huyện Bù Gia Mập"),
            // "ủng hộ được 38.358.000 đồng" gives no period; like the report's other "được" figures it is the total
            // to date. "từ 300.000 đồng đến 500.000 đồng/tháng/địa chỉ nhân đạo" is a pledge per month, not a figure
            // of the form, and "11 xã, thị trấn" counts where the model runs, not organisations expected of a total.
            Filed(UnitIds.HuyenUyDongPhu, "Huyện Đồng Phú",
                Figure(IndicatorCodes.MoneyRaisedToDate, money, "38.358.000 đồng", "“Công trình 1.000 đồng” do cán bộ Mặt trận cấp huyện và cơ sở ủng hộ được 38.358.000 đồng")),
            Filed(UnitIds.HuyenUyHonQuan, "Huyện Hớn Quản"),
            Filed(UnitIds.DangUyBienPhongTinh, "Biên phòng tỉnh"),
            Filed(UnitIds.DangUyQuanSuTinh, "Quân sự tỉnh"),
            Filed(UnitIds.DangUyCongAnTinh, "Công an tỉnh",
                Figure("models-exemplary", count, "2", "Có 02 mô hình tiêu biểu")),
            Filed(UnitIds.DangUyCaoSuPhuRieng, "Đảng ủy Công ty cao su Phú Riềng",
                Figure(IndicatorCodes.OrganisationsTakingPart, count, "19", "được thực hiện 19/19 đơn vị"),
                Figure(IndicatorCodes.OrganisationsExpected, count, "19", "được thực hiện 19/19 đơn vị")),
            Filed(UnitIds.DangUyCaoSuDongPhu, "Đảng ủy Công ty cao su Đồng Phú"),
            Filed(UnitIds.DangUyCaoSuBinhLong, "Đảng ủy Công ty TNHH MTV cao su Bình Long"),
            Filed(UnitIds.DangUyCaoSuLocNinh, "Đảng ủy Công ty TNHH MTV cao su Lộc Ninh"),
        ];

        // The unit's part of the report: the section under its heading, for the year 2023.
        static Submission Filed(UnitId unit, string heading, params SubmittedFigure[] figures) => new()
        {
            Key = new SubmissionKey(unit, FormCode, Year),
            Document = new SubmissionDocument { Title = $"{ReportTitle}: mục “{heading}”", Date = Published },
            Figures = [.. figures],
        };
    }
}
