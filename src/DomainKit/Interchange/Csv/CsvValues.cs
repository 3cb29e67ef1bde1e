using System.Globalization;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// How the bundle writes and reads values: amounts as integers or grouped the Vietnamese way, dates as ISO or
/// dd/MM/yyyy, quantities with a decimal point or a decimal comma. Every reading accepts both cultures' forms and
/// never throws.
/// </summary>
/// <remarks>
/// Numbers follow one rule whatever the column. A bundle may be written in two conventions: the Vietnamese one, where
/// '.' groups thousands and ',' marks decimals (<c>6.100.542.700</c>, <c>2.500,5</c>), and the invariant one, where
/// '.' marks decimals and nothing groups (<c>2500.5</c>). A comma is a decimal comma in both (the invariant style has
/// none, and no convention of the bundle groups with commas). A dot reads one way in each convention, so a cell is
/// read in both and what the column cannot hold is set aside: counts and amounts are whole numbers and are never
/// written with a decimal mark, so for them a dot can only group thousands (<c>4.127</c> is 4127); a quantity can have
/// decimals, so <c>2.500</c> is 2500 or 2.5 and is reported as ambiguous (DK904), never guessed. The writers never
/// write such a cell: the Vietnamese style writes quantities with a decimal comma (<c>2500,5</c>, <c>1,250</c>), the
/// invariant style with a point, and a leading zero where the point would stand after one to three digits and before
/// exactly three (<c>01.250</c>), which no grouping can begin with. A number that has more digits than a decimal
/// holds is DK904 too, not rounded.
/// </remarks>
internal static class CsvValues
{
    // 'uuuu' is the absolute year, so a (bad) date before year 1 keeps its sign, as in the JSON format.
    private static readonly LocalDatePattern IsoPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern DayFirstPattern = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");
    private static readonly LocalDatePattern ShortDayFirstPattern = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");

    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-", NumberGroupSizes = [3] };

    // ----- Writing -----

    public static string Money(Dong amount, TextCulture culture)
        => culture == TextCulture.Vietnamese
            ? amount.Value.ToString("#,0", Grouped)
            : amount.Value.ToString(CultureInfo.InvariantCulture);

