using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

public static partial class BinhPhuoc2023
{
    /// <summary>The number of base Party organisations of Lộc Ninh: "56/56 tổ chức cơ sở đảng".</summary>
    public const int LocNinhBasePartyOrganisations = 56;

    /// <summary>The ids of the units.</summary>
    public static class UnitIds
    {
        // Territorial units (the administrative map of 2023).
        public static readonly UnitId TinhBinhPhuoc = "tinh-binh-phuoc";
        public static readonly UnitId TinhDongNai = "tinh-dong-nai";
        public static readonly UnitId ThanhPhoDongXoai = "thanh-pho-dong-xoai";
        public static readonly UnitId ThiXaPhuocLong = "thi-xa-phuoc-long";
        public static readonly UnitId ThiXaBinhLong = "thi-xa-binh-long";
        public static readonly UnitId ThiXaChonThanh = "thi-xa-chon-thanh";
        public static readonly UnitId HuyenPhuRieng = "huyen-phu-rieng";
        public static readonly UnitId HuyenBuDang = "huyen-bu-dang";
        public static readonly UnitId HuyenBuDop = "huyen-bu-dop";
        public static readonly UnitId HuyenLocNinh = "huyen-loc-ninh";
        public static readonly UnitId HuyenBuGiaMap = "huyen-bu-gia-map";
        public static readonly UnitId HuyenDongPhu = "huyen-dong-phu";
        public static readonly UnitId HuyenHonQuan = "huyen-hon-quan";
        public static readonly UnitId XaLongBinh = "xa-long-binh";
        public static readonly UnitId XaBinhSon = "xa-binh-son";
        public static readonly UnitId XaDongTien = "xa-dong-tien";
        public static readonly UnitId XaTanThanh = "xa-tan-thanh";
        public static readonly UnitId ApTanPhong = "ap-tan-phong";
        public static readonly UnitId KhuDanCuDongTien = "khu-dan-cu-dong-tien-01";

        // The Party organisations and the bodies the report names.
        public static readonly UnitId TinhUyBinhPhuoc = "tinh-uy-binh-phuoc";
        public static readonly UnitId TinhUyDongNai = "tinh-uy-dong-nai";
        public static readonly UnitId ThanhUyDongXoai = "thanh-uy-dong-xoai";
        public static readonly UnitId ThiUyPhuocLong = "thi-uy-phuoc-long";
        public static readonly UnitId ThiUyBinhLong = "thi-uy-binh-long";
        public static readonly UnitId ThiUyChonThanh = "thi-uy-chon-thanh";
        public static readonly UnitId HuyenUyPhuRieng = "huyen-uy-phu-rieng";
        public static readonly UnitId DangBoHuyenBuDang = "dang-bo-huyen-bu-dang";
        public static readonly UnitId HuyenUyBuDop = "huyen-uy-bu-dop";
        public static readonly UnitId HuyenUyLocNinh = "huyen-uy-loc-ninh";
        public static readonly UnitId HuyenUyBuGiaMap = "huyen-uy-bu-gia-map";
        public static readonly UnitId HuyenUyDongPhu = "huyen-uy-dong-phu";
        public static readonly UnitId HuyenUyHonQuan = "huyen-uy-hon-quan";
        public static readonly UnitId DangUyBienPhongTinh = "dang-uy-bien-phong-tinh";
        public static readonly UnitId DangUyQuanSuTinh = "dang-uy-quan-su-tinh";
        public static readonly UnitId DangUyCongAnTinh = "dang-uy-cong-an-tinh";
        public static readonly UnitId DangUyCaoSuPhuRieng = "dang-uy-cao-su-phu-rieng";
        public static readonly UnitId DangUyCaoSuDongPhu = "dang-uy-cao-su-dong-phu";
        public static readonly UnitId DangUyCaoSuBinhLong = "dang-uy-cao-su-binh-long";
        public static readonly UnitId DangUyCaoSuLocNinh = "dang-uy-cao-su-loc-ninh";
        public static readonly UnitId HoiChuThapDoBinhLong = "hoi-chu-thap-do-binh-long";
        public static readonly UnitId BanChqsBinhLong = "ban-chqs-binh-long";
        public static readonly UnitId PhongVanHoaThongTinBinhLong = "phong-vh-tt-binh-long";
        public static readonly UnitId BanTuyenGiaoBinhLong = "ban-tuyen-giao-thi-uy-binh-long";
        public static readonly UnitId ThiDoanBinhLong = "thi-doan-binh-long";
        public static readonly UnitId MatTranDongPhu = "uy-ban-mttq-dong-phu";
        public static readonly UnitId HoiPhuNuHonQuan = "hoi-lhpn-hon-quan";

