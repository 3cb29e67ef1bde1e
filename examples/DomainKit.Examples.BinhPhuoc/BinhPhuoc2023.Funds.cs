using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

// The funds the report names and their figures. Reports state flows for whole spans ("từ khi thành lập ... đến
// nay"); each such flow is one summary entry dated on the last day of its span, with the span in Covers. Where
// the start of the span is unknown, Covers is null and the Note says the figure is cumulative to date.
public static partial class BinhPhuoc2023
{
    /// <summary>The ids of the funds.</summary>
    public static class FundIds
    {
        public static readonly FundId PhuocLong = "phuoc-long-tiet-kiem-vi-nguoi-ngheo";
        public static readonly FundId ChonThanh = "chon-thanh-dang-vien-tiet-kiem";
        public static readonly FundId BuDop = "bu-dop-tiet-kiem-ban-than";
        public static readonly FundId DongPhu = "dong-phu-cong-trinh-1000-dong";
        public static readonly FundId BinhLongKhoiNghiep = "binh-long-quy-khoi-nghiep";
    }

    /// <summary>The Chơn Thành fund's start: "Từ khi thành lập mô hình (quý IV/2017)", taken as the first day of the quarter.</summary>
    public static LocalDate ChonThanhInception { get; } = new(2017, 10, 1);

    /// <summary>The id of the Chơn Thành loan of 2023 ("vay vốn 50.000.000 đồng ..., thời gian vay 36 tháng").</summary>
    public const string ChonThanhLoanId = "ct-2023-01";

    private const string CumulativeToDate = "Lũy kế đến ngày 10/11/2023; báo cáo không nêu thời điểm bắt đầu.";

    private static List<Fund> BuildFunds() =>
    [
        // "Mô hình “Thực hành tiết kiệm vì người nghèo”": the report does not say when it started.
        new()
        {
            Id = FundIds.PhuocLong,
            Name = "Thực hành tiết kiệm vì người nghèo",
            OwnerId = UnitIds.ThiUyPhuocLong,
            ModelId = ModelIds.PhuocLongTietKiem,
            Purpose = "Hỗ trợ người nghèo",
        },
        new()
        {
            Id = FundIds.ChonThanh,
            Name = "Đảng viên thực hành tiết kiệm, làm theo lời Bác Hồ",
            OwnerId = UnitIds.ThiUyChonThanh,
            ModelId = ModelIds.ChonThanhTietKiem,
            Purpose = "Hỗ trợ đảng viên có hoàn cảnh khó khăn, điều trị bệnh lâu dài trên địa bàn thị xã",
            InceptionDate = ChonThanhInception,
        },
        // "Phong trào “Tiết kiệm bản thân dành phần người khó”": start unknown. A photo caption shows the fund
        // handing over a house in 2019, so it started in 2019 or earlier, but no date is given.
        new()
        {
            Id = FundIds.BuDop,
            Name = "Tiết kiệm bản thân dành phần người khó",
            OwnerId = UnitIds.HuyenUyBuDop,
            ModelId = ModelIds.BuDopTietKiem,
            Purpose = "Hỗ trợ làm nhà, hỗ trợ sản xuất, thăm bệnh đau cho đảng viên khó khăn",
        },
        new()
        {
            Id = FundIds.DongPhu,
            Name = "Công trình 1.000 đồng",
            OwnerId = UnitIds.MatTranDongPhu,
            ModelId = ModelIds.DongPhuCongTrinh1000,
            Purpose = "Thực hiện công trình chào mừng Đại hội MTTQVN các cấp nhiệm kỳ 2024 - 2029",
        },
        // "“Quỹ hỗ trợ thanh niên khởi nghiệp thị xã Bình Long” của Thị Đoàn Bình Long": named without figures, so
        // the fund has no entries (its balance is unknown, not zero).
        new()
        {
            Id = FundIds.BinhLongKhoiNghiep,
            Name = "Quỹ hỗ trợ thanh niên khởi nghiệp thị xã Bình Long",
            OwnerId = UnitIds.ThiDoanBinhLong,
            ModelId = ModelIds.BinhLongQuyKhoiNghiep,
            Purpose = "Hỗ trợ thanh niên khởi nghiệp",
        },
    ];

