using System.Collections.Immutable;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

// Every model, club, movement, work and programme the report names, under the heading of its unit, in the
// report's order.
//
// Assumptions that hold for all of them:
// - Field: the report never states a field. Each model is put in one of the four Dân vận khéo fields by
//   judgement (economy: livelihoods, production, poverty reduction by lending or infrastructure; culture and
//   society: charity, welfare, culture, sport, environment; defence and security: public order, the border;
//   political system: Party building, propaganda, administration, the Front). Where the report groups models
//   under a heading that says the field, the heading is followed and quoted.
// - Movement and theme: the report's models follow the 2023 theme of the Tỉnh ủy, which continues Directive 05
//   under Conclusion 01-KL/TW, so every model serves Movement.Conclusion01 with the theme quoted in Theme.
// - Lifecycle: where the report gives a stage it is used; otherwise the report only says the model was carried
//   out in 2023, recorded as one Maintained event on the report's as-of day (10/11/2023).
// - Exemplary: only where the report says "tiêu biểu".
public static partial class BinhPhuoc2023
{
    private const string OnlyCarriedOut =
        "Báo cáo chỉ nêu mô hình được thực hiện trong năm 2023, không nêu ngày; ghi theo mốc 10/11/2023 của báo cáo.";

    /// <summary>The ids of the models the tests and later examples refer to.</summary>
    public static class ModelIds
    {
        public static readonly ModelId DongXoaiNgayThuBay = "dong-xoai-ngay-thu-bay";
        public static readonly ModelId PhuocLongTietKiem = "phuoc-long-tiet-kiem-vi-nguoi-ngheo";
        public static readonly ModelId BinhLongQuyKhoiNghiep = "binh-long-quy-khoi-nghiep";
        public static readonly ModelId ChonThanhTietKiem = "chon-thanh-dang-vien-tiet-kiem";
        public static readonly ModelId PhuRiengGiaiPhongMatBang = "phu-rieng-giai-phong-mat-bang";
        public static readonly ModelId BuDang3Khong4Co = "bu-dang-3-khong-4-co";
        public static readonly ModelId BuDangDiaChiNhanDao = "bu-dang-moi-chi-bo-mot-dia-chi-nhan-dao";
        public static readonly ModelId BuDopTietKiem = "bu-dop-tiet-kiem-ban-than";
        public static readonly ModelId LocNinhChungTay = "loc-ninh-chung-tay-vi-nguoi-ngheo";
        public static readonly ModelId DongPhuCongTrinh1000 = "dong-phu-cong-trinh-1000-dong";
        public static readonly ModelId DongPhuDiaChiNhanDao = "dong-phu-dia-chi-nhan-dao";
    }

