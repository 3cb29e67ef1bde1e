using System.Globalization;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// Writes amounts of đồng in the styles of <see cref="DongStyle"/>. Both cultures are implemented here: digit grouping,
/// decimal marks and words never come from the host's culture data, so output is the same under invariant globalization.
/// Every style parses back with <see cref="StatedDong.Parse(string, TextCulture)"/> in the same culture.
/// </summary>
public static class DongFormat
{
    /// <summary>The number of decimal places <see cref="DongStyle.Compact"/> uses unless told otherwise.</summary>
    public const int DefaultCompactDecimals = 1;

    /// <summary>The most decimal places <see cref="DongStyle.Compact"/> accepts.</summary>
    public const int MaxCompactDecimals = 3;

    private static readonly long[] Scales = [DongNotation.Billion, DongNotation.Million, DongNotation.Thousand];

    /// <summary>
    /// Formats an amount: <see cref="DongStyle.Full"/> <c>6.100.542.700 đ</c>, <see cref="DongStyle.Compact"/> <c>6,1 tỷ đồng</c>
    /// (one decimal place at most), <see cref="DongStyle.Words"/> <c>6 tỷ 100 triệu 542 nghìn 700 đồng</c>,
    /// <see cref="DongStyle.Plain"/> <c>6100542700</c>; invariant <c>6,100,542,700 VND</c>, <c>6.1 billion VND</c>,
    /// <c>6 billion 100 million 542 thousand 700 VND</c>. Negative amounts start with <c>-</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> or <paramref name="culture"/> is not a defined value.</exception>
    public static string Format(Dong amount, DongStyle style, TextCulture culture)
        => Format(amount, style, culture, DefaultCompactDecimals);

    /// <summary>
    /// Formats an amount as <see cref="Format(Dong, DongStyle, TextCulture)"/> does, with at most
    /// <paramref name="decimals"/> decimal places in <see cref="DongStyle.Compact"/>. The other styles are exact and
    /// write every digit whatever <paramref name="decimals"/> is.
    /// </summary>
    /// <param name="amount">The amount.</param>
    /// <param name="style">How to write it.</param>
    /// <param name="culture">The culture to write it in.</param>
    /// <param name="decimals">The most decimal places of a compact figure, 0 to <see cref="MaxCompactDecimals"/>; trailing zeros are dropped.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range or not a defined value.</exception>
    public static string Format(Dong amount, DongStyle style, TextCulture culture, int decimals)
    {
        DongNotation.ThrowIfUndefined(culture);
        if (decimals is < 0 or > MaxCompactDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"Compact figures have 0 to {MaxCompactDecimals} decimal places.");
        }
        return style switch
        {
            DongStyle.Full => Full(amount.Value, culture),
            DongStyle.Compact => Compact(amount.Value, culture, decimals),
            DongStyle.Words => Words(amount.Value, culture),
            DongStyle.Plain => Plain(amount.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown style."),
        };
    }

    /// <summary>
    /// Writes <paramref name="value"/> counted in <paramref name="scale"/> with exactly <paramref name="decimals"/> decimal
    /// places, keeping trailing zeros because they are significant; <paramref name="value"/> must be a multiple of
    /// <paramref name="scale"/> / 10^<paramref name="decimals"/>. Used to write a <see cref="StatedDong"/> to its precision.
    /// </summary>
    internal static string Scaled(long value, long scale, int decimals, TextCulture culture)
    {
        var builder = new StringBuilder();
        if (value < 0)
        {
            builder.Append('-');
        }
        var magnitude = DongNotation.Magnitude(value);
        var unit = (ulong)scale / Pow10(decimals);
        AppendFigure(builder, magnitude / unit, decimals, trimZeros: false, culture);
        return AppendUnit(builder, scale, culture).ToString();
    }

