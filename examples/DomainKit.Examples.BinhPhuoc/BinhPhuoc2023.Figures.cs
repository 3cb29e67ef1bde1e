using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Examples.BinhPhuoc;

// The figures the report states, as written, for DomainKit's Reconciler to check against the dataset and against
// each other. Amounts and rates are parsed from the report's own text with the library's parsers, so that what is
// checked is what was published.
public static partial class BinhPhuoc2023
{
    /// <summary>The participation rate the report states for Bù Đăng: "đạt tỷ lệ 96,7%".</summary>
    public static StatedRate BuDangStatedRate { get; } = StatedRate.Parse("đạt tỷ lệ 96,7%", TextCulture.Vietnamese);

    /// <summary>
    /// Every figure of the report that the data can check, in the report's order. Built on each call (like
    /// <see cref="Build"/>): a static initializer here could run before those of the other partial files it uses.
    /// </summary>
    public static ImmutableArray<StatedFigure> StatedFigures() => BuildStatedFigures();

    private static StatedDong Amount(string text) => StatedDong.Parse(text, TextCulture.Vietnamese);

    private static ImmutableArray<StatedFigure> BuildStatedFigures() =>
    [
        // --- Thị xã Phước Long: cumulative to 10/11/2023, from an unknown start.
        new StatedFundTotals("Tính đến ngày 10/11/2023, tổng số tiền tiết kiệm 6.100.542.700đ, chi hỗ trợ tổng số tiền 3.990.589.000đ.", FundIds.PhuocLong, AsOf)
        {
            Label = "Phước Long, “Thực hành tiết kiệm vì người nghèo”",
            Contributions = Amount("6.100.542.700đ"),
            Disbursements = Amount("3.990.589.000đ"),
        },

        // --- Thị xã Chơn Thành: since the model started (Q4/2017), the 950.300.000 spent including the 2023 loan
        // ("chi hỗ trợ 01 đảng viên ... vay vốn 50.000.000 đồng"), for 257 occurrences.
        new StatedFundTotals(
            "Từ khi thành lập mô hình (quý IV/2017) đến nay, đảng viên trong toàn đảng bộ đã đóng góp được 2.407.798.600 đồng, đã chi 950.300.000 đồng hỗ trợ cho 257 lượt đảng viên",
            FundIds.ChonThanh, AsOf)
        {
            Label = "Chơn Thành, từ quý IV/2017",
            Period = ReportingPeriod.Range(ChonThanhInception, AsOf),
            Contributions = Amount("2.407.798.600 đồng"),
            Disbursements = Amount("950.300.000 đồng"),
            DisbursementsIncludeLoans = true,
            Occurrences = 257,
        },
        new StatedFundTotals("từ đầu năm 2023 đến nay, đã chi 131.500.000 đồng", FundIds.ChonThanh, AsOf)
        {
            Label = "Chơn Thành, năm 2023",
            Period = ReportingPeriod.YearToDate(AsOf),
            Disbursements = Amount("131.500.000 đồng"),
            DisbursementsIncludeLoans = true,
        },

        // --- Huyện Bù Đăng: "Toàn huyện triển khai thực hiện 02 mô hình".
        new StatedModelCount("Toàn huyện triển khai thực hiện 02 mô hình", UnitIds.DangBoHuyenBuDang, 2)
        {
            Label = "Bù Đăng, số mô hình",
        },
        // (1) The rate: 3922 of 4.127 Party members registered, "đạt tỷ lệ 96,7%", and the 205 left over are exempt.
        new StatedParticipation(
            "Có 3922/4.127 đảng viên đăng ký thực hiện mô hình “3 không, 4 Có”, đạt tỷ lệ 96,7% còn 205 đảng viên miễn sinh hoạt vì các lý do theo quy định.",
            UnitIds.DangBoHuyenBuDang, AsOf, BuDangRegistered)
        {
            Label = "Bù Đăng, “3 không, 4 có”",
            StatedDenominator = 4127,
            StatedRate = BuDangStatedRate,
            StatedRemainder = 205,
            Period = Year,
            Target = PledgeTarget.ForModel(ModelIds.BuDang3Khong4Co),
        },
        // (2) "đã hỗ trợ cho 1.722 đối tượng là học sinh, hộ gia đình khó khăn với số tiền huy động 1.724.804.300đ".
        new StatedOutcome("đã hỗ trợ cho 1.722 đối tượng là học sinh, hộ gia đình khó khăn với số tiền huy động 1.724.804.300đ", ModelIds.BuDangDiaChiNhanDao)
        {
            Label = "Bù Đăng, “Mỗi chi bộ một địa chỉ nhân đạo”",
            Quantity = 1722,
            MoneyValue = Amount("1.724.804.300đ"),
        },

        // --- Huyện Bù Đốp: cumulative, from an unknown start.
        new StatedFundTotals("đã thu được 2.447.442.000đ, chi hỗ trợ làm nhà, hỗ trợ sản xuất, thăm bệnh đau cho 70 đảng viên với chi phí 1.106.000.000đ", FundIds.BuDop, AsOf)
        {
            Label = "Bù Đốp, “Tiết kiệm bản thân dành phần người khó”",
            Contributions = Amount("2.447.442.000đ"),
            Disbursements = Amount("1.106.000.000đ"),
        },

        // --- Huyện Lộc Ninh: 56 collective registrations of the 56 base Party organisations, and the households.
        new StatedParticipation("Đến nay, đã có 56/56 tổ chức cơ sở đảng đăng ký thực hiện", UnitIds.HuyenUyLocNinh, AsOf, LocNinhBasePartyOrganisations)
        {
            Label = "Lộc Ninh, tổ chức cơ sở đảng đăng ký đồng hành",
            StatedDenominator = LocNinhBasePartyOrganisations,
            Participants = ParticipantKind.Organisations,
            OrganisationKind = UnitKind.BasePartyOrganisation,
            Period = Year,
        },
        new StatedOutcome("để đồng hành giúp đỡ 230 hộ nghèo", ModelIds.LocNinhChungTay)
        {
            Label = "Lộc Ninh, hộ nghèo",
            Indicator = "Hộ nghèo được đồng hành giúp đỡ",
            Quantity = 230,
        },
        new StatedOutcome("333 hộ cận nghèo", ModelIds.LocNinhChungTay)
        {
            Label = "Lộc Ninh, hộ cận nghèo",
            Indicator = "Hộ cận nghèo được đồng hành giúp đỡ",
            Quantity = 333,
        },

        // --- Công an tỉnh: "Có 02 mô hình tiêu biểu".
        new StatedModelCount("Có 02 mô hình tiêu biểu", UnitIds.DangUyCongAnTinh, 2)
        {
            Label = "Công an tỉnh, mô hình tiêu biểu",
            ExemplaryOnly = true,
        },
    ];
}