        /// <summary>The district-level Party committees, in the report's order.</summary>
        public static ImmutableArray<UnitId> DistrictCommittees { get; } =
        [
            ThanhUyDongXoai, ThiUyPhuocLong, ThiUyBinhLong, ThiUyChonThanh, HuyenUyPhuRieng, DangBoHuyenBuDang,
            HuyenUyBuDop, HuyenUyLocNinh, HuyenUyBuGiaMap, HuyenUyDongPhu, HuyenUyHonQuan,
        ];

        /// <summary>
        /// The id of base Party organisation <paramref name="number"/> (1 to 56) of Lộc Ninh. The report counts
        /// them ("56/56 tổ chức cơ sở đảng") but does not name them, so the ids are generated.
        /// </summary>
        public static UnitId LocNinhBasePartyOrganisation(int number)
            => "loc-ninh-tcsd-" + number.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The head count of the Bù Đăng Party organisation: "Có 3922/4.127 đảng viên đăng ký ..., còn 205 đảng viên
    /// miễn sinh hoạt". The 4.127 are Party members, so Members and PartyMembers are both 4.127. The report does
    /// not date the count; it is taken to hold on the report's as-of day.
    /// </summary>
    public static HeadCount BuDangHeadCount { get; } = new(new LocalDate(2023, 11, 10))
    {
        Members = 4127,
        PartyMembers = 4127,
        Exempt = 205,
    };

