using DomainKit.Text;
using K = DomainKit.Interchange.Schema.FieldKind;

namespace DomainKit.Interchange.Schema;

/// <summary>
/// The records of the dataset format, field by field: one <see cref="RecordSchema"/> per record and per object within
/// one, with a constant per field for the code that reads or writes it. The JSON reader takes its property names and
/// required fields from here, the CSV bundle its columns and headers (<see cref="Csv.CsvTables"/>); the JSON Schema
/// and docs/format.md are held to it by tests.
/// </summary>
internal static class DatasetSchema
{
    private static FieldSpec F(int index, string json, string vietnamese, FieldKind kind, bool required = false, RecordSchema? nested = null)
        => new(index, json, vietnamese, kind, required, nested);

    private const bool Required = true;

    public static class UnitSuccessor
    {
        public const int SuccessorId = 0;

        public static readonly RecordSchema Schema = new(new("đơn vị kế thừa", "unit successor"),
            F(SuccessorId, "successorId", "Mã đơn vị kế thừa", K.Id, Required));
    }

    public static class HeadCount
    {
        public const int AsOf = 0, Members = 1, PartyMembers = 2, Exempt = 3, Away = 4;

        public static readonly RecordSchema Schema = new(new("số lượng thành viên", "head count"),
            F(AsOf, "asOf", "Tính đến ngày", K.Date, Required), F(Members, "members", "Số thành viên", K.Count),
            F(PartyMembers, "partyMembers", "Số đảng viên", K.Count), F(Exempt, "exempt", "Số miễn sinh hoạt", K.Count),
            F(Away, "away", "Số đi làm ăn xa", K.Count));
    }

    /// <summary>A dated link (a parent change or a territory change): from a date, to a unit.</summary>
    public static class UnitLink
    {
        public const int From = 0, Target = 1;

        public static readonly RecordSchema ParentChange = new(new("thay đổi đơn vị cấp trên", "parent change"),
            F(From, "from", "Từ ngày", K.Date, Required), F(Target, "parentId", "Mã đơn vị cấp trên mới", K.Id));

        public static readonly RecordSchema TerritoryChange = new(new("thay đổi địa bàn", "territory change"),
            F(From, "from", "Từ ngày", K.Date, Required), F(Target, "territoryId", "Mã địa bàn mới", K.Id));
    }

    public static class Unit
    {
        public const int Id = 0, Name = 1, Kind = 2, ParentId = 3, TerritoryId = 4, ValidFrom = 5, ValidTo = 6, Successors = 7, HeadCounts = 8,
            ParentChanges = 9, TerritoryChanges = 10, PrimarySuccessorId = 11;

        public static readonly RecordSchema Schema = new(new("đơn vị", "unit"),
            F(Id, "id", "Mã đơn vị", K.Id, Required), F(Name, "name", "Tên đơn vị", K.Text, Required),
            F(Kind, "kind", "Loại đơn vị", K.Classifier, Required), F(ParentId, "parentId", "Mã đơn vị cấp trên", K.Id),
            F(TerritoryId, "territoryId", "Mã địa bàn", K.Id), F(ValidFrom, "validFrom", "Hiệu lực từ ngày", K.Date),
            F(ValidTo, "validTo", "Hiệu lực đến ngày", K.Date),
            F(Successors, "successors", "Đơn vị kế thừa", K.Ids, Required, UnitSuccessor.Schema),
            F(HeadCounts, "headCounts", "Số lượng thành viên", K.Objects, Required, HeadCount.Schema),
            F(ParentChanges, "parentChanges", "Thay đổi đơn vị cấp trên", K.Objects, nested: UnitLink.ParentChange),
            F(TerritoryChanges, "territoryChanges", "Thay đổi địa bàn", K.Objects, nested: UnitLink.TerritoryChange),
            F(PrimarySuccessorId, "primarySuccessorId", "Mã đơn vị kế thừa chính", K.Id));
    }

    /// <summary>The column a model's field takes in CSV after its names: the code of the broader field it sits under.</summary>
    public static class FieldExtras
    {
        public const int Parent = 0;

        public static readonly RecordSchema Schema = new(new("lĩnh vực", "field"), F(Parent, "parent", "Lĩnh vực cấp trên", K.Code));
    }

    public static class LifecycleEvent
    {
        public const int Stage = 0, Date = 1, Note = 2;

        public static readonly RecordSchema Schema = new(new("bước trong vòng đời mô hình", "lifecycle event"),
            F(Stage, "stage", "Giai đoạn", K.Code, Required), F(Date, "date", "Ngày", K.Date, Required), F(Note, "note", "Ghi chú", K.Text));
    }

    public static class Outcome
    {
        public const int Name = 0, Quantity = 1, UnitOfMeasure = 2, Date = 3, MoneyValue = 4;