    private static List<FundEntry> BuildFundEntries()
    {
        var asOf = AsOf;
        var entries = new List<FundEntry>();

        // --- Phước Long: "Tính đến ngày 10/11/2023, tổng số tiền tiết kiệm 6.100.542.700đ, chi hỗ trợ tổng số tiền
        // 3.990.589.000đ." Both cumulative since an unknown start, so no Covers.
        entries.Add(new Contribution(FundIds.PhuocLong, asOf, new Dong(6_100_542_700))
        {
            Note = "Tổng số tiền tiết kiệm. " + CumulativeToDate,
        });
        entries.Add(new Disbursement(FundIds.PhuocLong, asOf, new Dong(3_990_589_000))
        {
            Purpose = DisbursementPurpose.HardshipSupport,
            Note = "Chi hỗ trợ. " + CumulativeToDate,
        });

        // --- Chơn Thành: "Từ khi thành lập mô hình (quý IV/2017) đến nay, đảng viên ... đã đóng góp được
        // 2.407.798.600 đồng, đã chi 950.300.000 đồng hỗ trợ cho 257 lượt đảng viên ... (từ đầu năm 2023 đến nay,
        // đã chi 131.500.000 đồng, ...)". "Đến nay" is taken as the report's as-of day, 10/11/2023.
        var chonThanhToDate = ReportingPeriod.Range(ChonThanhInception, asOf);
        // "từ đầu năm 2023 đến nay": the year to date.
        var year2023ToDate = ReportingPeriod.YearToDate(asOf);
        entries.Add(new Contribution(FundIds.ChonThanh, asOf, new Dong(2_407_798_600))
        {
            Covers = chonThanhToDate,
            Contributor = "Đảng viên trong toàn đảng bộ",
            Note = "Đóng góp từ khi thành lập mô hình (quý IV/2017) đến nay.",
        });
        // The 950.300.000 spent since 2017 includes the 131.500.000 of 2023, so the years before 2023 account for
        // 950.300.000 − 131.500.000 = 818.800.000. Likewise the 257 occurrences include the 46 of 2023 (42 + 3
        // visits and the 1 loan), leaving 211 for 2017–2022. The report does not give these splits: they are
        // derived, on the assumption that "đã chi 131.500.000 đồng" includes the 50.000.000 loan.
        entries.Add(new Disbursement(FundIds.ChonThanh, new LocalDate(2022, 12, 31), new Dong(818_800_000))
        {
            Covers = ReportingPeriod.Range(ChonThanhInception, new LocalDate(2022, 12, 31)),
            Purpose = DisbursementPurpose.HardshipSupport,
            Beneficiaries = new Beneficiaries(Occurrences: 211, Distinct: null)
            {
                Description = "Đảng viên có hoàn cảnh khó khăn, điều trị bệnh lâu dài trên địa bàn thị xã",
            },
            Note = "Suy ra: 950.300.000 đồng (257 lượt) từ quý IV/2017 trừ phần năm 2023 (131.500.000 đồng, 46 lượt).",
        });
        // 2023: "thăm, hỗ trợ 42 đảng viên cao tuổi đảng có kinh tế gia đình khó khăn, nhân dịp tết Nguyên đán;
        // thăm 03 đảng viên có hoàn cảnh kinh tế khó khăn, mắc bệnh nặng" — 131.500.000 less the 50.000.000 loan.
        // The report does not split the 81.500.000 between the Tết visits and the sick visits, so one entry carries
        // both, with the umbrella purpose; the 45 are taken to be 45 different people.
        entries.Add(new Disbursement(FundIds.ChonThanh, asOf, new Dong(81_500_000))
        {
            Covers = year2023ToDate,
            Purpose = DisbursementPurpose.HardshipSupport,
            Beneficiaries = new Beneficiaries(Occurrences: 45, Distinct: 45)
            {
                Description = "42 đảng viên cao tuổi đảng có kinh tế khó khăn (Tết Nguyên đán) và 03 đảng viên bệnh nặng",
            },
            Note = "Thăm, hỗ trợ dịp Tết Nguyên đán và thăm đảng viên bệnh nặng; suy ra: 131.500.000 đồng trừ khoản vay 50.000.000 đồng.",
        });
        // "chi hỗ trợ 01 đảng viên là đoàn viên thanh niên, có kinh tế khó khăn vay vốn 50.000.000 đồng sản xuất
        // kinh doanh, thời gian vay 36 tháng, trồng mì cao sản". The loan day is not given.
        entries.Add(new LoanDisbursement(FundIds.ChonThanh, asOf, new Dong(50_000_000), ChonThanhLoanId)
        {
            Covers = year2023ToDate,
            Borrower = "01 đảng viên là đoàn viên thanh niên, có kinh tế khó khăn",
            TermMonths = 36,
            Purpose = DisbursementPurpose.ProductionSupport,
            Beneficiaries = new Beneficiaries(Occurrences: 1, Distinct: 1),
            Note = "Vay vốn sản xuất kinh doanh, trồng mì cao sản; báo cáo không nêu ngày giải ngân.",
        });

        // --- Bù Đốp: "đã thu được 2.447.442.000đ, chi hỗ trợ làm nhà, hỗ trợ sản xuất, thăm bệnh đau cho 70 đảng
        // viên với chi phí 1.106.000.000đ". Cumulative since an unknown start. The three purposes are not split,
        // so the umbrella purpose is used and the detail is in the Note; "cho 70 đảng viên" counts people, not
        // occurrences.
        entries.Add(new Contribution(FundIds.BuDop, asOf, new Dong(2_447_442_000))
        {
            Note = "Đã thu được. " + CumulativeToDate,
        });
        entries.Add(new Disbursement(FundIds.BuDop, asOf, new Dong(1_106_000_000))
        {
            Purpose = DisbursementPurpose.HardshipSupport,
            Beneficiaries = new Beneficiaries(Occurrences: null, Distinct: 70) { Description = "Đảng viên khó khăn" },
            Note = "Chi hỗ trợ làm nhà, hỗ trợ sản xuất, thăm bệnh đau cho 70 đảng viên. " + CumulativeToDate,
        });

        // --- Đồng Phú: "“Công trình 1.000 đồng” do cán bộ Mặt trận cấp huyện và cơ sở ủng hộ được 38.358.000 đồng,
        // đã trao tặng cho 01 khu dân cư của xã Đồng Tiến". Undated; recorded on the as-of day.
        entries.Add(new Contribution(FundIds.DongPhu, asOf, new Dong(38_358_000))
        {
            Contributor = "Cán bộ Mặt trận cấp huyện và cơ sở",
            Note = "Ủng hộ; báo cáo không nêu ngày.",
        });
        entries.Add(new Disbursement(FundIds.DongPhu, asOf, new Dong(38_358_000))
        {
            Purpose = DisbursementPurpose.PublicWorks,
            Beneficiaries = new Beneficiaries(1, 1)
            {
                Kind = BeneficiaryKind.Organisations,
                Description = "01 khu dân cư của xã Đồng Tiến",
            },
            Note = "Trao tặng để thực hiện công trình chào mừng Đại hội MTTQVN các cấp nhiệm kỳ 2024 - 2029; báo cáo không nêu ngày.",
        });

        return entries;
    }
}
