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
    private FigureRange(IndicatorKind kind, CountRange count, AmountRange money, QuantityRange quantity)
    {
        Kind = kind;
        Count = count;
        Money = money;
        Quantity = quantity;
    }

    public IndicatorKind Kind { get; }

    public CountRange Count { get; }

    public AmountRange Money { get; }

    public QuantityRange Quantity { get; }

    public decimal Min => Kind switch
    {
        IndicatorKind.Count => Count.Min,
        IndicatorKind.Money => Money.Min.Value,
        _ => Quantity.Min,
    };

    public decimal? Max => Kind switch
    {
        IndicatorKind.Count => Count.Max,
        IndicatorKind.Money => Money.Max?.Value,
        _ => Quantity.Max,
    };

    public decimal Nominal => Kind switch
    {
        IndicatorKind.Count => Count.Nominal,
        IndicatorKind.Money => Money.Nominal.Value,
        _ => Quantity.Nominal,
    };

    public bool IsExact => Max == Min;

    /// <summary>The range a stated value allows; <see langword="null"/> for a rate, which only its counts combine.</summary>
    public static FigureRange? Of(FigureValue value) => value.Kind switch
    {
        IndicatorKind.Count => new FigureRange(IndicatorKind.Count, CountRange.Of(value.Count!.Value), default, default),
        IndicatorKind.Money => new FigureRange(IndicatorKind.Money, default, AmountRange.Of(value.Money!.Value), default),
        IndicatorKind.Quantity => new FigureRange(IndicatorKind.Quantity, default, default, QuantityRange.Of(value.Quantity!.Value)),
        _ => null,
    };

    public static FigureRange Of(StatedCount count) => new(IndicatorKind.Count, CountRange.Of(count), default, default);

    public static FigureRange Of(StatedDong amount) => new(IndicatorKind.Money, default, AmountRange.Of(amount), default);

    public static FigureRange OfCount(long count) => new(IndicatorKind.Count, CountRange.Exact(count), default, default);

    public static FigureRange OfMoney(Dong amount) => new(IndicatorKind.Money, default, AmountRange.Exact(amount), default);

    /// <summary>Whether two ranges can be added: same kind, and for quantities the same unit of measure.</summary>
    public bool CanAdd(FigureRange other)
        => Kind == other.Kind && (Kind != IndicatorKind.Quantity || string.Equals(Quantity.Unit, other.Quantity.Unit, StringComparison.Ordinal));

    /// <summary>The sum; the caller has checked <see cref="CanAdd"/>. Overflow throws, as sums of money do everywhere.</summary>
    public FigureRange Plus(FigureRange other) => Kind switch
    {
        IndicatorKind.Count => new(Kind, Count + other.Count, default, default),
        IndicatorKind.Money => new(Kind, default, Money + other.Money, default),
        _ => new(Kind, default, default, Quantity + other.Quantity),
    };

    /// <summary>At least the least value, with no upper bound.</summary>
    public FigureRange AtLeast() => Kind switch
    {
        IndicatorKind.Count => new(Kind, Count.AtLeast(), default, default),
        IndicatorKind.Money => new(Kind, default, Money.AtLeast(), default),
        _ => new(Kind, default, default, Quantity.AtLeast()),
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