        public static readonly RecordSchema Schema = new(new("kết quả của mô hình", "outcome"),
            F(Name, "name", "Tên kết quả", K.Text, Required), F(Quantity, "quantity", "Số lượng", K.Quantity),
            F(UnitOfMeasure, "unitOfMeasure", "Đơn vị tính", K.Text, Required), F(Date, "date", "Ngày", K.Date, Required),
            F(MoneyValue, "moneyValue", "Giá trị (đồng)", K.Money));
    }

    public static class Model
    {
        public const int Id = 0, Name = 1, OwnerId = 2, Kind = 3, Field = 4, Movement = 5, Theme = 6, Period = 7, Lifecycle = 8, OriginId = 9,
            IsExemplary = 10, CommittedToId = 11, Outcomes = 12;

        public static readonly RecordSchema Schema = new(new("mô hình", "model"),
            F(Id, "id", "Mã mô hình", K.Id, Required), F(Name, "name", "Tên mô hình", K.Text, Required),
            F(OwnerId, "ownerId", "Mã đơn vị thực hiện", K.Id, Required), F(Kind, "kind", "Loại mô hình", K.Classifier, Required),
            F(Field, "field", "Lĩnh vực", K.Classifier, nested: FieldExtras.Schema), F(Movement, "movement", "Phong trào", K.Classifier),
            F(Theme, "theme", "Chuyên đề", K.Text), F(Period, "period", "Kỳ", K.Period),
            F(Lifecycle, "lifecycle", "Vòng đời", K.Objects, Required, LifecycleEvent.Schema),
            F(OriginId, "originId", "Mã mô hình gốc", K.Id), F(IsExemplary, "isExemplary", "Tiêu biểu", K.Boolean, Required),
            F(CommittedToId, "committedToId", "Mã đơn vị nhận cam kết", K.Id),
            F(Outcomes, "outcomes", "Kết quả", K.Objects, Required, Outcome.Schema));
    }

    public static class Pledger
    {
        public const int Kind = 0, UnitId = 1, PersonId = 2, PersonName = 3;

        public static readonly RecordSchema Schema = new(new("người đăng ký", "pledger"),
            F(Kind, "kind", "Loại người đăng ký", K.Code, Required), F(UnitId, "unitId", "Mã đơn vị đăng ký", K.Id, Required),
            F(PersonId, "personId", "Mã cá nhân đăng ký", K.Text), F(PersonName, "personName", "Họ tên cá nhân đăng ký", K.Text));
    }

    public static class Target
    {
        public const int Kind = 0, ModelId = 1, CriteriaSet = 2, Beneficiary = 3, PoorHouseholds = 4, NearPoorHouseholds = 5;

        /// <summary>The codes of the kinds of target, each with the one field of its own it has (households have two).</summary>
        public const string ModelCode = "model", CriteriaCode = "criteria", BeneficiaryCode = "beneficiary", HouseholdsCode = "households";

        /// <summary>The codes of the kinds of target, in this order.</summary>
        public static readonly string[] Codes = [ModelCode, CriteriaCode, BeneficiaryCode, HouseholdsCode];

        public static readonly RecordSchema Schema = new(new("nội dung đăng ký", "pledge target"),
            F(Kind, "kind", "Loại nội dung đăng ký", K.Code, Required), F(ModelId, "modelId", "Mã mô hình đăng ký", K.Id),
            F(CriteriaSet, "criteriaSet", "Bộ tiêu chí", K.Text), F(Beneficiary, "beneficiary", "Địa chỉ giúp đỡ", K.Text),
            F(PoorHouseholds, "poorHouseholds", "Số hộ nghèo", K.Count), F(NearPoorHouseholds, "nearPoorHouseholds", "Số hộ cận nghèo", K.Count));

        /// <summary>The fields every kind of target has.</summary>
        public static readonly ulong Common = RecordSchema.Mask(Kind);

        /// <summary>For each kind of target, in the order of <see cref="Codes"/>: the fields of its own it has.</summary>
        public static readonly ulong[] Kinds =
        [
            RecordSchema.Mask(ModelId),
            RecordSchema.Mask(CriteriaSet),
            RecordSchema.Mask(Beneficiary),
            RecordSchema.Mask(PoorHouseholds, NearPoorHouseholds),
        ];
    }

    public static class Schedule
    {
        public const int Amount = 0, Frequency = 1, Start = 2, MaximumAmount = 3, End = 4;

        public static readonly RecordSchema Schema = new(new("lịch đóng tiền", "money schedule"),
            F(Amount, "amount", "Số tiền mỗi lần", K.Money, Required), F(Frequency, "frequency", "Định kỳ", K.Code, Required),
            F(Start, "start", "Ngày bắt đầu đóng", K.Date, Required), F(MaximumAmount, "maximumAmount", "Số tiền tối đa mỗi lần", K.Money),
            F(End, "end", "Ngày kết thúc đóng", K.Date));
    }

