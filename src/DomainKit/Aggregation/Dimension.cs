using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>
/// Something a report groups by: a classification of the items (field, kind, stage, entry kind, purpose,
/// award), the unit they roll up to, or a time bucket. A measure whose items a dimension does not classify
/// (models by fund entry kind) is left missing in the detail rows and appears in the total. Immutable and
/// thread-safe; equal by code.
/// </summary>
public sealed class Dimension : IEquatable<Dimension>
{
    private Dimension(string code, LocalizedText name, DimensionSource source, int level = 0)
    {
        Code = code;
        Name = name;
        Source = source;
        Level = level;
    }

    /// <summary>The stable code, used as a column id: <c>field</c>, <c>unit-level-1</c>, <c>month</c>.</summary>
    public string Code { get; }

    /// <summary>The column header in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    internal DimensionSource Source { get; }

    internal int Level { get; }

    /// <summary>Whether the dimension cuts time into buckets (month, quarter, year).</summary>
    public bool IsTime => Source is DimensionSource.Month or DimensionSource.Quarter or DimensionSource.Year;

    /// <summary>A model's field as recorded.</summary>
    public static Dimension Field { get; } = new("field", new("Lĩnh vực", "Field"), DimensionSource.Field);

    /// <summary>A model's field rolled up to its broadest field (the four Dân vận khéo fields for the built-in tree).</summary>
    public static Dimension FieldRoot { get; } = new("field-root", new("Lĩnh vực chính", "Main field"), DimensionSource.FieldRoot);

    /// <summary>A model's kind: model, club, movement, work, programme.</summary>
    public static Dimension ModelKind { get; } = new("model-kind", new("Loại mô hình", "Kind of model"), DimensionSource.ModelKind);

    /// <summary>A model's lifecycle stage at the end of the period (or of each time bucket).</summary>
    public static Dimension LifecycleStage { get; } = new("lifecycle-stage", new("Giai đoạn", "Stage"), DimensionSource.LifecycleStage);

    /// <summary>
    /// The unit a model is committed to (đăng ký cam kết với cấp trên, such as the provincial standing committee), or
    /// none: "80 models registered, 10 of them committed to the standing committee" is registered models by this.
    /// </summary>
    public static Dimension CommittedTo { get; } = new("committed-to", new("Đơn vị nhận cam kết", "Committed to"), DimensionSource.CommittedTo);

    /// <summary>The movement a model or commendation serves.</summary>
    public static Dimension Movement { get; } = new("movement", new("Phong trào", "Movement"), DimensionSource.Movement);

    /// <summary>The kind of the unit an item belongs to.</summary>
    public static Dimension UnitKind { get; } = new("unit-kind", new("Loại đơn vị", "Kind of unit"), DimensionSource.UnitKind);

    /// <summary>The direct child of the report's root that an item rolls up to ("by district" under a province); the root's own items stay with the root.</summary>
    public static Dimension ChildOfRoot { get; } = new("child-of-root", new("Đơn vị trực thuộc", "Unit"), DimensionSource.ChildOfRoot);

    /// <summary>A fund.</summary>
    public static Dimension Fund { get; } = new("fund", new("Quỹ", "Fund"), DimensionSource.Fund);

    /// <summary>The kind of a fund entry: contribution, disbursement, loan, repayment, goods.</summary>
    public static Dimension FundEntryKind { get; } = new("fund-entry-kind", new("Loại phát sinh", "Kind of entry"), DimensionSource.FundEntryKind);

    /// <summary>What a disbursement or loan paid for.</summary>
    public static Dimension Purpose { get; } = new("purpose", new("Mục đích chi", "Purpose"), DimensionSource.Purpose);

    /// <summary>Individual or collective pledger.</summary>
    public static Dimension PledgerKind { get; } = new("pledger-kind", new("Đối tượng đăng ký", "Pledger"), DimensionSource.PledgerKind);

    /// <summary>The rating a pledge's evaluation gave, or none yet.</summary>
    public static Dimension EvaluationRating { get; } = new("evaluation-rating", new("Kết quả đánh giá", "Evaluation"), DimensionSource.EvaluationRating);

    /// <summary>The level of the body that gave a commendation.</summary>
    public static Dimension AwardLevel { get; } = new("award-level", new("Cấp khen thưởng", "Award level"), DimensionSource.AwardLevel);

