using System.Globalization;
using DomainKit.Money;
using DomainKit.Pledges;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

// The registrations (đăng ký, cam kết) the report counts. None is dated (RegisteredOn stays null) and none is
// evaluated yet in the report, so there are no evaluations or payments.
public static partial class BinhPhuoc2023
{
    /// <summary>The number of Bù Đăng Party members who registered "3 không, 4 có": "Có 3922/4.127 đảng viên đăng ký".</summary>
    public const int BuDangRegistered = 3922;

    /// <summary>The id of the Đồng Phú money pledge.</summary>
    public const string DongPhuPledgeId = "dong-phu-dia-chi-nhan-dao-2023";

    private static List<Pledge> BuildPledges()
    {
        var pledges = new List<Pledge>();

        // --- Bù Đăng: "Việc đăng ký thực hiện được đưa vào cam kết của mỗi cá nhân ... Có 3922/4.127 đảng viên đăng
        // ký thực hiện mô hình “3 không, 4 Có”". One individual pledge per member; the report counts them but does
        // not name them, so the person ids are generated.
        for (var n = 1; n <= BuDangRegistered; n++)
        {
            var number = n.ToString("D4", CultureInfo.InvariantCulture);
            pledges.Add(new Pledge
            {
                Id = "bu-dang-3k4c-" + number,
                Pledger = Pledger.Individual(UnitIds.DangBoHuyenBuDang, "bu-dang-dv-" + number),
                Target = PledgeTarget.ForModel(ModelIds.BuDang3Khong4Co),
                Period = Year,
            });
        }

        // --- Lộc Ninh: "đã có 56/56 tổ chức cơ sở đảng đăng ký thực hiện để đồng hành giúp đỡ 230 hộ nghèo, 333 hộ
        // cận nghèo". One collective pledge per base organisation. How the 230 and 333 households are shared among
        // the 56 is not given, so each pledge's counts are unknown (null); the totals are outcomes of the programme
        // model.
        for (var n = 1; n <= LocNinhBasePartyOrganisations; n++)
        {
            pledges.Add(new Pledge
            {
                Id = "loc-ninh-dong-hanh-" + n.ToString("D2", CultureInfo.InvariantCulture),
                Pledger = Pledger.Collective(UnitIds.LocNinhBasePartyOrganisation(n)),
                Target = PledgeTarget.ForHouseholds(null, null),
                Period = Year,
            });
        }

        // --- Đồng Phú: "Mô hình “Mỗi tổ chức, cá nhân gắn với địa chỉ nhân đạo” tại các chi, đảng bộ khối cơ quan và
        // 11 xã, thị trấn, đã nhận hỗ trợ từ 300.000 đồng đến 500.000 đồng/tháng/địa chỉ nhân đạo". The report covers
        // the Party cells and committees of the agencies bloc and 11 communes but names none of them and does not say
        // how many addresses there are, so the pledge is one collective pledge of the district Party committee for
        // one address, at 300.000 to 500.000 đồng a month. The schedule's start is not given; it is taken as the
        // start of 2023.
        pledges.Add(new Pledge
        {
            Id = DongPhuPledgeId,
            Pledger = Pledger.Collective(UnitIds.HuyenUyDongPhu),
            Target = PledgeTarget.ForBeneficiary("Địa chỉ nhân đạo"),
            Period = Year,
            Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, new LocalDate(2023, 1, 1))
            {
                MaximumAmount = new Dong(500_000),
            },
            Note = "Tại các chi, đảng bộ khối cơ quan và 11 xã, thị trấn; từ 300.000 đồng đến 500.000 đồng/tháng/địa chỉ nhân đạo.",
        });

        return pledges;
    }
}