    public static class Evaluation
    {
        public const int EvaluatedOn = 0, Rating = 1, Score = 2;

        public static readonly RecordSchema Schema = new(new("đánh giá", "evaluation"),
            F(EvaluatedOn, "evaluatedOn", "Ngày đánh giá", K.Date, Required), F(Rating, "rating", "Xếp loại", K.Code),
            F(Score, "score", "Điểm đánh giá", K.Count));
    }

    public static class Pledge
    {
        public const int Id = 0, Pledger = 1, Target = 2, Period = 3, RegisteredOn = 4, Schedule = 5, Evaluation = 6, CancelledOn = 7, Note = 8;

        public static readonly RecordSchema Schema = new(new("đăng ký", "pledge"),
            F(Id, "id", "Mã đăng ký", K.Id, Required), F(Pledger, "pledger", "Người đăng ký", K.Object, Required, DatasetSchema.Pledger.Schema),
            F(Target, "target", "Nội dung đăng ký", K.Object, Required, DatasetSchema.Target.Schema),
            F(Period, "period", "Kỳ", K.Period, Required), F(RegisteredOn, "registeredOn", "Ngày đăng ký", K.Date),
            F(Schedule, "schedule", "Lịch đóng tiền", K.Object, nested: DatasetSchema.Schedule.Schema),
            F(Evaluation, "evaluation", "Đánh giá", K.Object, nested: DatasetSchema.Evaluation.Schema),
            F(CancelledOn, "cancelledOn", "Ngày hủy", K.Date), F(Note, "note", "Ghi chú", K.Text));
    }

    public static class Payment
    {
        public const int PledgeId = 0, Date = 1, Amount = 2, Reference = 3;

        public static readonly RecordSchema Schema = new(new("khoản nộp", "payment"),
            F(PledgeId, "pledgeId", "Mã đăng ký", K.Id, Required), F(Date, "date", "Ngày nộp", K.Date, Required),
            F(Amount, "amount", "Số tiền", K.Money, Required), F(Reference, "reference", "Số chứng từ", K.Text));
    }

    public static class Fund
    {
        public const int Id = 0, Name = 1, OwnerId = 2, Purpose = 3, ModelId = 4, InceptionDate = 5;

        public static readonly RecordSchema Schema = new(new("quỹ", "fund"),
            F(Id, "id", "Mã quỹ", K.Id, Required), F(Name, "name", "Tên quỹ", K.Text, Required),
            F(OwnerId, "ownerId", "Mã đơn vị quản lý", K.Id, Required), F(Purpose, "purpose", "Mục đích", K.Text),
            F(ModelId, "modelId", "Mã mô hình", K.Id), F(InceptionDate, "inceptionDate", "Ngày thành lập", K.Date));
    }

    public static class Beneficiaries
    {
        public const int Kind = 0, Occurrences = 1, Distinct = 2, Description = 3;

        public static readonly RecordSchema Schema = new(new("đối tượng thụ hưởng", "beneficiaries"),
            F(Kind, "kind", "Loại đối tượng thụ hưởng", K.Code, Required), F(Occurrences, "occurrences", "Số lượt thụ hưởng", K.Count),
            F(Distinct, "distinct", "Số đối tượng thụ hưởng", K.Count), F(Description, "description", "Mô tả đối tượng thụ hưởng", K.Text));
    }

    public static class Goods
    {
        public const int Name = 0, Quantity = 1, UnitOfMeasure = 2;

        public static readonly RecordSchema Schema = new(new("hàng hóa", "goods"),
            F(Name, "name", "Tên hàng hóa", K.Text, Required), F(Quantity, "quantity", "Số lượng hàng hóa", K.Quantity, Required),
            F(UnitOfMeasure, "unitOfMeasure", "Đơn vị tính hàng hóa", K.Text, Required));
    }

    public static class Valuation
    {
        public const int Value = 0, ValuedOn = 1;

        public static readonly RecordSchema Schema = new(new("giá trị quy đổi", "valuation"),
            F(Value, "value", "Giá trị quy đổi", K.Money, Required), F(ValuedOn, "valuedOn", "Ngày quy đổi", K.Date, Required));
    }

    public static class FundEntry
    {
        public const int Kind = 0, FundId = 1, Date = 2, Amount = 3, Contributor = 4, Principal = 5, LoanId = 6, Borrower = 7, TermMonths = 8,
            Purpose = 9, Beneficiaries = 10, Goods = 11, Valuation = 12, StatedBalance = 13, At = 14, Covers = 15, Reference = 16, Note = 17;