    public static string Date(LocalDate date, TextCulture culture)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return (culture == TextCulture.Vietnamese ? DayFirstPattern : IsoPattern).Format(iso);
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quantity(decimal value, TextCulture culture)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (culture == TextCulture.Vietnamese)
        {
            return text.Replace('.', ',');
        }
        var digits = text.StartsWith('-') ? 1 : 0;
        var point = text.IndexOf('.', StringComparison.Ordinal);
        // "1.250" would also read as 1250 grouped the Vietnamese way; "01.250" cannot.
        return point - digits is >= 1 and <= 3 && text.Length - point - 1 == 3 && text[digits] != '0'
            ? text.Insert(digits, "0")
            : text;
    }

    public static string Boolean(bool value, TextCulture culture)
        => culture == TextCulture.Vietnamese ? (value ? "có" : "không") : (value ? "true" : "false");

    // ----- Reading -----

    /// <summary>An amount: <c>6100542700</c>, <c>-5000</c>, <c>6.100.542.700</c>, <c>6.100.542.700 đ</c>, <c>6,1 tỷ</c>; exact amounts only.</summary>
    public static bool TryMoney(ReadOnlySpan<char> text, out Dong amount) => ReadMoney(text, out amount) == ParseFailure.None;

    /// <summary>An amount as <see cref="TryMoney"/> reads it, or why the text is not one (the Vietnamese reading's reason).</summary>
    public static ParseFailure ReadMoney(ReadOnlySpan<char> text, out Dong amount)
    {
        amount = default;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            amount = new Dong(value);
            return ParseFailure.None;
        }
        if (text.Length > TextKey.MaxLength)
        {
            return ParseFailure.UnexpectedText;
        }
        // A qualified amount ("khoảng 5 tỷ") is not a figure a ledger can hold. The invariant reading is taken only
        // without a comma: no convention of the bundle groups thousands with commas, and a decimal comma makes no whole đồng.
        var read = StatedDong.Read(text, TextCulture.Vietnamese);
        if (!read.Success && !text.Contains(','))
        {
            var invariant = StatedDong.Read(text, TextCulture.English);
            if (invariant.Success)
            {
                read = invariant;
            }
        }
        if (!read.TryGetValue(out var stated))
        {
            return read.Failure;
        }
        if (stated.Qualifier != AmountQualifier.None)
        {
            return ParseFailure.NotExact;
        }
        amount = stated.Value;
        return ParseFailure.None;
    }

    /// <summary>A date: ISO <c>2023-11-10</c> or day first <c>10/11/2023</c>, <c>5/2/2025</c>.</summary>
    public static bool TryDate(string text, out LocalDate date)
    {
        if (text.Length == 10 && text[4] == '-' && TryFast(text, 0, 4, out var y) && TryFast(text, 5, 2, out var m) && TryFast(text, 8, 2, out var d) && TryCreate(y, m, d, out date))
        {
            return true;
        }
        if (text.Length == 10 && text[2] == '/' && text[5] == '/' && TryFast(text, 6, 4, out y) && TryFast(text, 3, 2, out m) && TryFast(text, 0, 2, out d) && TryCreate(y, m, d, out date))
        {
            return true;
        }
        foreach (var pattern in new[] { IsoPattern, DayFirstPattern, ShortDayFirstPattern })
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                date = result.Value;
                return true;
            }
        }
        date = default;
        return false;
    }

    /// <summary>
    /// A whole number: <c>42</c>, <c>-3</c>, or grouped <c>4.127</c>. A whole number is never written with a decimal
    /// mark, so a dot can only group thousands and the cell reads one way only.
    /// </summary>
    public static bool TryCount(string text, out int value)
    {
        value = 0;
        if (!TrySign(text, out var negative, out var body) || !TryGroupedWhole(body, out var digits) || TrimZeros(digits).Length > 10)
        {
            return false;
        }
        var magnitude = long.Parse(TrimZeros(digits) is { Length: > 0 } significant ? significant : "0", CultureInfo.InvariantCulture);
        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }
        value = (int)signed;
        return true;
    }

    /// <summary>
    /// A quantity: <c>2500.5</c>, with a decimal comma <c>2500,5</c> or <c>2.500,5</c>, grouped <c>1.234.567</c>,
    /// exact as a decimal. <paramref name="ambiguous"/> is set, with the result <see langword="false"/>, when the
    /// cell reads as two different numbers: <c>2.500</c> is 2500 grouped the Vietnamese way and 2.5 with a decimal point.
    /// </summary>
    public static bool TryQuantity(string text, out decimal value, out (decimal Grouped, decimal Point)? ambiguous)
    {
        value = 0;
        ambiguous = null;
        if (!TrySign(text, out var negative, out var body))
        {
            return false;
        }
        var vietnamese = VietnameseReading(body, negative);
        var invariant = InvariantReading(body, negative);
        if (vietnamese is { } grouped && invariant is { } point && grouped != point)
        {
            ambiguous = (grouped, point);
            return false;
        }
        if ((vietnamese ?? invariant) is not { } read)
        {
            return false;
        }
        value = read;
        return true;
    }

    /// <summary>A yes or no: <c>true</c>/<c>false</c>, <c>có</c>/<c>không</c>, <c>yes</c>/<c>no</c>, <c>x</c>, <c>1</c>/<c>0</c>.</summary>
    public static bool TryBoolean(string text, out bool value)
    {
        switch (TextKey.Fold(text))
        {
            case "true" or "co" or "yes" or "x" or "1":
                value = true;
                return true;
            case "false" or "khong" or "no" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }


    private static bool TrySign(string text, out bool negative, out string body)
    {
        negative = text.StartsWith('-');
        body = negative || text.StartsWith('+') ? text[1..] : text;
        return body.Length > 0;
    }

    // The Vietnamese reading: digits, or groups of three after a first group of one to three that does not begin with
    // 0 ("1.234.567"), then optionally a decimal comma and digits.
    private static decimal? VietnameseReading(string body, bool negative)
    {
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var whole = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? string.Empty : body[(comma + 1)..];
        if ((comma >= 0 && !AllDigits(fraction)) || !TryGroupedWhole(whole, out var digits))
        {
            return null;
        }
        return Exact(negative, digits, fraction);
    }

    // The invariant reading: digits, then optionally a decimal point and digits; no grouping and no comma.
    private static decimal? InvariantReading(string body, bool negative)
    {
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? string.Empty : body[(point + 1)..];
        return AllDigits(whole) && (point < 0 || AllDigits(fraction)) ? Exact(negative, whole, fraction) : null;
    }

    private static bool TryGroupedWhole(string whole, out string digits)
    {
        digits = whole;
        if (AllDigits(whole))
        {
            return true;
        }
        var groups = whole.Split('.');
        if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0' || !AllDigits(groups[0]))
        {
            return false;
        }
        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g].Length != 3 || !AllDigits(groups[g]))
            {
                return false;
            }
        }
        digits = string.Concat(groups);
        return true;
    }

    private static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static string TrimZeros(string digits) => digits.TrimStart('0');

    // The decimal the digits stand for, or null when a decimal cannot hold it exactly (rounding would misread it).
    private static decimal? Exact(bool negative, string whole, string fraction)
    {
        var text = (negative ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && ExactNumbers.Holds(value, text)
            ? value
            : null;
    }

    private static bool TryFast(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static bool TryCreate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }
}
