using System.Globalization;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// How the bundle writes and reads values: amounts as integers or grouped the Vietnamese way, dates as ISO or
/// dd/MM/yyyy, quantities with a decimal point. Every reading accepts both cultures' forms and never throws.
/// </summary>
internal static class CsvValues
{
    // 'uuuu' is the absolute year, so a (bad) date before year 1 keeps its sign, as in the JSON format.
    private static readonly LocalDatePattern IsoPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern DayFirstPattern = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");
    private static readonly LocalDatePattern ShortDayFirstPattern = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");

    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-", NumberGroupSizes = [3] };

    // ----- Writing -----

    public static string Money(Dong amount, ReportCulture culture)
        => culture == ReportCulture.Vietnamese
            ? amount.Value.ToString("#,0", Grouped)
            : amount.Value.ToString(CultureInfo.InvariantCulture);

    public static string Date(LocalDate date, ReportCulture culture)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return (culture == ReportCulture.Vietnamese ? DayFirstPattern : IsoPattern).Format(iso);
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quantity(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value, ReportCulture culture)
        => culture == ReportCulture.Vietnamese ? (value ? "có" : "không") : (value ? "true" : "false");

    // ----- Reading -----

    /// <summary>An amount: <c>6100542700</c>, <c>-5000</c>, <c>6.100.542.700</c>, <c>6.100.542.700 đ</c>, <c>6,1 tỷ</c>; exact amounts only.</summary>
    public static bool TryMoney(string text, out Dong amount)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            amount = new Dong(value);
            return true;
        }
        // A qualified amount ("khoảng 5 tỷ") is not a figure a ledger can hold.
        if (text.Length <= TextKey.MaxLength
            && (StatedDong.TryParse(text, ReportCulture.Vietnamese, out var stated) || StatedDong.TryParse(text, ReportCulture.Invariant, out stated))
            && stated.Qualifier == AmountQualifier.None)
        {
            amount = stated.Value;
            return true;
        }
        amount = default;
        return false;
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

    /// <summary>A whole number: <c>42</c>, <c>-3</c>, or grouped <c>4.127</c>.</summary>
    public static bool TryCount(string text, out int value)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
           || (IsGrouped(text) && int.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value));

    /// <summary>A quantity: <c>2500.5</c>, or with a decimal comma <c>2500,5</c> or <c>2.500,5</c>.</summary>
    public static bool TryQuantity(string text, out decimal value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (text.Contains(',', StringComparison.Ordinal))
        {
            return decimal.TryParse(text, Styles | NumberStyles.AllowThousands, Grouped, out value);
        }
        return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value);
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

    /// <summary>A period id: <c>2023</c>, <c>2023Q4</c>, <c>YTD2023-11-10</c>, ...</summary>
    public static bool TryPeriod(string text, out ReportingPeriod period) => ReportingPeriod.TryParse(text, out period);

    private static bool IsGrouped(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length < 5 || digits.IndexOf('.') is < 1 or > 3)
        {
            return false;
        }
        var first = digits.IndexOf('.');
        for (var i = first; i < digits.Length; i += 4)
        {
            if (digits[i] != '.' || i + 4 > digits.Length || !char.IsAsciiDigit(digits[i + 1]) || !char.IsAsciiDigit(digits[i + 2]) || !char.IsAsciiDigit(digits[i + 3]))
            {
                return false;
            }
        }
        return true;
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
