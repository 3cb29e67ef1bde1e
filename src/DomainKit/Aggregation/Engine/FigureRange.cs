using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>
/// The range of values a roll-up of stated figures allows, whatever their kind: a count, an amount or a quantity, added
/// with the honest-range arithmetic of each, and compared through exact decimal bounds (a <see cref="long"/> fits a
/// <see cref="decimal"/> exactly).
/// </summary>
internal readonly struct FigureRange
{
    // A count or an amount is carried as its sum on the common grid alone, in 64 bits; the rare quantity, with its unit, boxed.
    private readonly LongGridSum sum;
    private readonly object? quantity;

    private FigureRange(IndicatorKind kind, LongGridSum sum, QuantityRange? quantity)
    {
        Kind = kind;
        this.sum = sum;
        this.quantity = quantity;
    }

    public IndicatorKind Kind { get; }

    public CountRange Count => Kind == IndicatorKind.Count ? CountRange.FromSum(sum.ToFigureSum()) : default;

    public AmountRange Money => Kind == IndicatorKind.Money ? AmountRange.FromSum(sum.ToFigureSum()) : default;

    public QuantityRange Quantity => quantity is QuantityRange q ? q : default;

    public decimal Min => Kind == IndicatorKind.Quantity ? Quantity.Min : sum.Min;

    public decimal? Max => Kind == IndicatorKind.Quantity ? Quantity.Max : sum.HasMax ? sum.Max : null;

    public decimal Nominal => Kind == IndicatorKind.Quantity ? Quantity.Nominal : sum.Nominal;

    public bool IsExact => Max == Min;

    /// <summary>The range a stated value allows; <see langword="null"/> for a rate, which only its counts combine.</summary>
    public static FigureRange? Of(FigureValue value) => value.Kind switch
    {
        IndicatorKind.Count => Of(value.Count!.Value),
        IndicatorKind.Money => Of(value.Money!.Value),
        IndicatorKind.Quantity => new FigureRange(IndicatorKind.Quantity, default, QuantityRange.Of(value.Quantity!.Value)),
        _ => null,
    };

    public static FigureRange Of(StatedCount count) => new(IndicatorKind.Count, LongGridSum.From(CountRange.Of(count).GridSum), null);

    public static FigureRange Of(StatedDong amount) => new(IndicatorKind.Money, LongGridSum.From(AmountRange.Of(amount).GridSum), null);

    /// <summary>
    /// The range a figure of a set's columns allows, read from its statement where it is a count or an amount;
    /// <see langword="null"/> for a rate.
    /// </summary>
    public static FigureRange? At(FigureColumns columns, int figure)
        => columns.TryGetStatement(figure, out var value, out var exponent, out var qualifier)
            ? OfSum(columns.KindAt(figure), LongGridSum.Of(columns.KindAt(figure), value, exponent, qualifier))
            : Of(columns.ValueAt(figure));

    /// <summary>A count's or an amount's range from its sum in 64 bits.</summary>
    public static FigureRange OfSum(IndicatorKind kind, LongGridSum sum)
        => kind is IndicatorKind.Count or IndicatorKind.Money ? new(kind, sum, null) : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only counts and amounts are summed in 64 bits.");

    public static FigureRange OfCount(long count) => new(IndicatorKind.Count, LongGridSum.Exactly(count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.")), null);

    public static FigureRange OfMoney(Dong amount) => new(IndicatorKind.Money, LongGridSum.Exactly(amount.Value), null);

    /// <summary>Whether two ranges can be added: same kind, and for quantities the same unit of measure.</summary>
    public bool CanAdd(FigureRange other)
        => Kind == other.Kind && (Kind != IndicatorKind.Quantity || string.Equals(Quantity.Unit, other.Quantity.Unit, StringComparison.Ordinal));

    /// <summary>The sum; the caller has checked <see cref="CanAdd"/>. Overflow throws, as sums of money do everywhere.</summary>
    public FigureRange Plus(FigureRange other) => Kind switch
    {
        IndicatorKind.Quantity => new(Kind, default, Quantity + other.Quantity),
        _ => new(Kind, sum + other.sum, null),
    };

    /// <summary>At least the least value, with no upper bound.</summary>
    public FigureRange AtLeast() => Kind switch
    {
        IndicatorKind.Quantity => new(Kind, default, Quantity.AtLeast()),
        _ => new(Kind, sum.WithoutUpperBound(), null),
    };

    /// <summary>Whether some value is allowed by both ranges: two statements of the same figure that can both be true.</summary>
    public bool Overlaps(FigureRange other)
        => (other.Max is not { } otherMax || Min <= otherMax) && (Max is not { } max || other.Min <= max);

    /// <summary>Whether <paramref name="exact"/> is allowed.</summary>
    public bool Contains(decimal exact) => exact >= Min && (Max is not { } max || exact <= max);

    public string ToString(TextCulture culture) => Kind switch
    {
        IndicatorKind.Count => Count.ToString(culture),
        IndicatorKind.Money => Money.ToString(culture),
        _ => Quantity.ToString(culture),
    };

    public override string ToString() => ToString(TextCulture.English);
}
