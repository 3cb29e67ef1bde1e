using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// One value of an indicator report: the range the figures allow (exact when every figure in it was exact), where it
/// came from (<see cref="Source"/>) and which units' submissions it adds up (<see cref="SubmittedBy"/>). An empty cell
/// (<see cref="HasValue"/> false) is a figure nobody reported, never a zero. Immutable and thread-safe.
/// </summary>
public sealed class IndicatorCell
{
    private readonly FigureRange range;
    private readonly RateRange rate;
    private readonly StatedRate statedRate;
    private readonly byte shape; // 0 empty, 1 range, 2 rate from counts, 3 stated rate

    private IndicatorCell(IndicatorKind kind, FigureSources source, ImmutableArray<UnitId> submittedBy, byte shape,
        FigureRange range = default, RateRange rate = default, StatedRate statedRate = default)
    {
        Kind = kind;
        Source = source;
        SubmittedBy = submittedBy.IsDefault ? [] : submittedBy;
        this.shape = shape;
        this.range = range;
        this.rate = rate;
        this.statedRate = statedRate;
    }

    internal static IndicatorCell Empty(IndicatorKind kind) => new(kind, FigureSources.None, [], 0);

    internal static IndicatorCell Of(FigureRange range, FigureSources source, ImmutableArray<UnitId> submittedBy) => new(range.Kind, source, submittedBy, 1, range);

    internal static IndicatorCell OfRate(RateRange rate, FigureSources source, ImmutableArray<UnitId> submittedBy) => new(IndicatorKind.Rate, source, submittedBy, 2, rate: rate);

    internal static IndicatorCell OfStatedRate(StatedRate rate, ImmutableArray<UnitId> submittedBy) => new(IndicatorKind.Rate, FigureSources.Submissions, submittedBy, 3, statedRate: rate);

    internal FigureRange? Range => shape == 1 ? range : null;

    /// <summary>The kind of the indicator.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Where the value came from: <see cref="FigureSources.Submissions"/>, <see cref="FigureSources.Records"/>, both (the submitted value, with the records checked against it), or none for an empty cell.</summary>
    public FigureSources Source { get; }

    /// <summary>The units whose submitted figures the value adds up, in map order; empty when it comes from records alone or is empty.</summary>
    public ImmutableArray<UnitId> SubmittedBy { get; }

    /// <summary>Whether anybody reported a figure for the cell.</summary>
    public bool HasValue => shape != 0;

    /// <summary>Whether the value is known exactly: every figure in it was exact.</summary>
    public bool IsExact => shape switch
    {
        1 => range.IsExact,
        2 => rate.IsExact,
        3 => statedRate.Qualifier == AmountQualifier.None,
        _ => false,
    };

    /// <summary>The counts' range, for a count indicator with a value; otherwise <see langword="null"/>.</summary>
    public CountRange? Count => shape == 1 && Kind == IndicatorKind.Count ? range.Count : null;

    /// <summary>The amounts' range, for a money indicator with a value; otherwise <see langword="null"/>.</summary>
    public AmountRange? Money => shape == 1 && Kind == IndicatorKind.Money ? range.Money : null;

    /// <summary>The quantities' range, for a quantity indicator with a value; otherwise <see langword="null"/>.</summary>
    public QuantityRange? Quantity => shape == 1 && Kind == IndicatorKind.Quantity ? range.Quantity : null;

    /// <summary>The rate recomputed from its counts, for a rate indicator whose counts were reported; otherwise <see langword="null"/>.</summary>
    public RateRange? Rate => shape == 2 ? rate : null;

    /// <summary>The rate a unit stated without its counts, shown as stated; otherwise <see langword="null"/>.</summary>
    public StatedRate? StatedRate => shape == 3 ? statedRate : null;

    /// <summary>
    /// The value as a report writes it, honestly: <c>179</c>, <c>trên 1,2 tỷ đ</c>, <c>khoảng 3,7 tỷ đ</c>,
    /// <c>96,7%</c>; an empty cell is <c>–</c>.
    /// </summary>
    public string ToString(TextCulture culture) => shape switch
    {
        1 => range.ToString(culture),
        2 => rate.ToString(culture),
        3 => statedRate.ToString(culture),
        _ => "–",
    };

    /// <summary>The value as written in English.</summary>
    public override string ToString() => ToString(TextCulture.English);
}