    private static List<EmulationModel> BuildModels()
    {
        var asOf = AsOf;
        var models = new List<EmulationModel>();
        var economy = ModelField.Economy;
        var society = ModelField.CultureSociety;
        var security = ModelField.DefenceSecurity;
        var political = ModelField.PoliticalSystem;

        // --- Thành phố Đồng Xoài: "Thực hiện thí điểm mô hình “Ngày thứ Bảy về với khu dân cư – lắng nghe dân nói”",
        // then "Thành ủy Đồng Xoài tổ chức hội nghị sơ kết thực hiện thí điểm mô hình". Neither step is dated, so
        // both are recorded on the as-of day, pilot first. Field: Party building at residential areas.
        models.Add(Model(ModelIds.DongXoaiNgayThuBay, "Ngày thứ Bảy về với khu dân cư – lắng nghe dân nói", UnitIds.ThanhUyDongXoai, ModelKind.Model, political) with
        {
            Lifecycle =
            [
                new LifecycleEvent(LifecycleStage.Pilot, asOf) { Note = "“Thực hiện thí điểm mô hình” trong năm 2023; báo cáo không nêu ngày bắt đầu." },
                new LifecycleEvent(LifecycleStage.Reviewed, asOf)
                {
                    Note = "“Hội nghị sơ kết thực hiện thí điểm mô hình” và thực nghiệm buổi sinh hoạt chi bộ mẫu ở khu dân cư; báo cáo không nêu ngày.",
                },
            ],
        });

        // --- Thị xã Phước Long. The savings model runs the fund of the same name (see .Funds.cs).
        models.Add(Model(ModelIds.PhuocLongTietKiem, "Thực hành tiết kiệm vì người nghèo", UnitIds.ThiUyPhuocLong, ModelKind.Model, society));
        models.Add(Model("phuoc-long-le-chao-co",
            "Thực hiện Lễ chào cờ, hát Quốc ca gắn với việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
            UnitIds.ThiUyPhuocLong, ModelKind.Model, political));

        // --- Thị xã Bình Long: "Một số mô hình tiêu biểu như: ..." — every model of the list is exemplary. The list
        // ends with ",..." so Bình Long has more models than these.
        // "Mỗi cấp ủy, đảng viên chung tay giảm nghèo bền vững do Thị ủy phát động".
        models.Add(Exemplary(Model("binh-long-chung-tay-giam-ngheo", "Mỗi cấp ủy, đảng viên chung tay giảm nghèo bền vững", UnitIds.ThiUyBinhLong, ModelKind.Model, economy)));
        // "Câu lạc bộ Bếp lửa Hồng, Kết nối trái tim, hiến máu tình nguyện của Hội chữ Thập đỏ": read as three clubs,
        // "Câu lạc bộ" heading all three names.
        models.Add(Exemplary(Model("binh-long-clb-bep-lua-hong", "Câu lạc bộ Bếp lửa Hồng", UnitIds.HoiChuThapDoBinhLong, ModelKind.Club, society)));
        models.Add(Exemplary(Model("binh-long-clb-ket-noi-trai-tim", "Câu lạc bộ Kết nối trái tim", UnitIds.HoiChuThapDoBinhLong, ModelKind.Club, society)));
        models.Add(Exemplary(Model("binh-long-clb-hien-mau", "Câu lạc bộ hiến máu tình nguyện", UnitIds.HoiChuThapDoBinhLong, ModelKind.Club, society)));
        // "“Đảng viên dìu dắt quần chúng và cấp dưới”, “5 chủ động trong công tác tư tưởng” của BCHQS thị xã". The
        // provincial military command has a model of nearly the same name; the report does not say one copies
        // the other, so no replication link is recorded.
        models.Add(Exemplary(Model("binh-long-dang-vien-diu-dat", "Đảng viên dìu dắt quần chúng và cấp dưới", UnitIds.BanChqsBinhLong, ModelKind.Model, political)));
        models.Add(Exemplary(Model("binh-long-5-chu-dong", "5 chủ động trong công tác tư tưởng", UnitIds.BanChqsBinhLong, ModelKind.Model, political)));
        // "xã hội hóa công tác cổ động trực quan và TDTT” của Phòng Văn hóa - Thông tin" (the opening quote is
        // missing in the report).
        models.Add(Exemplary(Model("binh-long-xhh-co-dong-truc-quan", "Xã hội hóa công tác cổ động trực quan và TDTT", UnitIds.PhongVanHoaThongTinBinhLong, ModelKind.Model, society)));
        models.Add(Exemplary(Model("binh-long-cntt-dua-nghi-quyet",
            "Chủ động ứng dụng công nghệ thông tin phục vụ công tác tuyên truyền, đưa Nghị quyết của Đảng vào cuộc sống",
            UnitIds.BanTuyenGiaoBinhLong, ModelKind.Model, political)));
        models.Add(Exemplary(Model("binh-long-cntt-khong-gian-mang",
            "Ứng dụng công nghệ thông tin phục vụ công tác tuyên truyền việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên không gian mạng",
            UnitIds.BanTuyenGiaoBinhLong, ModelKind.Model, political)));
        // "Vườn cây thanh niên làm theo lời Bác”, “Tuyến đường ánh sáng an ninh”, “Quỹ hỗ trợ thanh niên khởi nghiệp
        // thị xã Bình Long” của Thị Đoàn Bình Long". The fund is also a Fund, without figures (see .Funds.cs).
        models.Add(Exemplary(Model("binh-long-vuon-cay-thanh-nien", "Vườn cây thanh niên làm theo lời Bác", UnitIds.ThiDoanBinhLong, ModelKind.Model, economy)));
        models.Add(Exemplary(Model("binh-long-tuyen-duong-anh-sang", "Tuyến đường ánh sáng an ninh", UnitIds.ThiDoanBinhLong, ModelKind.Model, security)));
        models.Add(Exemplary(Model(ModelIds.BinhLongQuyKhoiNghiep, "Quỹ hỗ trợ thanh niên khởi nghiệp thị xã Bình Long", UnitIds.ThiDoanBinhLong, ModelKind.Model, economy)));

        // --- Thị xã Chơn Thành: "Thị ủy tiếp tục thực hiện mô hình ..." and "Từ khi thành lập mô hình (quý IV/2017)".
        // The launch is dated on the first day of Q4/2017; "tiếp tục thực hiện" is the Maintained stage in 2023.
        models.Add(Model(ModelIds.ChonThanhTietKiem, "Đảng viên thực hành tiết kiệm, làm theo lời Bác Hồ", UnitIds.ThiUyChonThanh, ModelKind.Model, society) with
        {
            Lifecycle =
            [
                new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2017, 10, 1)) { Note = "“Từ khi thành lập mô hình (quý IV/2017)”: ghi ngày đầu quý." },
                new LifecycleEvent(LifecycleStage.Maintained, asOf) { Note = "“Thị ủy tiếp tục thực hiện mô hình” trong năm 2023; ghi theo mốc 10/11/2023 của báo cáo." },
            ],
        });

        // --- Huyện Phú Riềng: mobilising people to clear land for infrastructure, "tạo động lực phát triển kinh tế",
        // hence economy. "Công trình được chọn làm điểm: Xây dựng tuyến đường liên xã Long Bình đi Bình Sơn".
        models.Add(Model(ModelIds.PhuRiengGiaiPhongMatBang,
            "Tuyên truyền, vận động nhân dân tích cực tham gia giải phóng mặt bằng với phương châm “Nhà nước và Nhân dân cùng làm”",
            UnitIds.HuyenUyPhuRieng, ModelKind.Model, economy) with
        {
            Outcomes = [new OutcomeIndicator("Công trình được chọn làm điểm: xây dựng tuyến đường liên xã Long Bình đi Bình Sơn", 1, "công trình", asOf)],
        });

        // --- Huyện Bù Đăng: "Toàn huyện triển khai thực hiện 02 mô hình".
        // (1) "3 không, 4 Có" for each cadre and Party member; the 3.922 registrations are pledges (see .Pledges.cs).
        models.Add(Model(ModelIds.BuDang3Khong4Co, "3 không, 4 có", UnitIds.DangBoHuyenBuDang, ModelKind.Model, political));
        // (2) "đã hỗ trợ cho 1.722 đối tượng là học sinh, hộ gia đình khó khăn với số tiền huy động 1.724.804.300đ".
        // Pupils and households are counted together, so the unit of measure says both.
        models.Add(Model(ModelIds.BuDangDiaChiNhanDao, "Mỗi chi bộ một địa chỉ nhân đạo", UnitIds.DangBoHuyenBuDang, ModelKind.Model, society) with
        {
            Outcomes =
            [
                new OutcomeIndicator("Đối tượng được hỗ trợ (học sinh, hộ gia đình khó khăn)", 1722, "đối tượng", asOf)
                {
                    MoneyValue = new Dong(1_724_804_300),
                },
            ],
        });

        // --- Huyện Bù Đốp: "Phong trào “Tiết kiệm bản thân dành phần người khó”", which runs the fund of the same
        // name (see .Funds.cs). "xây dựng sân cột mốc phụ cho các đồn biên phòng" is named without a figure, so its
        // quantity is missing (null), not zero.
        models.Add(Model(ModelIds.BuDopTietKiem, "Tiết kiệm bản thân dành phần người khó", UnitIds.HuyenUyBuDop, ModelKind.Movement, society) with
        {
            Outcomes = [new OutcomeIndicator("Xây dựng sân cột mốc phụ cho các đồn biên phòng", null, "sân", asOf)],
        });

        // --- Huyện Lộc Ninh: "Với chủ trương “Chung tay vì người nghèo-không để ai bị bỏ lại phía sau”" — a
        // programme; "đồng hành giúp đỡ 230 hộ nghèo, 333 hộ cận nghèo". The 56 registrations are pledges.
        models.Add(Model(ModelIds.LocNinhChungTay, "Chung tay vì người nghèo - không để ai bị bỏ lại phía sau", UnitIds.HuyenUyLocNinh, ModelKind.Programme, economy) with
        {
            Outcomes =
            [
                new OutcomeIndicator("Hộ nghèo được đồng hành giúp đỡ", 230, "hộ", asOf),
                new OutcomeIndicator("Hộ cận nghèo được đồng hành giúp đỡ", 333, "hộ", asOf),
            ],
        });

        // --- Huyện Bù Gia Mập: "mô hình giúp nhau xóa đói giảm nghèo, phát triển kinh tế: như cho vay không lấy lãi,
        // vận động quyên góp xây dựng nhà tình thương, nhà đại đoàn kết cho các hộ nghèo khó khăn; góp vốn cho vay
        // xoay vòng". The heading says the field (economy). The report names no body, so the district Party
        // committee is taken as the owner.
        models.Add(Model("bu-gia-map-cho-vay-khong-lai", "Cho vay không lấy lãi", UnitIds.HuyenUyBuGiaMap, ModelKind.Model, economy));
        models.Add(Model("bu-gia-map-nha-tinh-thuong",
            "Vận động quyên góp xây dựng nhà tình thương, nhà đại đoàn kết cho các hộ nghèo khó khăn",
            UnitIds.HuyenUyBuGiaMap, ModelKind.Model, economy));
        models.Add(Model("bu-gia-map-von-xoay-vong", "Góp vốn cho vay xoay vòng", UnitIds.HuyenUyBuGiaMap, ModelKind.Model, economy));

        // --- Huyện Đồng Phú. "“Công trình 1.000 đồng” do cán bộ Mặt trận cấp huyện và cơ sở ủng hộ ... để thực hiện
        // công trình chào mừng Đại hội MTTQVN các cấp": a work of the Front, hence the political system. It runs
        // the fund of the same name (see .Funds.cs).
        models.Add(Model(ModelIds.DongPhuCongTrinh1000, "Công trình 1.000 đồng", UnitIds.MatTranDongPhu, ModelKind.Work, political));
        // "Mô hình “Mỗi tổ chức, cá nhân gắn với địa chỉ nhân đạo” tại các chi, đảng bộ khối cơ quan và 11 xã, thị
        // trấn": run across the district, so owned by the district Party committee; the money pledge is in .Pledges.cs.
        models.Add(Model(ModelIds.DongPhuDiaChiNhanDao, "Mỗi tổ chức, cá nhân gắn với địa chỉ nhân đạo", UnitIds.HuyenUyDongPhu, ModelKind.Model, society));

        // --- Huyện Hớn Quản: "Có mô hình “Tặng sinh kế cho HVPN phát triển kinh tế”, “Heo đất Hớn Quản – đồng hành
        // cùng hoàn cảnh khó khăn, hỗ trợ phụ nữ khởi nghiệp”, “trao bò giống; “Tiếng kẻng an ninh”; “Tổ liên gia
        // ...”…". The two women's models belong to the Women's Union; the report names no owner for the other three,
        // so they are the district Party committee's. The piggy-bank model has no figures, so no Fund is made for it.
        models.Add(Model("hon-quan-tang-sinh-ke", "Tặng sinh kế cho HVPN phát triển kinh tế", UnitIds.HoiPhuNuHonQuan, ModelKind.Model, economy));
        models.Add(Model("hon-quan-heo-dat",
            "Heo đất Hớn Quản – đồng hành cùng hoàn cảnh khó khăn, hỗ trợ phụ nữ khởi nghiệp",
            UnitIds.HoiPhuNuHonQuan, ModelKind.Model, economy));
        models.Add(Model("hon-quan-trao-bo-giong", "Trao bò giống", UnitIds.HuyenUyHonQuan, ModelKind.Model, economy));
        models.Add(Model("hon-quan-tieng-keng-an-ninh", "Tiếng kẻng an ninh", UnitIds.HuyenUyHonQuan, ModelKind.Model, security));
        models.Add(Model("hon-quan-to-lien-gia",
            "Tổ liên gia bảo vệ môi trường và an ninh trật tự, xây dựng khu dân cư sáng – xanh – sạch – đẹp - an toàn",
            UnitIds.HuyenUyHonQuan, ModelKind.Model, security));

        // --- Biên phòng tỉnh: "Một số mô hình như: ..." — twelve items separated by semicolons (the list ends with
        // "…"). "Bò giống, Dê giống cho người nghèo" is one item. The programme "Nâng bước em đến trường – Con nuôi
        // Đồn Biên phòng" and the model "Mô hình con nuôi Đồn Biên phòng" are both listed, so both are kept.
        var bienPhong = UnitIds.DangUyBienPhongTinh;
        models.Add(Model("bien-phong-nang-buoc-em-den-truong", "Nâng bước em đến trường – Con nuôi Đồn Biên phòng", bienPhong, ModelKind.Programme, society));
        models.Add(Model("bien-phong-quan-dan-y", "Trạm quân dân y kết hợp", bienPhong, ModelKind.Model, society));
        models.Add(Model("bien-phong-xoa-mu-chu", "Lớp học xóa mù chữ", bienPhong, ModelKind.Model, society));
        models.Add(Model("bien-phong-thay-giao-quan-ham-xanh", "Thầy giáo quân hàm xanh", bienPhong, ModelKind.Model, society));
        models.Add(Model("bien-phong-can-bo-tang-cuong-xa", "Cán bộ tăng cường xã", bienPhong, ModelKind.Model, political));
        models.Add(Model("bien-phong-sinh-hoat-chi-bo-thon-ap", "Đảng viên tham gia sinh hoạt các chi bộ thôn ấp", bienPhong, ModelKind.Model, political));
        models.Add(Model("bien-phong-phu-trach-ho-gia-dinh", "Đảng viên phụ trách hộ gia đình", bienPhong, ModelKind.Model, political));
        models.Add(Model("bien-phong-con-nuoi-don", "Mô hình con nuôi Đồn Biên phòng", bienPhong, ModelKind.Model, society));
        models.Add(Model("bien-phong-hu-gao-tinh-thuong", "Hũ gạo tình thương", bienPhong, ModelKind.Model, society));
        models.Add(Model("bien-phong-tay-keo", "Tay kéo Biên phòng", bienPhong, ModelKind.Model, economy));
        models.Add(Model("bien-phong-bo-de-giong", "Bò giống, Dê giống cho người nghèo", bienPhong, ModelKind.Model, economy));
        models.Add(Model("bien-phong-chung-tay-vi-nguoi-ngheo", "Bộ đội Biên phòng chung tay vì người nghèo", bienPhong, ModelKind.Model, economy));

        // --- Quân sự tỉnh: "Có các mô hình ..." — five (the list ends with "…"). Party-building models are the
        // political system; "Đơn vị 3 nhất" (a unit standard of the army) is defence.
        var quanSu = UnitIds.DangUyQuanSuTinh;
        models.Add(Model("quan-su-dang-vien-diu-dat", "Đảng viên dìu dắt quần chúng, cấp dưới", quanSu, ModelKind.Model, political));
        models.Add(Model("quan-su-moi-ngay-mot-cau-hoi", "Mỗi ngày một câu hỏi, một đáp án chính trị bổ ích", quanSu, ModelKind.Model, political));
        models.Add(Model("quan-su-don-vi-3-nhat", "Đơn vị 3 nhất", quanSu, ModelKind.Model, security));
        models.Add(Model("quan-su-chi-bo-5-tot", "Chi bộ 5 tốt, đảng viên 5 tốt", quanSu, ModelKind.Model, political));
        models.Add(Model("quan-su-5-trach-nhiem", "5 trách nhiệm", quanSu, ModelKind.Model, political));

        // --- Công an tỉnh: "Có 02 mô hình tiêu biểu". The software model is internal administration (political
        // system); the minority-elders model is public order (security).
        models.Add(Exemplary(Model("cong-an-phan-mem-xu-ly-van-ban",
            "Xây dựng phần mềm đề xuất xử lý văn bản và giao việc trong nội bộ đơn vị",
            UnitIds.DangUyCongAnTinh, ModelKind.Model, political)));
        models.Add(Exemplary(Model("cong-an-nguoi-co-uy-tin",
            "Nêu cao vai trò của người có uy tín trong đồng bào dân tộc thiểu số tham gia đảm bảo an ninh trật tự",
            UnitIds.DangUyCongAnTinh, ModelKind.Model, security)));

        // --- Đảng ủy Công ty cao su Phú Riềng: three "phong trào" (the list ends with "…"). "được thực hiện 19/19
        // đơn vị": 19 units took part, out of 19.
        models.Add(Model("cs-phu-rieng-muc-tieu-kep",
            "Phong trào thi đua thực hiện mục tiêu kép vừa phòng chống dịch vừa lao động sản xuất giỏi",
            UnitIds.DangUyCaoSuPhuRieng, ModelKind.Movement, economy) with
        {
            Outcomes = [new OutcomeIndicator("Đơn vị thực hiện (trên tổng số 19 đơn vị)", 19, "đơn vị", asOf)],
        });
        models.Add(Model("cs-phu-rieng-chung-chi-rung",
            "Phong trào thực hiện chứng chỉ rừng cao su bền vững có kỹ thuật, nâng cao năng suất lao động, hạ giá thành sản phẩm",
            UnitIds.DangUyCaoSuPhuRieng, ModelKind.Movement, economy));
        models.Add(Model("cs-phu-rieng-luyen-tay-nghe", "Phong trào luyện tay nghề, thi thợ giỏi", UnitIds.DangUyCaoSuPhuRieng, ModelKind.Movement, economy));

        // --- Đảng ủy Công ty cao su Đồng Phú: one model, "Tổng quyết tâm", whose three resolutions ("Quyết tâm phát
        // huy dân chủ-kỷ cương đoàn kết; ... nói đi đôi với làm; ... hoàn thành chỉ tiêu, kế hoạch") are its content,
        // not separate models.
        models.Add(Model("cs-dong-phu-tong-quyet-tam", "Tổng quyết tâm", UnitIds.DangUyCaoSuDongPhu, ModelKind.Model, political));

        // --- Đảng ủy Công ty TNHH MTV cao su Bình Long: four items separated by semicolons; "cải cách lề lối làm
        // việc" is the fourth.
        models.Add(Model("cs-binh-long-tiet-kiem-chi-tieu",
            "Tiết kiệm chi tiêu cá nhân để giúp đỡ những hoàn cảnh khó khăn",
            UnitIds.DangUyCaoSuBinhLong, ModelKind.Model, society));
        models.Add(Model("cs-binh-long-xanh-sach-dep", "Xanh - sạch - đẹp", UnitIds.DangUyCaoSuBinhLong, ModelKind.Model, society));
        models.Add(Model("cs-binh-long-phong-chong-tham-nhung", "Phòng, chống tham nhũng, tiêu cực", UnitIds.DangUyCaoSuBinhLong, ModelKind.Model, political));
        models.Add(Model("cs-binh-long-cai-cach-le-loi", "Cải cách lề lối làm việc", UnitIds.DangUyCaoSuBinhLong, ModelKind.Model, political));

        // --- Đảng ủy Công ty TNHH MTV cao su Lộc Ninh.
        models.Add(Model("cs-loc-ninh-chu-nhat-xanh", "Ngày chủ nhật xanh", UnitIds.DangUyCaoSuLocNinh, ModelKind.Model, society));
        models.Add(Model("cs-loc-ninh-thi-dua-san-xuat", "Thi đua trong lao động sản xuất", UnitIds.DangUyCaoSuLocNinh, ModelKind.Model, economy));

        return models;

        EmulationModel Model(ModelId id, string name, UnitId owner, ModelKind kind, ModelField field) => new()
        {
            Id = id,
            Name = name,
            OwnerId = owner,
            Kind = kind,
            Field = field,
            Movement = Movement.Conclusion01,
            Theme = Theme,
            Period = Year,
            Lifecycle = [new LifecycleEvent(LifecycleStage.Maintained, asOf) { Note = OnlyCarriedOut }],
        };

        static EmulationModel Exemplary(EmulationModel model) => model with { IsExemplary = true };
    }

    /// <summary>The number of models the report gives for a unit, where it gives one: Bù Đăng "02 mô hình", Công an tỉnh "02 mô hình tiêu biểu".</summary>
    public static ImmutableDictionary<UnitId, int> StatedModelCounts { get; } = new Dictionary<UnitId, int>
    {
        ["dang-bo-huyen-bu-dang"] = 2,
        ["dang-uy-cong-an-tinh"] = 2,
    }.ToImmutableDictionary();
}
