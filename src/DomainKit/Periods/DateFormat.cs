using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Periods;

/// <summary>
/// Writes and reads dates as they appear in reports: <c>10/11/2023</c> and <c>ngày 05 tháng 02 năm 2025</c>
/// in Vietnamese, ISO <c>2023-11-10</c> and <c>5 February 2025</c> in the invariant culture.
/// </summary>
/// <remarks>
/// All names and layouts are the library's own tables, so the results do not depend on the current culture or
/// on globalization support. Years are always written and read with four digits: officers' two-digit years are
/// ambiguous across the century and are rejected rather than guessed. Dates are ISO calendar dates of the years
/// 1 to 9999.
/// </remarks>
public static partial class DateFormat
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Formats <paramref name="date"/> in the given style and culture.</summary>
    /// <param name="date">An ISO calendar date of the years 1 to 9999.</param>
    /// <param name="style">Short or official.</param>
    /// <param name="culture">Vietnamese or invariant.</param>
    /// <returns>For example <c>10/11/2023</c>, <c>ngày 10 tháng 11 năm 2023</c>, <c>2023-11-10</c> or <c>10 November 2023</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999, or the style or culture is not defined.</exception>
    public static string Format(LocalDate date, DateStyle style, TextCulture culture)
    {
        CheckDate(date);
        CheckCulture(culture);
        var (y, m, d) = (date.Year, date.Month, date.Day);
        return (style, culture) switch
        {
            (DateStyle.Short, TextCulture.Vietnamese) => Invariant($"{d:D2}/{m:D2}/{y:D4}"),
            // Decree 30/2020/NĐ-CP: a leading zero for days below 10 and for months 1 and 2 only, so that
            // "tháng 01" cannot be altered into "tháng 11" and "tháng 02" into "tháng 12".
            (DateStyle.Official, TextCulture.Vietnamese) => Invariant($"ngày {d:D2} tháng {(m <= 2 ? m.ToString("D2", CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture))} năm {y:D4}"),
            (DateStyle.Short, _) => Invariant($"{y:D4}-{m:D2}-{d:D2}"),
            (DateStyle.Official, _) => Invariant($"{d} {EnglishMonths[m - 1]} {y:D4}"),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown date style."),
        };
    }

    /// <summary>Parses a date written in <paramref name="culture"/>; see <see cref="TryParse"/> for the accepted forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    /// <exception cref="FormatException">The text is not a valid date.</exception>
    public static LocalDate Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, culture, out var date) ? date : throw new FormatException($"'{text}' is not a date.");
    }

    /// <summary>
    /// Tries to parse a date. Vietnamese accepts <c>10/11/2023</c>, <c>5/2/2025</c>, <c>10-11-2023</c>,
    /// <c>10.11.2023</c>, <c>ngày 05 tháng 02 năm 2025</c>, <c>ngày 5 tháng 2 năm 2025</c> and ISO
    /// <c>2023-11-10</c>; the invariant culture accepts ISO and <c>5 February 2025</c> (or <c>5 Feb 2025</c>).
    /// Case, extra spaces, NFC or NFD text and missing diacritics are tolerated; days that do not exist
    /// (<c>31/02/2023</c>, <c>29/02/2023</c>, <c>00/01/2023</c>) and two-digit years are rejected.
    /// </summary>
    /// <param name="text">The text; <see langword="null"/> or blank gives <see langword="false"/>.</param>
    /// <param name="culture">Vietnamese or invariant.</param>
    /// <param name="date">The date, or the default value when the text is not a date.</param>
    /// <returns>Whether the text is a valid date. Never throws on bad text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    public static bool TryParse(string? text, TextCulture culture, out LocalDate date)
    {
        CheckCulture(culture);
        date = default;
        var key = text is null ? null : TextKey.Fold(text);
        return key is not null && TryParseKey(key, culture, out date);
    }

    /// <summary>Parses a date from text already folded by <see cref="TextKey.Fold"/>.</summary>
    internal static bool TryParseKey(string key, TextCulture culture, out LocalDate date)
    {
        date = default;
        var iso = IsoDate().Match(key);
        if (iso.Success)
        {
            return TryCreate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value, out date);
        }
        if (culture == TextCulture.Vietnamese)
        {
            var numeric = VietnameseNumericDate().Match(key);
            if (numeric.Success)
            {
                return TryCreate(numeric.Groups[4].Value, numeric.Groups[3].Value, numeric.Groups[1].Value, out date);
            }
            var official = VietnameseOfficialDate().Match(key);
            return official.Success && TryCreate(official.Groups[3].Value, official.Groups[2].Value, official.Groups[1].Value, out date);
        }
        var english = EnglishDate().Match(key);
        return english.Success
            && TryEnglishMonth(english.Groups[2].Value, out var month)
            && TryCreate(english.Groups[3].Value, month, english.Groups[1].Value, out date);
    }

    /// <summary>The English name of <paramref name="month"/> (1 to 12).</summary>
    internal static string EnglishMonth(int month) => EnglishMonths[month - 1];

    /// <summary>Reads a folded English month name, in full or as its first three letters ("sept" too).</summary>
    internal static bool TryEnglishMonth(string word, out int month)
    {
        for (month = 1; month <= 12; month++)
        {
            var name = EnglishMonths[month - 1];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                || (month == 9 && word == "sept"))
            {
                return true;
            }
        }
        month = 0;
        return false;
    }

    /// <summary>Creates a date from digit strings of at most four digits; false for days that do not exist.</summary>
    internal static bool TryCreate(string year, string month, string day, out LocalDate date)
    {
        date = default;
        return TryNumber(month, out var m) && TryCreate(year, m, day, out date);
    }

    private static bool TryCreate(string year, int month, string day, out LocalDate date)
    {
        date = default;
        if (!TryNumber(year, out var y) || !TryNumber(day, out var d) || y is < 1 or > 9999 || month is < 1 or > 12)
        {
            return false;
        }
        if (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, month))
        {
            return false;
        }
        date = new LocalDate(y, month, d);
        return true;
    }

    /// <summary>Reads up to four ASCII digits; the grammars guarantee nothing else reaches here.</summary>
    internal static bool TryNumber(string digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 4)
        {
            return false;
        }
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static void CheckDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates are formatted in the ISO calendar.", nameof(date));
        }
        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The year must be between 1 and 9999.");
        }
    }

    /// <summary>Rejects values outside the enum, which are programming errors rather than bad text.</summary>
    internal static void CheckCulture(TextCulture culture)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            throw new ArgumentOutOfRangeException(nameof(culture), culture, "Unknown report culture.");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The patterns run on folded keys (lower-case ASCII, no diacritics, no spaces around '-' and '/'),
    // and use [0-9] because \d would also match other scripts' digits.
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:ngay )?([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNumericDate();

    [GeneratedRegex(@"^(?:ngay )?([0-9]{1,2}) thang ([0-9]{1,2}),? nam ([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseOfficialDate();

    [GeneratedRegex(@"^([0-9]{1,2}) ([a-z]+),? ([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();
}
