using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DomainKit.Tests.Money;

/// <summary>
/// Generators of stated figures of every kind, qualifier and resolution, and of an exact value consistent with each
/// (its least, its greatest, or one between), for the properties of sums and their honest writing.
/// </summary>
internal static class StatedFigureGen
{
    public const int Runs = 1_000;

    public static readonly TextCulture[] Cultures = [TextCulture.Vietnamese, TextCulture.English];

    private static readonly AmountQualifier[] Qualifiers = [AmountQualifier.None, AmountQualifier.Over, AmountQualifier.Under, AmountQualifier.About];

    /// <summary>How far into its range a part's chosen value lies: at the least, at the greatest, or a millionth-based share between.</summary>
    public static Gen<int> Pick { get; } = Gen.Frequency(
        (2, Gen.Constant(0)), (2, Gen.Constant(1_000_000)), (3, Gen.Choose(0, 1_000_000)));

    /// <summary>Small digit counts most often, the figures officers write, and now and then long ones.</summary>
    private static Gen<long> Mantissa { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 30).Select(n => (long)n)),
        (4, Gen.Choose(0, 9_999).Select(n => (long)n)),
        (2, Gen.Choose(0, 999_999).Select(n => (long)n)),
        (1, Gen.Choose(0, int.MaxValue).Select(n => (long)n)));

    /// <summary>Resolutions favouring those reports use: the unit, thousands, millions, a hundred million, a tỷ.</summary>
    private static Gen<int> Exponent(int min, int max) => Gen.Frequency(
        (3, Gen.Constant(Math.Max(min, 0))),
        (4, Gen.Choose(min, max)),
        (1, Gen.Constant(max)));

    public static Gen<StatedDong> Dong { get; } =
        (from exponent in Exponent(0, StatedDong.MaxResolutionExponent)
         from mantissa in Mantissa
         from qualifier in Gen.Elements(Qualifiers)
         from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
         let value = Capped(mantissa, exponent) * Pow10(exponent) * (negative && qualifier == AmountQualifier.None ? -1 : 1)
         select TryCreate(() => new StatedDong(new Dong(value), new Dong(Pow10(exponent)), qualifier)))
        .Where(s => s is not null).Select(s => s!.Value);

    public static Gen<StatedCount> Count { get; } =
        (from exponent in Exponent(0, StatedCount.MaxResolutionExponent)
         from mantissa in Mantissa
         from qualifier in Gen.Elements(Qualifiers)
         select TryCreate(() => new StatedCount(Capped(mantissa, exponent) * Pow10(exponent), Pow10(exponent), qualifier)))
        .Where(s => s is not null).Select(s => s!.Value);

    public static Gen<StatedQuantity> Quantity { get; } =
        (from exponent in Exponent(StatedQuantity.MinResolutionExponent, StatedQuantity.MaxResolutionExponent)
         from mantissa in Mantissa
         from qualifier in Gen.Elements(Qualifiers)
         from unit in Gen.Elements("km", "km", "tấn", "suất quà", "m²")
         select TryCreate(() => new StatedQuantity(Capped(mantissa, exponent) * PowDecimal(exponent), PowDecimal(exponent), unit, qualifier)))
        .Where(s => s is not null).Select(s => s!.Value);

    /// <summary>One to six parts of one unit, each with the pick of its value.</summary>
    public static Gen<(T Stated, int Pick)[]> Parts<T>(Gen<T> gen)
        => Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(gen.Zip(Pick), n));

    /// <summary>Quantities of one unit: the unit of the first part for all.</summary>
    public static Gen<(StatedQuantity Stated, int Pick)[]> QuantityParts { get; } =
        Parts(Quantity).Select(parts => parts
            .Select(p => (new StatedQuantity(p.Item1.Value, p.Item1.Resolution, parts[0].Item1.Unit, p.Item1.Qualifier), p.Item2))
            .ToArray());

    /// <summary>A value of <paramref name="min"/> to <paramref name="max"/> (ten resolutions above the least when unbounded), by the pick.</summary>
    public static Int128 Choose(Int128 min, Int128? max, Int128 resolution, int pick)
    {
        var top = max ?? (min + (10 * resolution));
        return min + ((top - min) * pick / 1_000_000);
    }

    /// <summary>A quantity the statement allows, by the pick; an excluded end is stepped into by a ten-millionth.</summary>
    public static decimal Choose(StatedQuantity stated, int pick)
    {
        var (min, max) = stated.ConsistentRange;
        var top = max ?? (min + (10 * stated.Resolution));
        var value = min + decimal.Round((top - min) * pick / 1_000_000m, 7);
        if (!stated.IsConsistentWith(value))
        {
            value += value == min ? 0.0000001m : -0.0000001m;
        }
        return value;
    }

    /// <summary>The two parts of the honest range form in the invariant culture: <c>from A to B</c> or <c>A or more</c>.</summary>
    public static (string Low, string? High) RangeForm(string english)
    {
        if (english.EndsWith(" or more", StringComparison.Ordinal))
        {
            return (english[..^" or more".Length], null);
        }
        Assert.StartsWith("from ", english, StringComparison.Ordinal);
        var parts = english["from ".Length..].Split(" to ");
        Assert.Equal(2, parts.Length);
        return (parts[0], parts[1]);
    }

    /// <summary>The mantissa, kept below 10^15 in value so that sums of a few parts stay far from overflow.</summary>
    private static long Capped(long mantissa, int exponent)
        => exponent <= 0 ? mantissa : Math.Min(mantissa, 1_000_000_000_000_000L / Pow10(exponent));

    public static long Pow10(int exponent)
    {
        var result = 1L;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10L;
        }
        return result;
    }

    public static decimal PowDecimal(int exponent)
        => exponent >= 0 ? Pow10(exponent) : 1m / Pow10(-exponent);

    private static T? TryCreate<T>(Func<T> create)
        where T : struct
    {
        try
        {
            return create();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
