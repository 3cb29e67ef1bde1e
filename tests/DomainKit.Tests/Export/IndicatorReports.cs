using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Indicators;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Tests.Validation;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Export;

/// <summary>
/// A small indicator report for the exporters: two districts, their communes' submissions (one approximate amount),
/// a model recorded where nobody submitted, and so every kind of cell: exact, approximate ("trên"), empty, from the
/// records (*) and submitted with the records checked against it (†).
/// </summary>
internal static class IndicatorReports
{
    public static readonly ReportingPeriod Year = ReportingPeriod.Year(2023);

    public static readonly Form Yearly = new("yearly", new("Báo cáo kết quả Dân vận khéo năm", "Yearly skilled mass mobilisation report"), PeriodKind.Year,
        new FormItem("models-launched", "field-root"), new FormItem("money-raised"), new FormItem("roads-lit"));

    // tinh ─┬─ huyen-a ─┬─ xa-a1
    //       │           └─ xa-a2
    //       └─ huyen-b ─── xa-b1 (a model recorded, no submission)
    public static Dataset Dataset { get; } = new DatasetBuilder()
        .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District), Unit("huyen-b", "tinh", UnitKind.District),
            Unit("xa-a1", "huyen-a", UnitKind.Commune), Unit("xa-a2", "huyen-a", UnitKind.Commune), Unit("xa-b1", "huyen-b", UnitKind.Commune))
        .Add(new EmulationModel
        {
            Id = "m1",
            Name = "Mô hình m1",
            OwnerId = "xa-b1",
            Kind = ModelKind.Model,
            Field = ModelField.Economy,
            Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 3, 1))],
        })
        .Build();

    public static Submission First { get; } = new()
    {
        Key = new SubmissionKey("xa-a1", "yearly", Year),
        Version = 2,
        FiledOn = new LocalDate(2023, 12, 20),
        Document = new SubmissionDocument
        {
            Number = "14-BC/ĐU",
            Date = new LocalDate(2023, 12, 18),
            Title = "Báo cáo kết quả thực hiện phong trào thi đua Dân vận khéo năm 2023",
            Issuer = "Đảng ủy xã A1",
            Signer = "Nguyễn Văn A, Bí thư",
        },
        Figures =
        [
            Count("models-launched", 3),
            Count("models-launched", 3, new FigureKey("field-root", "economy")),
            new SubmittedFigure("money-raised", FigureValue.Read("trên 730 triệu", IndicatorKind.Money, TextCulture.Vietnamese).Value) { Quote = "vận động được trên 730 triệu đồng" },
        ],
    };

    public static Submission Second { get; } = new()
    {
        Key = new SubmissionKey("xa-a2", "yearly", Year),
        Figures = [Count("models-launched", 4), new SubmittedFigure("money-raised", FigureValue.OfMoney(new DomainKit.Money.Dong(500_000_000)))],
    };

    public static SubmissionSet Submissions { get; } = new([First, Second], forms: [Yearly]);

    public static IndicatorTable Table { get; } = new IndicatorEngine(Dataset, Submissions, TestClock.On(new LocalDate(2024, 1, 10)))
        .Run(new IndicatorQuery { Root = "tinh", Period = Year, FormCode = "yearly" });

    public static ReportDocument Report { get; } = new()
    {
        Title = new("Tổng hợp kết quả Dân vận khéo năm 2023", "Skilled mass mobilisation in 2023"),
        Tables = [new DocumentTable("indicators", new("Các chỉ tiêu", "Indicators"), Table)],
        Issuer = "Tỉnh ủy",
    };

    private static Unit Unit(string id, string? parent, UnitKind kind)
        => new() { Id = id, Name = "Tên " + id, Kind = kind, ParentId = parent is null ? null : new UnitId(parent) };

    private static SubmittedFigure Count(string indicator, long value, params FigureKey[] keys) => new(indicator, FigureValue.OfCount(value)) { Keys = [.. keys] };
}