        public static readonly RecordSchema Schema = new(new("bút toán quỹ", "fund entry"),
            F(Kind, "kind", "Loại bút toán", K.Code, Required), F(FundId, "fundId", "Mã quỹ", K.Id, Required),
            F(Date, "date", "Ngày", K.Date, Required), F(Amount, "amount", "Số tiền", K.Money), F(Contributor, "contributor", "Người đóng góp", K.Text),
            F(Principal, "principal", "Số tiền cho vay", K.Money), F(LoanId, "loanId", "Mã khoản vay", K.Text), F(Borrower, "borrower", "Người vay", K.Text),
            F(TermMonths, "termMonths", "Thời hạn vay (tháng)", K.Count), F(Purpose, "purpose", "Mục đích chi", K.Classifier),
            F(Beneficiaries, "beneficiaries", "Đối tượng thụ hưởng", K.Object, nested: DatasetSchema.Beneficiaries.Schema),
            F(Goods, "goods", "Hàng hóa", K.Object, nested: DatasetSchema.Goods.Schema),
            F(Valuation, "valuation", "Giá trị quy đổi", K.Object, nested: DatasetSchema.Valuation.Schema),
            F(StatedBalance, "statedBalance", "Số dư theo báo cáo", K.Money), F(At, "at", "Thời điểm số dư", K.Code),
            F(Covers, "covers", "Kỳ tổng hợp", K.Period), F(Reference, "reference", "Số chứng từ", K.Text), F(Note, "note", "Ghi chú", K.Text));

        /// <summary>The fields every kind of entry may have.</summary>
        public static readonly ulong Common = RecordSchema.Mask(Kind, FundId, Date, Covers, Reference, Note);

        /// <summary>For each kind of entry, in <see cref="Funds.FundEntryKind"/>'s order: the fields of its own it has and those it requires.</summary>
        public static readonly (ulong Has, ulong Requires)[] Kinds =
        [
            (RecordSchema.Mask(Amount), RecordSchema.Mask(Amount)),
            (RecordSchema.Mask(Amount, Contributor), RecordSchema.Mask(Amount)),
            (RecordSchema.Mask(Amount, Purpose, Beneficiaries), RecordSchema.Mask(Amount)),
            (RecordSchema.Mask(Principal, LoanId, Borrower, TermMonths, Purpose, Beneficiaries), RecordSchema.Mask(Principal, LoanId)),
            (RecordSchema.Mask(Amount, LoanId), RecordSchema.Mask(Amount, LoanId)),
            (RecordSchema.Mask(Goods, Valuation), RecordSchema.Mask(Goods)),
            (RecordSchema.Mask(Goods, Valuation, Beneficiaries), RecordSchema.Mask(Goods)),
            (RecordSchema.Mask(StatedBalance, At), RecordSchema.Mask(StatedBalance, At)),
        ];
    }

    public static class Recipient
    {
        public const int Kind = 0, UnitId = 1, Name = 2;

        public static readonly RecordSchema Schema = new(new("đối tượng được khen", "recipient"),
            F(Kind, "kind", "Loại đối tượng được khen", K.Code, Required), F(UnitId, "unitId", "Mã đơn vị được khen", K.Id, Required),
            F(Name, "name", "Tên người, hộ được khen", K.Text));
    }

    /// <summary>The column an emulation title takes in CSV after its names: whom it is for.</summary>
    public static class TitleExtras
    {
        public const int Recipients = 0;

        public static readonly RecordSchema Schema = new(new("danh hiệu thi đua", "emulation title"), F(Recipients, "recipients", "Đối tượng của danh hiệu", K.Code));
    }

    public static class Commendation
    {
        public const int Id = 0, Recipient = 1, Title = 2, Form = 3, Level = 4, AwardingBody = 5, AwardedById = 6, Date = 7, Period = 8,
            DecisionNumber = 9, ModelId = 10, Movement = 11;

        public static readonly RecordSchema Schema = new(new("khen thưởng", "commendation"),
            F(Id, "id", "Mã khen thưởng", K.Id, Required),
            F(Recipient, "recipient", "Đối tượng được khen", K.Object, Required, DatasetSchema.Recipient.Schema),
            F(Title, "title", "Danh hiệu thi đua", K.Classifier, nested: TitleExtras.Schema), F(Form, "form", "Hình thức khen thưởng", K.Classifier),
            F(Level, "level", "Cấp khen thưởng", K.Code, Required), F(AwardingBody, "awardingBody", "Cơ quan khen thưởng", K.Text),
            F(AwardedById, "awardedById", "Mã đơn vị khen thưởng", K.Id), F(Date, "date", "Ngày quyết định", K.Date, Required),
            F(Period, "period", "Kỳ thành tích", K.Period), F(DecisionNumber, "decisionNumber", "Số quyết định", K.Text),
            F(ModelId, "modelId", "Mã mô hình", K.Id), F(Movement, "movement", "Phong trào", K.Classifier));
    }
}
