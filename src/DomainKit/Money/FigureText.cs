using System.Globalization;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// Writes counts and quantities to the precision they were stated in, so that <see cref="FigureParser"/> reads back
/// the same statement: whole figures grouped (<c>1.234</c>), decimals kept to the last written digit, trailing zeros
/// included (<c>12,50</c>), and resolutions of ten and more in the smallest scale word that holds them, as
/// <see cref="StatedDong"/> writes amounts (<c>2,5 nghìn</c>, <c>1,2 triệu</c>). No culture data is read.
/// </summary>
internal static class FigureText
{
    /// <summary>Writes <paramref name="mantissa"/> × 10^<paramref name="exponent"/>, never negative, with exactly its written digits.</summary>
    public static StringBuilder AppendFigure(this StringBuilder builder, Int128 mantissa, int exponent, TextCulture culture)
    {
        if (exponent == 0)
        {
            return builder.AppendGrouped((ulong)mantissa, culture);
        }
        // The scale word (nghìn, triệu, tỷ) and the decimals before it; below the unit, no scale word.
        var scale = exponent < 0 ? 0 : (exponent + 2) / 3 * 3;
        var decimals = scale - exponent;
        var divisor = FigureScale.Pow10(decimals);
        builder.AppendGrouped((ulong)(mantissa / divisor), culture);
        if (decimals > 0)
        {
            builder.Append(DongNotation.DecimalMark(culture))
                .Append(((ulong)(mantissa % divisor)).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0'));
        }
        if (scale > 0)
        {
            builder.Append(' ').Append(DongNotation.ScaleWord((long)FigureScale.Pow10(scale), culture));
        }
        return builder;
    }

    /// <summary>The word a qualifier is written with; <paramref name="over"/> is the word for more than (<c>hơn</c> for counts, <c>trên</c> for quantities).</summary>
    public static string? QualifierWord(AmountQualifier qualifier, TextCulture culture, string over) => (qualifier, culture) switch
    {
        (AmountQualifier.None, _) => null,
        (AmountQualifier.Over, TextCulture.Vietnamese) => over,
        (AmountQualifier.Under, TextCulture.Vietnamese) => "dưới",
        (AmountQualifier.About, TextCulture.Vietnamese) => "khoảng",
        (AmountQualifier.Over, _) => "over",
        (AmountQualifier.Under, _) => "under",
        _ => "about",
    };

    /// <summary>
    /// The range form of an honest writing, for when no single statement holds a sum: <c>từ A đến B</c> or, with no
    /// upper bound, <c>từ A trở lên</c>; invariant <c>from A to B</c>, <c>A or more</c>.
    /// </summary>
    public static string Range(string low, string? high, TextCulture culture) => (high, culture) switch
    {
        (null, TextCulture.Vietnamese) => $"từ {low} trở lên",
        (null, _) => $"{low} or more",
        (_, TextCulture.Vietnamese) => $"từ {low} đến {high}",
        _ => $"from {low} to {high}",
    };
}