    /// <summary>The form of award of a commendation (bằng khen, giấy khen), or none.</summary>
    public static Dimension AwardForm { get; } = new("award-form", new("Hình thức khen thưởng", "Form of award"), DimensionSource.AwardForm);

    /// <summary>The emulation title of a commendation, or none.</summary>
    public static Dimension EmulationTitle { get; } = new("emulation-title", new("Danh hiệu thi đua", "Emulation title"), DimensionSource.EmulationTitle);

    /// <summary>Collective, individual or household recipient of a commendation.</summary>
    public static Dimension RecipientKind { get; } = new("recipient-kind", new("Đối tượng khen thưởng", "Recipient"), DimensionSource.RecipientKind);

    /// <summary>Months of the period.</summary>
    public static Dimension Month { get; } = new("month", new("Tháng", "Month"), DimensionSource.Month);

    /// <summary>Quarters of the period.</summary>
    public static Dimension Quarter { get; } = new("quarter", new("Quý", "Quarter"), DimensionSource.Quarter);

    /// <summary>Calendar years of the period.</summary>
    public static Dimension Year { get; } = new("year", new("Năm", "Year"), DimensionSource.Year);

    private const string UnitLevelPrefix = "unit-level-";

    /// <summary>
    /// Every built-in dimension but <see cref="UnitAtLevel"/>, which takes a level: its code is <c>unit-level-</c>
    /// and the level, as <c>unit-level-2</c>.
    /// </summary>
    public static IReadOnlyList<Dimension> BuiltIn { get; } =
    [
        Field, FieldRoot, ModelKind, LifecycleStage, CommittedTo, Movement, UnitKind, ChildOfRoot,
        Fund, FundEntryKind, Purpose, PledgerKind, EvaluationRating,
        AwardLevel, AwardForm, EmulationTitle, RecipientKind,
        Month, Quarter, Year,
    ];

    /// <summary>The built-in dimension with <paramref name="code"/> (ordinal, ignoring case), <c>unit-level-N</c> included.</summary>
    /// <exception cref="ArgumentException">No built-in dimension has that code.</exception>
    public static Dimension FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var dimension)
            ? dimension
            : throw new ArgumentException(
                $"No built-in dimension has the code '{code}'; there are: {string.Join(", ", BuiltIn.Select(d => d.Code))}, unit-level-N.",
                nameof(code));
    }

    /// <summary>Finds the built-in dimension with <paramref name="code"/>, as <see cref="FromCode"/> does; false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Dimension? dimension)
    {
        dimension = code is null ? null : BuiltIn.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
        if (dimension is null && code is not null && code.StartsWith(UnitLevelPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code.AsSpan(UnitLevelPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            dimension = UnitAtLevel(level);
        }
        return dimension is not null;
    }

    /// <summary>
    /// The ancestor at <paramref name="level"/> of the tree an item's unit rolls up to: with a national root at
    /// level 0, level 1 gives provinces. Items of units above that level stay with their own unit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public static Dimension UnitAtLevel(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        var text = level.ToString(CultureInfo.InvariantCulture);
        return new Dimension(UnitLevelPrefix + text, new("Đơn vị cấp " + text, "Unit at level " + text), DimensionSource.UnitAtLevel, level);
    }

    internal bool Classifies(MeasureSubject subject) => Source switch
    {
        DimensionSource.Field or DimensionSource.FieldRoot or DimensionSource.ModelKind or DimensionSource.LifecycleStage or DimensionSource.CommittedTo
            => subject == MeasureSubject.Models,
        DimensionSource.Movement => subject is MeasureSubject.Models or MeasureSubject.Commendations,
        DimensionSource.Fund or DimensionSource.FundEntryKind or DimensionSource.Purpose => subject == MeasureSubject.Funds,
        DimensionSource.PledgerKind or DimensionSource.EvaluationRating => subject == MeasureSubject.Pledges,
        DimensionSource.AwardLevel or DimensionSource.AwardForm or DimensionSource.EmulationTitle or DimensionSource.RecipientKind => subject == MeasureSubject.Commendations,
        // Pledges are counted over their whole period, so months and quarters do not divide them.
        DimensionSource.Month or DimensionSource.Quarter or DimensionSource.Year => subject != MeasureSubject.Pledges,
        _ => true,
    };

    /// <inheritdoc/>
    public bool Equals(Dimension? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    public override string ToString() => Code;
}
