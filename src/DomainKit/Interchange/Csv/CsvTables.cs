using DomainKit.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// The files of the CSV bundle and their columns, as docs/format.md lists them. The English header of a column
/// is the path of the JSON property it holds (<c>schedule.amount</c>); the constants are column positions.
/// </summary>
internal static class CsvTables
{
    /// <summary>Every file, in the order written and read: parents before the files keyed by their ids.</summary>
    public static IReadOnlyList<CsvTable> All => [Units.Table, UnitSuccessors.Table, UnitParentChanges.Table, UnitTerritoryChanges.Table, UnitHeadCounts.Table, Models.Table, ModelLifecycle.Table, ModelOutcomes.Table, Pledges.Table, Payments.Table, Funds.Table, FundEntries.Table, Commendations.Table];

    private static CsvColumn C(string english, string vietnamese) => new(english, vietnamese);

    // A classifier takes three columns: its code, and its names, written only when it is not the built-in value.
    private static CsvColumn[] Classifier(string english, string vietnamese) =>
    [
        C(english, vietnamese),
        C(english + ".name.vi", "Tên " + vietnamese.ToLowerInvariant() + " (tiếng Việt)"),
        C(english + ".name.en", "Tên " + vietnamese.ToLowerInvariant() + " (tiếng Anh)"),
    ];

    public static class Units
    {
        public const int Id = 0, Name = 1, Kind = 2, ParentId = 5, TerritoryId = 6, ValidFrom = 7, ValidTo = 8, PrimarySuccessorId = 9;

        public static readonly CsvTable Table = new("units.csv", new("đơn vị", "unit"),
        [
            C("id", "Mã đơn vị"), C("name", "Tên đơn vị"), .. Classifier("kind", "Loại đơn vị"),
            C("parentId", "Mã đơn vị cấp trên"), C("territoryId", "Mã địa bàn"), C("validFrom", "Hiệu lực từ ngày"), C("validTo", "Hiệu lực đến ngày"),
            C("primarySuccessorId", "Mã đơn vị kế thừa chính"),
        ]);
    }

    public static class UnitSuccessors
    {
        public const int UnitId = 0, SuccessorId = 1;

        public static readonly CsvTable Table = new("unit-successors.csv", new("đơn vị kế thừa", "unit successor"),
            C("unitId", "Mã đơn vị"), C("successorId", "Mã đơn vị kế thừa"));
    }

    public static class UnitParentChanges
    {
        public const int UnitId = 0, From = 1, ParentId = 2;

        public static readonly CsvTable Table = new("unit-parent-changes.csv", new("thay đổi đơn vị cấp trên", "parent change"),
            C("unitId", "Mã đơn vị"), C("from", "Từ ngày"), C("parentId", "Mã đơn vị cấp trên mới"));
    }

    public static class UnitTerritoryChanges
    {
        public const int UnitId = 0, From = 1, TerritoryId = 2;

        public static readonly CsvTable Table = new("unit-territory-changes.csv", new("thay đổi địa bàn", "territory change"),
            C("unitId", "Mã đơn vị"), C("from", "Từ ngày"), C("territoryId", "Mã địa bàn mới"));
    }

    public static class UnitHeadCounts
    {
        public const int UnitId = 0, AsOf = 1, Members = 2, PartyMembers = 3, Exempt = 4, Away = 5;

        public static readonly CsvTable Table = new("unit-head-counts.csv", new("số lượng thành viên", "head count"),
            C("unitId", "Mã đơn vị"), C("asOf", "Tính đến ngày"), C("members", "Số thành viên"), C("partyMembers", "Số đảng viên"),
            C("exempt", "Số miễn sinh hoạt"), C("away", "Số đi làm ăn xa"));
    }

    public static class Models
    {
        public const int Id = 0, Name = 1, OwnerId = 2, Kind = 3, Field = 6, FieldParent = 9, Movement = 10, Theme = 13, Period = 14,
            OriginId = 15, IsExemplary = 16, CommittedToId = 17;

