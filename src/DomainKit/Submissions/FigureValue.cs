using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Submissions;

/// <summary>
/// A figure's value as a report states it, with what the writing tells about it: a count (<c>51</c>,
/// <c>hơn 500</c>), an amount of money (<c>6.100.542.700 đ</c>, <c>trên 730 triệu</c>, <c>khoảng 2,5 tỷ</c>), a
/// quantity with its unit (<c>12,5 km</c>) or a rate (<c>98,4%</c>). Approximate values stay approximate: the
/// qualifier and the precision of the writing are kept, and sums of them are ranges (<see cref="CountRange"/>,
/// <see cref="AmountRange"/>, <see cref="QuantityRange"/>). A figure not reported has no value at all, never a zero.
/// Immutable and thread-safe; equal by kind and statement.
/// </summary>
public sealed class FigureValue : IEquatable<FigureValue>
{
    private readonly StatedCount count;
    private readonly StatedDong money;
    private readonly StatedQuantity quantity;
    private readonly StatedRate rate;

    private FigureValue(IndicatorKind kind, StatedCount count = default, StatedDong money = default, StatedQuantity quantity = default, StatedRate rate = default)
    {
        Kind = kind;
        this.count = count;
        this.money = money;
        this.quantity = quantity;
        this.rate = rate;
    }

    /// <summary>What the value is; the kind of indicator it can be a figure of.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The count, for a value of <see cref="IndicatorKind.Count"/>; otherwise <see langword="null"/>.</summary>
    public StatedCount? Count => Kind == IndicatorKind.Count ? count : null;

    /// <summary>The amount, for a value of <see cref="IndicatorKind.Money"/>; otherwise <see langword="null"/>.</summary>
    public StatedDong? Money => Kind == IndicatorKind.Money ? money : null;

    /// <summary>The quantity, for a value of <see cref="IndicatorKind.Quantity"/>; otherwise <see langword="null"/>.</summary>
    public StatedQuantity? Quantity => Kind == IndicatorKind.Quantity ? quantity : null;

    /// <summary>The rate, for a value of <see cref="IndicatorKind.Rate"/>; otherwise <see langword="null"/>.</summary>
    public StatedRate? Rate => Kind == IndicatorKind.Rate ? rate : null;

    /// <summary>Whether the writing gives the value exactly, with no qualifier and to the last unit.</summary>
    public bool IsExact => Kind switch
    {
        IndicatorKind.Count => count.IsExact,
        IndicatorKind.Money => money.IsExact,
        IndicatorKind.Quantity => quantity.IsExact,
        _ => rate.Qualifier == AmountQualifier.None,
    };

    /// <summary>A stated count.</summary>
    public static FigureValue Of(StatedCount count) => new(IndicatorKind.Count, count: count);

    /// <summary>A stated amount of money.</summary>
    public static FigureValue Of(StatedDong amount) => new(IndicatorKind.Money, money: amount);

    /// <summary>A stated quantity with its unit.</summary>
    public static FigureValue Of(StatedQuantity quantity) => new(IndicatorKind.Quantity, quantity: quantity);

    /// <summary>A stated rate.</summary>
    public static FigureValue Of(StatedRate rate) => new(IndicatorKind.Rate, rate: rate);

    /// <summary>An exact count: <c>51</c>.</summary>
    public static FigureValue OfCount(long count) => Of(StatedCount.Exact(count));

    /// <summary>An exact amount: <c>6.100.542.700 đ</c>.</summary>
    public static FigureValue OfMoney(Dong amount) => Of(StatedDong.Exact(amount));

    /// <summary>
    /// Reads a value of <paramref name="kind"/> as an officer writes it in <paramref name="culture"/>: <c>51</c>,
    /// <c>hơn 500</c>, <c>2,5 tỷ</c>, <c>trên 730 triệu đồng</c>, <c>12,5 km</c>, <c>98,4%</c>; or says why the text
    /// is not one. Never throws on bad text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="culture"/> is not defined.</exception>
    public static ParseResult<FigureValue> Read(ReadOnlySpan<char> text, IndicatorKind kind, TextCulture culture)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of indicator.");
        }
        if (!Enum.IsDefined(culture))
        {
            throw new ArgumentOutOfRangeException(nameof(culture), culture, "Unknown culture.");
        }
        switch (kind)
        {
            case IndicatorKind.Count:
                var c = StatedCount.Read(text, culture);
                return c.TryGetValue(out var stated) ? ParseResult<FigureValue>.ForValue(Of(stated)) : c.ConvertFailure<FigureValue>();
            case IndicatorKind.Money:
                var m = StatedDong.Read(text, culture);
                return m.TryGetValue(out var amount) ? ParseResult<FigureValue>.ForValue(Of(amount)) : m.ConvertFailure<FigureValue>();
            case IndicatorKind.Quantity:
                var q = StatedQuantity.Read(text, culture);
                return q.TryGetValue(out var measured) ? ParseResult<FigureValue>.ForValue(Of(measured)) : q.ConvertFailure<FigureValue>();
            default:
                if (text.IsWhiteSpace())
                {
                    return ParseResult<FigureValue>.ForFailure(ParseFailure.Empty);
                }
                return StatedRate.TryParse(text.ToString(), culture, out var share)
                    ? ParseResult<FigureValue>.ForValue(Of(share))
                    : ParseResult<FigureValue>.ForFailure(ParseFailure.NoFigure);
        }
    }

    /// <summary>The value as written in <paramref name="culture"/>: <c>trên 730 triệu đ</c>, <c>hơn 500</c>.</summary>
    public string ToString(TextCulture culture) => Kind switch
    {
        IndicatorKind.Count => count.ToString(culture),
        IndicatorKind.Money => money.ToString(culture),
        IndicatorKind.Quantity => quantity.ToString(culture),
        _ => rate.ToString(culture),
    };

    /// <summary>The value as written in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(FigureValue? other)
        => other is not null && Kind == other.Kind && count == other.count && money == other.money && quantity == other.quantity && rate == other.rate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FigureValue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, count, money, quantity, rate);
}
