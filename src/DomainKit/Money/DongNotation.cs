using System.Globalization;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// The marks and words each <see cref="TextCulture"/> uses for money, shared by <see cref="DongFormat"/> and the parser
/// so that what one writes the other reads.
/// </summary>
internal static class DongNotation
{
    public const long Thousand = 1_000L;
    public const long Million = 1_000_000L;
    public const long Billion = 1_000_000_000L;

    /// <summary>The magnitude of the most negative long, which has no positive long counterpart.</summary>
    public const ulong MinValueMagnitude = 9_223_372_036_854_775_808UL;

    public static char GroupSeparator(TextCulture culture) => culture == TextCulture.Vietnamese ? '.' : ',';

    public static char DecimalMark(TextCulture culture) => culture == TextCulture.Vietnamese ? ',' : '.';

    /// <summary>The short currency mark after a full figure.</summary>
    public static string CurrencySymbol(TextCulture culture) => culture == TextCulture.Vietnamese ? "đ" : "VND";

    /// <summary>The currency word after scale words.</summary>
    public static string CurrencyWord(TextCulture culture) => culture == TextCulture.Vietnamese ? "đồng" : "VND";

    public static string ScaleWord(long scale, TextCulture culture) => (scale, culture) switch
    {
        (Billion, TextCulture.Vietnamese) => "tỷ",
        (Million, TextCulture.Vietnamese) => "triệu",
        (Thousand, TextCulture.Vietnamese) => "nghìn",
        (Billion, _) => "billion",
        (Million, _) => "million",
        (Thousand, _) => "thousand",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Not a scale word."),
    };

    public static void ThrowIfUndefined(TextCulture culture)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            throw new ArgumentOutOfRangeException(nameof(culture), culture, "Unknown report culture.");
        }
    }

    /// <summary>The absolute value as unsigned, so that <see cref="long.MinValue"/> has one too.</summary>
    public static ulong Magnitude(long value) => value < 0 ? (ulong)(-(value + 1)) + 1UL : (ulong)value;

    /// <summary>Appends digits grouped by threes; done here rather than with a culture's number format so that no culture data is read.</summary>
    public static StringBuilder AppendGrouped(this StringBuilder builder, ulong magnitude, TextCulture culture)
    {
        var digits = magnitude.ToString(CultureInfo.InvariantCulture);
        var separator = GroupSeparator(culture);
        var head = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
        builder.Append(digits, 0, head);
        for (var i = head; i < digits.Length; i += 3)
        {
            builder.Append(separator).Append(digits, i, 3);
        }
        return builder;
    }

    public static StringBuilder AppendPlain(this StringBuilder builder, ulong magnitude)
        => builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
}