    private static string Full(long value, TextCulture culture)
    {
        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }
        return builder.AppendGrouped(DongNotation.Magnitude(value), culture)
            .Append(' ')
            .Append(DongNotation.CurrencySymbol(culture))
            .ToString();
    }

    private static string Plain(long value)
    {
        var builder = new StringBuilder(20);
        if (value < 0)
        {
            builder.Append('-');
        }
        return builder.AppendPlain(DongNotation.Magnitude(value)).ToString();
    }

    private static string Compact(long value, TextCulture culture, int decimals)
    {
        var builder = new StringBuilder(24);
        if (value < 0)
        {
            builder.Append('-');
        }
        var magnitude = DongNotation.Magnitude(value);
        var scaleIndex = Array.FindIndex(Scales, scale => magnitude >= (ulong)scale);
        if (scaleIndex < 0)
        {
            return builder.AppendPlain(magnitude).Append(' ').Append(DongNotation.CurrencyWord(culture)).ToString();
        }

        var tenths = Pow10(decimals);
        var rounded = RoundToUnit(magnitude, (ulong)Scales[scaleIndex] / tenths);
        // 999.96 triệu rounds to 1000.0 triệu, which is written as the next scale up (1 tỷ); rounding again from the
        // exact magnitude at the coarser unit avoids rounding twice.
        if (scaleIndex > 0 && rounded / tenths >= 1_000UL)
        {
            scaleIndex--;
            rounded = RoundToUnit(magnitude, (ulong)Scales[scaleIndex] / tenths);
        }
        AppendFigure(builder, rounded, decimals, trimZeros: true, culture);
        return AppendUnit(builder, Scales[scaleIndex], culture).ToString();
    }

    private static string Words(long value, TextCulture culture)
    {
        var builder = new StringBuilder(48);
        if (value < 0)
        {
            builder.Append('-');
        }
        var magnitude = DongNotation.Magnitude(value);
        if (magnitude == 0)
        {
            return builder.Append('0').Append(' ').Append(DongNotation.CurrencyWord(culture)).ToString();
        }

        var start = builder.Length;
        var billions = magnitude / (ulong)DongNotation.Billion;
        var rest = magnitude % (ulong)DongNotation.Billion;
        if (billions > 0)
        {
            // Beyond a thousand tỷ there is no larger word in use in reports, so the tỷ count is grouped instead.
            builder.AppendGrouped(billions, culture).Append(' ').Append(DongNotation.ScaleWord(DongNotation.Billion, culture));
        }
        foreach (var scale in (ReadOnlySpan<long>)[DongNotation.Million, DongNotation.Thousand, 1L])
        {
            var group = rest / (ulong)scale;
            rest %= (ulong)scale;
            if (group == 0)
            {
                continue;
            }
            if (builder.Length > start)
            {
                builder.Append(' ');
            }
            builder.AppendPlain(group);
            if (scale > 1)
            {
                builder.Append(' ').Append(DongNotation.ScaleWord(scale, culture));
            }
        }
        return builder.Append(' ').Append(DongNotation.CurrencyWord(culture)).ToString();
    }

    /// <summary>Rounds half away from zero to a whole number of <paramref name="unit"/>s; cannot overflow since unit is at most 10^9.</summary>
    private static ulong RoundToUnit(ulong magnitude, ulong unit) => (magnitude / unit) + (unit > 1 && magnitude % unit >= unit / 2 ? 1UL : 0UL);

    private static void AppendFigure(StringBuilder builder, ulong units, int decimals, bool trimZeros, TextCulture culture)
    {
        var tenths = Pow10(decimals);
        builder.AppendGrouped(units / tenths, culture);
        if (decimals == 0)
        {
            return;
        }
        var fraction = (units % tenths).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        if (trimZeros)
        {
            fraction = fraction.TrimEnd('0');
        }
        if (fraction.Length > 0)
        {
            builder.Append(DongNotation.DecimalMark(culture)).Append(fraction);
        }
    }

    private static StringBuilder AppendUnit(StringBuilder builder, long scale, TextCulture culture)
    {
        if (scale > 1)
        {
            builder.Append(' ').Append(DongNotation.ScaleWord(scale, culture));
        }
        return builder.Append(' ').Append(DongNotation.CurrencyWord(culture));
    }

    private static ulong Pow10(int exponent)
    {
        var result = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10UL;
        }
        return result;
    }
}
