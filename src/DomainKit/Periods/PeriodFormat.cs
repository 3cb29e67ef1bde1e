using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Text;

namespace DomainKit.Periods;

/// <summary>
/// Writes and reads reporting periods as people write them: <c>quý IV/2017</c>, <c>6 tháng đầu năm 2023</c>,
/// <c>nhiệm kỳ 2021-2025</c> in Vietnamese; <c>Q4 2017</c>, <c>H1 2023</c>, <c>term 2021-2025</c> in the
/// invariant culture. Both cultures also read the stable ids of <see cref="ReportingPeriod"/> (<c>2023Q4</c>).
/// </summary>
/// <remarks>
/// The texts are the library's own tables and do not depend on the current culture or on globalization support.
/// Years are always four digits. Reading ignores case, diacritics (so NFC, NFD, either accent placement and
/// unaccented text all match), extra spaces, and the kind of dash or spacing around dashes and slashes.
/// What <see cref="Format"/> writes, <see cref="Parse"/> reads back to an equal period.
/// </remarks>
public static partial class PeriodFormat
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>Formats <paramref name="period"/> in <paramref name="culture"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="culture">Vietnamese or invariant.</param>
    /// <returns>
    /// Vietnamese: <c>năm 2023</c>, <c>6 tháng đầu năm 2023</c>, <c>6 tháng cuối năm 2023</c>, <c>quý IV/2017</c>,
    /// <c>tháng 11/2023</c>, <c>từ đầu năm 2023 đến ngày 10/11/2023</c>, <c>nhiệm kỳ 2021-2025</c>,
    /// <c>năm vận động 10/2023-9/2024</c>, <c>từ ngày 05/01/2023 đến ngày 10/03/2023</c>.
    /// Invariant: <c>2023</c>, <c>H1 2023</c>, <c>Q4 2017</c>, <c>November 2023</c>, <c>year to 10 November 2023</c>,
    /// <c>term 2021-2025</c>, <c>campaign year October 2023 - September 2024</c>, <c>5 January 2023 - 10 March 2023</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    public static string Format(ReportingPeriod period, TextCulture culture)
    {
        DateFormat.CheckCulture(culture);
        return culture == TextCulture.Vietnamese ? FormatVietnamese(period) : FormatInvariant(period);
    }

    /// <summary>Parses a period written in <paramref name="culture"/> or as a stable id; see <see cref="TryParse"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, culture, out var period) ? period : throw new FormatException($"'{text}' is not a period.");
    }

    /// <summary>
    /// Tries to parse a period. Both cultures read the stable ids (<c>2023Q4</c>). Vietnamese reads
    /// <c>năm 2023</c>, <c>2023</c>, <c>6 tháng đầu/cuối năm 2023</c>, <c>6 tháng năm 2023</c> (the first half),
    /// <c>quý IV/2017</c>, <c>quý 4/2017</c>, <c>quý IV năm 2017</c>, <c>tháng 11/2023</c>, <c>tháng 11 năm 2023</c>,
    /// <c>từ đầu năm [2023] đến ngày 10/11/2023</c>, <c>nhiệm kỳ</c>, <c>toàn khóa</c> or <c>giai đoạn 2021-2025</c>,
    /// <c>năm vận động 10/2023-9/2024</c>, and <c>từ [ngày] 05/01/2023 đến [ngày] 10/03/2023</c>; the dates may be
    /// in any form <see cref="DateFormat"/> reads. The invariant culture reads what <see cref="Format"/> writes.
    /// </summary>
    /// <remarks>
    /// Texts without a date, such as <c>từ đầu năm đến nay</c>, give <see langword="false"/>: the period depends on
    /// the day they were written. A year before the date in a year to date must be the date's year.
    /// </remarks>
    /// <param name="text">The text; <see langword="null"/> or blank gives <see langword="false"/>.</param>
    /// <param name="culture">Vietnamese or invariant.</param>
    /// <param name="period">The period, or the default value when the text is not a period.</param>
    /// <returns>Whether the text is a period. Never throws on bad text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    public static bool TryParse(string? text, TextCulture culture, out ReportingPeriod period)
    {
        DateFormat.CheckCulture(culture);
        period = default;
        var key = text is null ? null : TextKey.Fold(text);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        if (ReportingPeriod.TryParse(key, out period))
        {
            return true;
        }
        try
        {
            return culture == TextCulture.Vietnamese ? TryParseVietnamese(key, out period) : TryParseInvariant(key, out period);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A well-formed text whose period cannot exist, such as a campaign year running past 9999.
            period = default;
            return false;
        }
    }

    private static string FormatVietnamese(ReportingPeriod period)
    {
        var (start, end) = (period.Start, period.End);
        return period.Kind switch
        {
            PeriodKind.Year => Invariant($"năm {start.Year:D4}"),
            PeriodKind.HalfYear => Invariant($"6 tháng {(start.Month == 1 ? "đầu" : "cuối")} năm {start.Year:D4}"),
            PeriodKind.Quarter => Invariant($"quý {Roman[QuarterOf(start)]}/{start.Year:D4}"),
            PeriodKind.Month => Invariant($"tháng {start.Month}/{start.Year:D4}"),
            PeriodKind.YearToDate => Invariant($"từ đầu năm {end.Year:D4} đến ngày {ShortVietnamese(end)}"),
            PeriodKind.Term => Invariant($"nhiệm kỳ {start.Year:D4}-{end.Year:D4}"),
            PeriodKind.CampaignYear => Invariant($"năm vận động {start.Month}/{start.Year:D4}-{end.Month}/{end.Year:D4}"),
            _ => Invariant($"từ ngày {ShortVietnamese(start)} đến ngày {ShortVietnamese(end)}"),
        };
    }

    private static string FormatInvariant(ReportingPeriod period)
    {
        var (start, end) = (period.Start, period.End);
        return period.Kind switch
        {
            PeriodKind.Year => Invariant($"{start.Year:D4}"),
            PeriodKind.HalfYear => Invariant($"H{(start.Month == 1 ? 1 : 2)} {start.Year:D4}"),
            PeriodKind.Quarter => Invariant($"Q{QuarterOf(start) + 1} {start.Year:D4}"),
            PeriodKind.Month => Invariant($"{DateFormat.EnglishMonth(start.Month)} {start.Year:D4}"),
            PeriodKind.YearToDate => "year to " + OfficialEnglish(end),
            PeriodKind.Term => Invariant($"term {start.Year:D4}-{end.Year:D4}"),
            PeriodKind.CampaignYear => Invariant(
                $"campaign year {DateFormat.EnglishMonth(start.Month)} {start.Year:D4} - {DateFormat.EnglishMonth(end.Month)} {end.Year:D4}"),
            _ => OfficialEnglish(start) + " - " + OfficialEnglish(end),
        };
    }

    private static bool TryParseVietnamese(string key, out ReportingPeriod period)
    {
        period = default;
        Match m;
        if ((m = VietnameseYear().Match(key)).Success)
        {
            return TryYear(m.Groups[1].Value, out var year) && Set(ReportingPeriod.Year(year), out period);
        }
        if ((m = VietnameseHalfYear().Match(key)).Success)
        {
            return TryYear(m.Groups[2].Value, out var year) && Set(ReportingPeriod.HalfYear(year, m.Groups[1].Value == "cuoi" ? 2 : 1), out period);
        }
        if ((m = VietnameseQuarter().Match(key)).Success)
        {
            return TryYear(m.Groups[2].Value, out var year) && Set(ReportingPeriod.Quarter(year, QuarterNumber(m.Groups[1].Value)), out period);
        }
        if ((m = VietnameseMonth().Match(key)).Success)
        {
            return TryYear(m.Groups[2].Value, out var year)
                && DateFormat.TryNumber(m.Groups[1].Value, out var month) && month is >= 1 and <= 12
                && Set(ReportingPeriod.Month(year, month), out period);
        }
        if ((m = VietnameseYearToDate().Match(key)).Success)
        {
            return DateFormat.TryParseKey(m.Groups[2].Value, TextCulture.Vietnamese, out var asOf)
                && (!m.Groups[1].Success || (TryYear(m.Groups[1].Value, out var year) && year == asOf.Year))
                && Set(ReportingPeriod.YearToDate(asOf), out period);
        }
        if ((m = VietnameseTerm().Match(key)).Success)
        {
            return TryTerm(m.Groups[1].Value, m.Groups[2].Value, out period);
        }
        if ((m = VietnameseCampaignYear().Match(key)).Success)
        {
            return DateFormat.TryNumber(m.Groups[1].Value, out var startMonth)
                && DateFormat.TryNumber(m.Groups[3].Value, out var endMonth)
                && TryCampaignYear(m.Groups[2].Value, startMonth, m.Groups[4].Value, endMonth, out period);
        }
        if ((m = VietnameseRange().Match(key)).Success)
        {
            return DateFormat.TryParseKey(m.Groups[1].Value, TextCulture.Vietnamese, out var from)
                && DateFormat.TryParseKey(m.Groups[2].Value, TextCulture.Vietnamese, out var to)
                && from <= to
                && Set(ReportingPeriod.Range(from, to), out period);
        }
        return false;
    }

    private static bool TryParseInvariant(string key, out ReportingPeriod period)
    {
        period = default;
        Match m;
        if ((m = EnglishHalfYear().Match(key)).Success)
        {
            return TryYear(m.Groups[2].Value, out var year) && Set(ReportingPeriod.HalfYear(year, m.Groups[1].Value == "2" ? 2 : 1), out period);
        }
        if ((m = EnglishQuarter().Match(key)).Success)
        {
            return TryYear(m.Groups[2].Value, out var year) && Set(ReportingPeriod.Quarter(year, QuarterNumber(m.Groups[1].Value)), out period);
        }
        if ((m = EnglishMonth().Match(key)).Success)
        {
            return DateFormat.TryEnglishMonth(m.Groups[1].Value, out var month)
                && TryYear(m.Groups[2].Value, out var year)
                && Set(ReportingPeriod.Month(year, month), out period);
        }
        if ((m = EnglishYearToDate().Match(key)).Success)
        {
            return DateFormat.TryParseKey(m.Groups[1].Value, TextCulture.English, out var asOf) && Set(ReportingPeriod.YearToDate(asOf), out period);
        }
        if ((m = EnglishTerm().Match(key)).Success)
        {
            return TryTerm(m.Groups[1].Value, m.Groups[2].Value, out period);
        }
        if ((m = EnglishCampaignYear().Match(key)).Success)
        {
            return DateFormat.TryEnglishMonth(m.Groups[1].Value, out var startMonth)
                && DateFormat.TryEnglishMonth(m.Groups[3].Value, out var endMonth)
                && TryCampaignYear(m.Groups[2].Value, startMonth, m.Groups[4].Value, endMonth, out period);
        }
        if ((m = EnglishRange().Match(key)).Success)
        {
            return DateFormat.TryParseKey(m.Groups[1].Value, TextCulture.English, out var from)
                && DateFormat.TryParseKey(m.Groups[2].Value, TextCulture.English, out var to)
                && from <= to
                && Set(ReportingPeriod.Range(from, to), out period);
        }
        return false;
    }

    private static bool TryTerm(string first, string last, out ReportingPeriod period)
    {
        period = default;
        return TryYear(first, out var firstYear) && TryYear(last, out var lastYear) && firstYear <= lastYear
            && Set(ReportingPeriod.Term(firstYear, lastYear), out period);
    }

    /// <summary>Both ends are written, so they must describe exactly twelve months.</summary>
    private static bool TryCampaignYear(string startYearText, int startMonth, string endYearText, int endMonth, out ReportingPeriod period)
    {
        period = default;
        if (!TryYear(startYearText, out var startYear) || !TryYear(endYearText, out var endYear) || startMonth is < 1 or > 12)
        {
            return false;
        }
        var candidate = ReportingPeriod.CampaignYear(startYear, startMonth);
        return candidate.End.Year == endYear && candidate.End.Month == endMonth && Set(candidate, out period);
    }

    private static bool TryYear(string digits, out int year) => DateFormat.TryNumber(digits, out year) && year is >= 1 and <= 9999;

    private static int QuarterNumber(string text) => text switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    private static int QuarterOf(NodaTime.LocalDate start) => (start.Month - 1) / 3;

    private static bool Set(ReportingPeriod value, out ReportingPeriod period)
    {
        period = value;
        return true;
    }

    private static string ShortVietnamese(NodaTime.LocalDate date) => DateFormat.Format(date, DateStyle.Short, TextCulture.Vietnamese);

    private static string OfficialEnglish(NodaTime.LocalDate date) => DateFormat.Format(date, DateStyle.Official, TextCulture.English);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The patterns run on folded keys: lower-case ASCII without diacritics, single spaces, '-' for every dash,
    // no spaces around '-' and '/'. So "Quý  IV – 2017" arrives as "quy iv-2017" and "toàn khoá" as "toan khoa".
    [GeneratedRegex(@"^(?:(?:ca )?nam )?([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseYear();

    [GeneratedRegex(@"^(?:6|sau) thang(?: (dau|cuoi))?(?: nam)? ([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseHalfYear();

    [GeneratedRegex(@"^quy (iv|iii|ii|i|[1-4])(?:/|-| nam | )([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseQuarter();

    [GeneratedRegex(@"^thang ([0-9]{1,2})(?:/|-| nam | )([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseMonth();

    [GeneratedRegex(@"^tu dau nam(?: ([0-9]{4}))? den (?:het )?(.+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseYearToDate();

    [GeneratedRegex(@"^(?:nhiem k[yi]|toan khoa|giai doan) ([0-9]{4})[-/]([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseTerm();

    [GeneratedRegex(@"^nam van dong ([0-9]{1,2})/([0-9]{4})-([0-9]{1,2})/([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseCampaignYear();

    [GeneratedRegex(@"^tu (.+) den (?:het )?(.+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseRange();

    [GeneratedRegex(@"^h([12]) ?([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishHalfYear();

    [GeneratedRegex(@"^q([1-4]) ?([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishQuarter();

    [GeneratedRegex(@"^([a-z]+) ([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"^year to (?:date )?(.+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishYearToDate();

    [GeneratedRegex(@"^term ([0-9]{4})[-/]([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTerm();

    [GeneratedRegex(@"^campaign year ([a-z]+) ([0-9]{4})-([a-z]+) ([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishCampaignYear();

    [GeneratedRegex(
        @"^(?:from )?([0-9]{1,2} [a-z]+,? [0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})(?:-| to )([0-9]{1,2} [a-z]+,? [0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRange();
}