        public static readonly CsvTable Table = new("models.csv", new("mô hình", "model"),
        [
            C("id", "Mã mô hình"), C("name", "Tên mô hình"), C("ownerId", "Mã đơn vị thực hiện"), .. Classifier("kind", "Loại mô hình"),
            .. Classifier("field", "Lĩnh vực"), C("field.parent", "Lĩnh vực cấp trên"), .. Classifier("movement", "Phong trào"),
            C("theme", "Chuyên đề"), C("period", "Kỳ"), C("originId", "Mã mô hình gốc"), C("isExemplary", "Tiêu biểu"),
            C("committedToId", "Mã đơn vị nhận cam kết"),
        ]);
    }

    public static class ModelLifecycle
    {
        public const int ModelId = 0, Stage = 1, Date = 2, Note = 3;

        public static readonly CsvTable Table = new("model-lifecycle.csv", new("bước trong vòng đời mô hình", "lifecycle event"),
            C("modelId", "Mã mô hình"), C("stage", "Giai đoạn"), C("date", "Ngày"), C("note", "Ghi chú"));
    }

    public static class ModelOutcomes
    {
        public const int ModelId = 0, Name = 1, Quantity = 2, UnitOfMeasure = 3, Date = 4, MoneyValue = 5;

        public static readonly CsvTable Table = new("model-outcomes.csv", new("kết quả của mô hình", "outcome"),
            C("modelId", "Mã mô hình"), C("name", "Tên kết quả"), C("quantity", "Số lượng"), C("unitOfMeasure", "Đơn vị tính"),
            C("date", "Ngày"), C("moneyValue", "Giá trị (đồng)"));
    }

    public static class Pledges
    {
        public const int Id = 0, PledgerKind = 1, PledgerUnitId = 2, PersonId = 3, PersonName = 4, TargetKind = 5, TargetModelId = 6,
            CriteriaSet = 7, Beneficiary = 8, PoorHouseholds = 9, NearPoorHouseholds = 10, Period = 11, RegisteredOn = 12,
            ScheduleAmount = 13, ScheduleFrequency = 14, ScheduleStart = 15, ScheduleMaximumAmount = 16, ScheduleEnd = 17,
            EvaluatedOn = 18, Rating = 19, Score = 20, CancelledOn = 21, Note = 22;

        public static readonly CsvTable Table = new("pledges.csv", new("đăng ký", "pledge"),
            C("id", "Mã đăng ký"), C("pledger.kind", "Loại người đăng ký"), C("pledger.unitId", "Mã đơn vị đăng ký"),
            C("pledger.personId", "Mã cá nhân đăng ký"), C("pledger.personName", "Họ tên cá nhân đăng ký"),
            C("target.kind", "Loại nội dung đăng ký"), C("target.modelId", "Mã mô hình đăng ký"), C("target.criteriaSet", "Bộ tiêu chí"),
            C("target.beneficiary", "Địa chỉ giúp đỡ"), C("target.poorHouseholds", "Số hộ nghèo"), C("target.nearPoorHouseholds", "Số hộ cận nghèo"),
            C("period", "Kỳ"), C("registeredOn", "Ngày đăng ký"),
            C("schedule.amount", "Số tiền mỗi lần"), C("schedule.frequency", "Định kỳ"), C("schedule.start", "Ngày bắt đầu đóng"),
            C("schedule.maximumAmount", "Số tiền tối đa mỗi lần"), C("schedule.end", "Ngày kết thúc đóng"),
            C("evaluation.evaluatedOn", "Ngày đánh giá"), C("evaluation.rating", "Xếp loại"), C("evaluation.score", "Điểm đánh giá"),
            C("cancelledOn", "Ngày hủy"), C("note", "Ghi chú"));
    }

    public static class Payments
    {
        public const int PledgeId = 0, Date = 1, Amount = 2, Reference = 3;

