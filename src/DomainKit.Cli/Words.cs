using System.Globalization;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>Words and numbers the tool prints, in the culture the user chose.</summary>
internal static class Words
{
    /// <summary>The Vietnamese or the English text.</summary>
    public static string Say(this TextCulture culture, string vietnamese, string english)
        => culture == TextCulture.Vietnamese ? vietnamese : english;

    /// <summary>A count grouped by thousands: "1.234.567" in Vietnamese, "1,234,567" in English.</summary>
    public static string Count(this TextCulture culture, long value)
    {
        var text = value.ToString("#,0", CultureInfo.InvariantCulture);
        return culture == TextCulture.Vietnamese ? text.Replace(',', '.') : text;
    }

    /// <summary>A list of codes for a message: "a, b, c".</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items);
}