    private static List<Unit> BuildUnits()
    {
        var end = LastDayBeforeMerger;
        var units = new List<Unit>();

        // --- The territorial tree. Administrative units sit in their parent both as territory and in the
        // organisational tree (ParentId = TerritoryId), so both trees have the province at the top of the map.
        // Bình Phước merged into Đồng Nai on 1 July 2025; the district level was abolished the same day and the
        // communes were merged, so every administrative unit of the 2023 map ends on 30 June 2025.
        units.Add(new Unit
        {
            Id = UnitIds.TinhBinhPhuoc,
            Name = "Tỉnh Bình Phước",
            Kind = UnitKind.Province,
            ValidTo = end,
            Successors = [UnitIds.TinhDongNai],
        });
        // The merged province of Đồng Nai (Bình Phước and the former Đồng Nai), from 1 July 2025. The former
        // Đồng Nai is outside the report and not transcribed.
        units.Add(new Unit
        {
            Id = UnitIds.TinhDongNai,
            Name = "Tỉnh Đồng Nai",
            Kind = UnitKind.Province,
            ValidFrom = MergerDay,
        });
        // The eleven district-level units, in the report's order. Several changed status before 2023 (Chơn
        // Thành became a thị xã in 2022); the report names them as they were in 2023 and gives no dates, so
        // their start is left unknown (null) rather than guessed.
        units.Add(District(UnitIds.ThanhPhoDongXoai, "Thành phố Đồng Xoài"));
        units.Add(District(UnitIds.ThiXaPhuocLong, "Thị xã Phước Long"));
        units.Add(District(UnitIds.ThiXaBinhLong, "Thị xã Bình Long"));
        units.Add(District(UnitIds.ThiXaChonThanh, "Thị xã Chơn Thành"));
        units.Add(District(UnitIds.HuyenPhuRieng, "Huyện Phú Riềng"));
        units.Add(District(UnitIds.HuyenBuDang, "Huyện Bù Đăng"));
        units.Add(District(UnitIds.HuyenBuDop, "Huyện Bù Đốp"));
        units.Add(District(UnitIds.HuyenLocNinh, "Huyện Lộc Ninh"));
        units.Add(District(UnitIds.HuyenBuGiaMap, "Huyện Bù Gia Mập"));
        units.Add(District(UnitIds.HuyenDongPhu, "Huyện Đồng Phú"));
        units.Add(District(UnitIds.HuyenHonQuan, "Huyện Hớn Quản"));

        // The communes the report names: "tuyến đường liên xã Long Bình đi Bình Sơn" (Phú Riềng), "xã Đồng Tiến"
        // (Đồng Phú), "ấp Tân Phong xã Tân Thành" (Bù Đốp, in a photo caption).
        units.Add(Territorial(UnitIds.XaLongBinh, "Xã Long Bình", UnitKind.Commune, UnitIds.HuyenPhuRieng));
        units.Add(Territorial(UnitIds.XaBinhSon, "Xã Bình Sơn", UnitKind.Commune, UnitIds.HuyenPhuRieng));
        units.Add(Territorial(UnitIds.XaDongTien, "Xã Đồng Tiến", UnitKind.Commune, UnitIds.HuyenDongPhu));
        units.Add(Territorial(UnitIds.XaTanThanh, "Xã Tân Thành", UnitKind.Commune, UnitIds.HuyenBuDop));
        units.Add(Territorial(UnitIds.ApTanPhong, "Ấp Tân Phong", UnitKind.Village, UnitIds.XaTanThanh));
        // "đã trao tặng cho 01 khu dân cư của xã Đồng Tiến": the residential area is not named.
        units.Add(Territorial(UnitIds.KhuDanCuDongTien, "Khu dân cư của xã Đồng Tiến (báo cáo không nêu tên)", UnitKind.Village, UnitIds.XaDongTien));

        // --- The organisational tree: the Tỉnh ủy at the root, with the district-level Party committees, the
        // Party committees of the armed forces and of the four rubber companies under it.
        units.Add(new Unit
        {
            Id = UnitIds.TinhUyBinhPhuoc,
            Name = "Tỉnh ủy Bình Phước",
            Kind = UnitKind.PartyCommittee,
            TerritoryId = UnitIds.TinhBinhPhuoc,
            ValidTo = end,
            Successors = [UnitIds.TinhUyDongNai],
        });
        units.Add(new Unit
        {
            Id = UnitIds.TinhUyDongNai,
            Name = "Tỉnh ủy Đồng Nai",
            Kind = UnitKind.PartyCommittee,
            TerritoryId = UnitIds.TinhDongNai,
            ValidFrom = MergerDay,
        });

        units.Add(Committee(UnitIds.ThanhUyDongXoai, "Thành ủy Đồng Xoài", UnitIds.ThanhPhoDongXoai));
        units.Add(Committee(UnitIds.ThiUyPhuocLong, "Thị ủy Phước Long", UnitIds.ThiXaPhuocLong));
        units.Add(Committee(UnitIds.ThiUyBinhLong, "Thị ủy Bình Long", UnitIds.ThiXaBinhLong));
        units.Add(Committee(UnitIds.ThiUyChonThanh, "Thị ủy Chơn Thành", UnitIds.ThiXaChonThanh));
        units.Add(Committee(UnitIds.HuyenUyPhuRieng, "Huyện ủy Phú Riềng", UnitIds.HuyenPhuRieng));
        // "Toàn huyện ... Có 3922/4.127 đảng viên": the 4.127 are the members of the district's Party organisation
        // (đảng bộ huyện), not of its executive committee (Huyện ủy), so Bù Đăng's unit is the đảng bộ and holds
        // the head count.
        units.Add(Committee(UnitIds.DangBoHuyenBuDang, "Đảng bộ huyện Bù Đăng", UnitIds.HuyenBuDang) with
        {
            HeadCounts = [BuDangHeadCount],
        });
        units.Add(Committee(UnitIds.HuyenUyBuDop, "Huyện ủy Bù Đốp", UnitIds.HuyenBuDop));
        units.Add(Committee(UnitIds.HuyenUyLocNinh, "Huyện ủy Lộc Ninh", UnitIds.HuyenLocNinh));
        units.Add(Committee(UnitIds.HuyenUyBuGiaMap, "Huyện ủy Bù Gia Mập", UnitIds.HuyenBuGiaMap));
        units.Add(Committee(UnitIds.HuyenUyDongPhu, "Huyện ủy Đồng Phú", UnitIds.HuyenDongPhu));
        units.Add(Committee(UnitIds.HuyenUyHonQuan, "Huyện ủy Hớn Quản", UnitIds.HuyenHonQuan));

        // The provincial armed forces and the rubber companies report to the Tỉnh ủy through their Party
        // committees ("Biên phòng tỉnh", "Quân sự tỉnh", "Công an tỉnh", "Đảng ủy Công ty cao su ..."). The report
        // does not say where the companies sit, so their territory is the province rather than a guessed
        // district. They cannot outlive the Tỉnh ủy they sit under, so they end with it on 30 June 2025.
        units.Add(Provincial(UnitIds.DangUyBienPhongTinh, "Đảng ủy Bộ đội Biên phòng tỉnh Bình Phước", UnitKind.BorderGuard));
        units.Add(Provincial(UnitIds.DangUyQuanSuTinh, "Đảng ủy Quân sự tỉnh Bình Phước", UnitKind.MilitaryCommand));
        units.Add(Provincial(UnitIds.DangUyCongAnTinh, "Đảng ủy Công an tỉnh Bình Phước", UnitKind.Police));
        units.Add(Provincial(UnitIds.DangUyCaoSuPhuRieng, "Đảng ủy Công ty cao su Phú Riềng", UnitKind.Enterprise));
        units.Add(Provincial(UnitIds.DangUyCaoSuDongPhu, "Đảng ủy Công ty cao su Đồng Phú", UnitKind.Enterprise));
        units.Add(Provincial(UnitIds.DangUyCaoSuBinhLong, "Đảng ủy Công ty TNHH MTV cao su Bình Long", UnitKind.Enterprise));
        units.Add(Provincial(UnitIds.DangUyCaoSuLocNinh, "Đảng ủy Công ty TNHH MTV cao su Lộc Ninh", UnitKind.Enterprise));

        // Bodies the report names under a district heading. Their own hierarchies (the provincial Red Cross,
        // the provincial Youth Union ...) are not in the report, so each sits under the district Party committee
        // that leads it, in the district's territory.
        // Thị xã Bình Long: "... của Hội chữ Thập đỏ", "... của BCHQS thị xã", "... của Phòng Văn hóa - Thông tin",
        // "... của Ban Tuyên giáo Thị ủy", "... của Thị Đoàn Bình Long".
        units.Add(Body(UnitIds.HoiChuThapDoBinhLong, "Hội Chữ thập đỏ thị xã Bình Long", UnitKind.RedCross, UnitIds.ThiUyBinhLong, UnitIds.ThiXaBinhLong));
        units.Add(Body(UnitIds.BanChqsBinhLong, "Ban Chỉ huy quân sự thị xã Bình Long", UnitKind.MilitaryCommand, UnitIds.ThiUyBinhLong, UnitIds.ThiXaBinhLong));
        units.Add(Body(UnitIds.PhongVanHoaThongTinBinhLong, "Phòng Văn hóa - Thông tin thị xã Bình Long", UnitKind.Agency, UnitIds.ThiUyBinhLong, UnitIds.ThiXaBinhLong));
        units.Add(Body(UnitIds.BanTuyenGiaoBinhLong, "Ban Tuyên giáo Thị ủy Bình Long", UnitKind.PartyDepartment, UnitIds.ThiUyBinhLong, UnitIds.ThiXaBinhLong));
        units.Add(Body(UnitIds.ThiDoanBinhLong, "Thị Đoàn Bình Long", UnitKind.YouthUnion, UnitIds.ThiUyBinhLong, UnitIds.ThiXaBinhLong));
        // Huyện Đồng Phú: "“Công trình 1.000 đồng” do cán bộ Mặt trận cấp huyện và cơ sở ủng hộ": the Front's
        // district committee runs it (the commune-level Front committees that also gave are not named).
        units.Add(Body(UnitIds.MatTranDongPhu, "Ủy ban MTTQ Việt Nam huyện Đồng Phú", UnitKind.FatherlandFront, UnitIds.HuyenUyDongPhu, UnitIds.HuyenDongPhu));
        // Huyện Hớn Quản: "Tặng sinh kế cho HVPN", "hỗ trợ phụ nữ khởi nghiệp": HVPN = hội viên phụ nữ, members
        // of the Women's Union, so the district Women's Union runs these models.
        units.Add(Body(UnitIds.HoiPhuNuHonQuan, "Hội LHPN huyện Hớn Quản", UnitKind.WomensUnion, UnitIds.HuyenUyHonQuan, UnitIds.HuyenHonQuan));

        // Huyện Lộc Ninh: "56/56 tổ chức cơ sở đảng đăng ký thực hiện". The report counts the base Party
        // organisations but does not name them, so they get generated ids and numbered names.
        for (var n = 1; n <= LocNinhBasePartyOrganisations; n++)
        {
            units.Add(Body(
                UnitIds.LocNinhBasePartyOrganisation(n),
                "Tổ chức cơ sở đảng số " + n.ToString("D2", CultureInfo.InvariantCulture) + " (Lộc Ninh)",
                UnitKind.BasePartyOrganisation,
                UnitIds.HuyenUyLocNinh,
                UnitIds.HuyenLocNinh));
        }

        return units;

        Unit District(UnitId id, string name) => Territorial(id, name, UnitKind.District, UnitIds.TinhBinhPhuoc);

        Unit Territorial(UnitId id, string name, UnitKind kind, UnitId parent) => new()
        {
            Id = id,
            Name = name,
            Kind = kind,
            ParentId = parent,
            TerritoryId = parent,
            ValidTo = end,
        };

        // A district-level Party committee: under the Tỉnh ủy, in its district, abolished with the district level.
        Unit Committee(UnitId id, string name, UnitId district) => new()
        {
            Id = id,
            Name = name,
            Kind = UnitKind.PartyCommittee,
            ParentId = UnitIds.TinhUyBinhPhuoc,
            TerritoryId = district,
            ValidTo = end,
        };

        Unit Provincial(UnitId id, string name, UnitKind kind) => new()
        {
            Id = id,
            Name = name,
            Kind = kind,
            ParentId = UnitIds.TinhUyBinhPhuoc,
            TerritoryId = UnitIds.TinhBinhPhuoc,
            ValidTo = end,
        };

        // A body under a district committee cannot outlive it (validation rule DK202), so it ends with it.
        Unit Body(UnitId id, string name, UnitKind kind, UnitId parent, UnitId territory) => new()
        {
            Id = id,
            Name = name,
            Kind = kind,
            ParentId = parent,
            TerritoryId = territory,
            ValidTo = end,
        };
    }
}