        public static readonly CsvTable Table = new("payments.csv", new("khoản nộp", "payment"),
            C("pledgeId", "Mã đăng ký"), C("date", "Ngày nộp"), C("amount", "Số tiền"), C("reference", "Số chứng từ"));
    }

    public static class Funds
    {
        public const int Id = 0, Name = 1, OwnerId = 2, Purpose = 3, ModelId = 4, InceptionDate = 5;

        public static readonly CsvTable Table = new("funds.csv", new("quỹ", "fund"),
            C("id", "Mã quỹ"), C("name", "Tên quỹ"), C("ownerId", "Mã đơn vị quản lý"), C("purpose", "Mục đích"),
            C("modelId", "Mã mô hình"), C("inceptionDate", "Ngày thành lập"));
    }

    public static class FundEntries
    {
        public const int Kind = 0, FundId = 1, Date = 2, Amount = 3, Contributor = 4, Principal = 5, LoanId = 6, Borrower = 7,
            TermMonths = 8, Purpose = 9, BeneficiaryKind = 12, Occurrences = 13, Distinct = 14, Description = 15, GoodsName = 16,
            GoodsQuantity = 17, GoodsUnit = 18, ValuationValue = 19, ValuedOn = 20, StatedBalance = 21, At = 22, Covers = 23,
            Reference = 24, Note = 25;

        public static readonly CsvTable Table = new("fund-entries.csv", new("bút toán quỹ", "fund entry"),
        [
            C("kind", "Loại bút toán"), C("fundId", "Mã quỹ"), C("date", "Ngày"), C("amount", "Số tiền"), C("contributor", "Người đóng góp"),
            C("principal", "Số tiền cho vay"), C("loanId", "Mã khoản vay"), C("borrower", "Người vay"), C("termMonths", "Thời hạn vay (tháng)"),
            .. Classifier("purpose", "Mục đích chi"),
            C("beneficiaries.kind", "Loại đối tượng thụ hưởng"), C("beneficiaries.occurrences", "Số lượt thụ hưởng"),
            C("beneficiaries.distinct", "Số đối tượng thụ hưởng"), C("beneficiaries.description", "Mô tả đối tượng thụ hưởng"),
            C("goods.name", "Tên hàng hóa"), C("goods.quantity", "Số lượng hàng hóa"), C("goods.unitOfMeasure", "Đơn vị tính hàng hóa"),
            C("valuation.value", "Giá trị quy đổi"), C("valuation.valuedOn", "Ngày quy đổi"),
            C("statedBalance", "Số dư theo báo cáo"), C("at", "Thời điểm số dư"),
            C("covers", "Kỳ tổng hợp"), C("reference", "Số chứng từ"), C("note", "Ghi chú"),
        ]);
    }

    public static class Commendations
    {
        public const int Id = 0, RecipientKind = 1, RecipientUnitId = 2, RecipientName = 3, Title = 4, TitleRecipients = 7, Form = 8,
            Level = 11, AwardingBody = 12, AwardedById = 13, Date = 14, Period = 15, DecisionNumber = 16, ModelId = 17, Movement = 18;

        public static readonly CsvTable Table = new("commendations.csv", new("khen thưởng", "commendation"),
        [
            C("id", "Mã khen thưởng"), C("recipient.kind", "Loại đối tượng được khen"), C("recipient.unitId", "Mã đơn vị được khen"),
            C("recipient.name", "Tên người, hộ được khen"), .. Classifier("title", "Danh hiệu thi đua"), C("title.recipients", "Đối tượng của danh hiệu"),
            .. Classifier("form", "Hình thức khen thưởng"), C("level", "Cấp khen thưởng"), C("awardingBody", "Cơ quan khen thưởng"),
            C("awardedById", "Mã đơn vị khen thưởng"), C("date", "Ngày quyết định"), C("period", "Kỳ thành tích"),
            C("decisionNumber", "Số quyết định"), C("modelId", "Mã mô hình"), .. Classifier("movement", "Phong trào"),
        ]);
    }
}
