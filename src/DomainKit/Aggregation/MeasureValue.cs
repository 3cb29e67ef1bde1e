using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>
/// One computed figure: a count, an amount of đồng or an exact rate, or missing when nothing reported it
/// (which is not zero). Immutable and thread-safe.
/// </summary>
public readonly struct MeasureValue : IEquatable<MeasureValue>
{
    private readonly long value;
    private readonly long denominator;

    private MeasureValue(MeasureValueKind kind, bool hasValue, long value, long denominator)
    {
        Kind = kind;
        HasValue = hasValue;
        this.value = value;
        this.denominator = denominator;
    }

    /// <summary>The type of the value.</summary>
    public MeasureValueKind Kind { get; }

    /// <summary>Whether there is a value; false when nothing reported one, or the measure does not apply to the row.</summary>
    public bool HasValue { get; }

    /// <summary>The count, or <see langword="null"/> when missing or not a count.</summary>
    public long? Count => HasValue && Kind == MeasureValueKind.Count ? value : null;

    /// <summary>The amount, or <see langword="null"/> when missing or not money.</summary>
    public Dong? Money => HasValue && Kind == MeasureValueKind.Money ? new Dong(value) : null;

    /// <summary>The rate, or <see langword="null"/> when missing, undefined (nothing eligible) or not a rate.</summary>
    public Rate? Rate => HasValue && Kind == MeasureValueKind.Rate ? DomainKit.Money.Rate.TryOf(value, denominator) : null;

    /// <summary>A missing value of a kind.</summary>
    public static MeasureValue Missing(MeasureValueKind kind) => new(kind, false, 0, 0);

    /// <summary>A count.</summary>
    public static MeasureValue OfCount(long count) => new(MeasureValueKind.Count, true, count, 0);

    /// <summary>An amount.</summary>
    public static MeasureValue OfMoney(Dong amount) => new(MeasureValueKind.Money, true, amount.Value, 0);

    /// <summary>A rate from its numerator and denominator, kept exact.</summary>
    public static MeasureValue OfRate(long numerator, long denominator) => new(MeasureValueKind.Rate, true, numerator, denominator);

    /// <summary>Writes the value in a culture: a grouped count, an amount in full, a percentage with one decimal; "–" when missing, never 0.</summary>
    public string ToString(TextCulture culture)
    {
        if (!HasValue)
        {
            return MissingFigure.Text;
        }
        return Kind switch
        {
            MeasureValueKind.Count => MessageText.Write(value, culture),
            MeasureValueKind.Money => DongFormat.Format(new Dong(value), DongStyle.Full, culture),
            _ => Rate is { } rate ? rate.ToString(culture) : MissingFigure.Text,
        };
    }

    /// <summary>Writes the value in the invariant culture.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(MeasureValue other)
        => Kind == other.Kind && HasValue == other.HasValue && value == other.value && denominator == other.denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeasureValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, HasValue, value, denominator);

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(MeasureValue left, MeasureValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(MeasureValue left, MeasureValue right) => !left.Equals(right);
}
