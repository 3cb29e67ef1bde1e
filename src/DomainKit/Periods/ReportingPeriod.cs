using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainKit.Text;
using DomainKit.Utility;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Periods;

/// <summary>
/// A reporting period: a kind and an inclusive range of ISO calendar days. Each period has a stable id
/// (<c>2023</c>, <c>2023H1</c>, <c>2023Q4</c>, <c>2023-11</c>, <c>YTD2023-11-10</c>, <c>2021/2025</c>,
/// <c>CY2023-10</c>, <c>2023-01-05/2023-03-10</c>) that <see cref="Parse(string)"/> reads back.
/// </summary>
/// <remarks>
/// Two periods are equal when their kind and days are equal: the year 2023 and the range
/// 2023-01-01/2023-12-31 cover the same days but are different periods; compare <see cref="ToDateInterval"/>
/// for the days alone. The default value is not a meaningful period (kind Year, the single day 1 January of year 1); use the factory methods. Immutable and thread-safe.
/// Vietnamese texts ("quý IV/2017", "nhiệm kỳ 2021-2025") are read and written by <see cref="PeriodFormat"/>.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, ISpanParsable<ReportingPeriod>, ISpanFormattable
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDate LastIsoDay = new(9999, 12, 31);

    private readonly LocalDate start;
    private readonly LocalDate end;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        this.start = start;
        this.end = end;
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the period (inclusive).</summary>
    public LocalDate End => end;

    /// <summary>The number of days in the period.</summary>
    public int Days => NodaTime.Period.DaysBetween(Start, End) + 1;

    /// <summary>The stable id of the period.</summary>
    public string Id => FormatId();

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new(PeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>The first (<paramref name="half"/> = 1) or second (2) half of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or half is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year);
        Utility.Preconditions.CheckRange(half, 1, 2);
        var firstMonth = half == 1 ? 1 : 7;
        return new(PeriodKind.HalfYear, new LocalDate(year, firstMonth, 1), EndOfMonth(year, firstMonth + 5));
    }

    /// <summary>Quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        Utility.Preconditions.CheckRange(quarter, 1, 4);
        var firstMonth = (quarter - 1) * 3 + 1;
        return new(PeriodKind.Quarter, new LocalDate(year, firstMonth, 1), EndOfMonth(year, firstMonth + 2));
    }

    /// <summary>Month <paramref name="month"/> (1 to 12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        Utility.Preconditions.CheckRange(month, 1, 12);
        return new(PeriodKind.Month, new LocalDate(year, month, 1), EndOfMonth(year, month));
    }

    /// <summary>From 1 January of <paramref name="asOf"/>'s year to <paramref name="asOf"/> inclusive.</summary>
    public static ReportingPeriod YearToDate(LocalDate asOf)
    {
        CheckIso(asOf);
        return new(PeriodKind.YearToDate, new LocalDate(asOf.Year, 1, 1), asOf);
    }

    /// <summary>A term of whole calendar years, from <paramref name="firstYear"/> to <paramref name="lastYear"/> inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of range or in the wrong order.</exception>
    public static ReportingPeriod Term(int firstYear, int lastYear)
    {
        CheckYear(firstYear);
        CheckYear(lastYear);
        if (lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "A term cannot end before it starts.");
        }
        return new(PeriodKind.Term, new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
    }

    /// <summary>Twelve months starting on the first day of <paramref name="startMonth"/> of <paramref name="startYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod CampaignYear(int startYear, int startMonth)
    {
        CheckYear(startYear);
        Utility.Preconditions.CheckRange(startMonth, 1, 12);
        if (startYear == 9999 && startMonth > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "The campaign year would end after 9999.");
        }
        var first = new LocalDate(startYear, startMonth, 1);
        var last = first.PlusMonths(11);
        return new(PeriodKind.CampaignYear, first, EndOfMonth(last.Year, last.Month));
    }

    /// <summary>Any inclusive range of days.</summary>
    /// <exception cref="ArgumentException">The dates are not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ReportingPeriod Range(LocalDate start, LocalDate end)
    {
        CheckIso(start);
        CheckIso(end);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "A period cannot end before it starts.");
        }
        return new(PeriodKind.Range, start, end);
    }

    /// <summary>The days of the period as a NodaTime interval, without the kind.</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> falls within this period.</summary>
    public bool Contains(ReportingPeriod other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two periods share at least one day.</summary>
    public bool Overlaps(ReportingPeriod other) => other.Start <= End && other.End >= Start;

    /// <summary>The days the two periods share, as a range, or <see langword="null"/> when they share none.</summary>
    public ReportingPeriod? Intersect(ReportingPeriod other)
    {
        if (!Overlaps(other))
        {
            return null;
        }
        var first = Start > other.Start ? Start : other.Start;
        var last = End < other.End ? End : other.End;
        return Range(first, last);
    }

    /// <summary>
    /// The period of the same kind and length that comes right after this one: 2023Q4 gives 2024Q1,
    /// a term 2021/2025 gives 2026/2030. A year to date moves to the same day of the next year.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The next period would be after the year 9999.</exception>
    public ReportingPeriod Next() => Kind switch
    {
        PeriodKind.Year => Year(Start.Year + 1),
        PeriodKind.HalfYear => Start.Month == 1 ? HalfYear(Start.Year, 2) : HalfYear(Start.Year + 1, 1),
        PeriodKind.Quarter => Start.Month == 10 ? Quarter(Start.Year + 1, 1) : Quarter(Start.Year, (Start.Month - 1) / 3 + 2),
        PeriodKind.Month => Start.Month == 12 ? Month(Start.Year + 1, 1) : Month(Start.Year, Start.Month + 1),
        PeriodKind.YearToDate => YearToDate(End.PlusYears(1)),
        PeriodKind.Term => Term(End.Year + 1, End.Year + End.Year - Start.Year + 1),
        PeriodKind.CampaignYear => CampaignYear(Start.Year + 1, Start.Month),
        _ => NextRange(),
    };

    private ReportingPeriod NextRange()
    {
        // NodaTime reports stepping past 9999-12-31 as an OverflowException; keep the documented exception.
        if (NodaTime.Period.DaysBetween(End, LastIsoDay) < Days)
        {
            throw new ArgumentOutOfRangeException(nameof(End), End, "The next range would end after 9999.");
        }
        return Range(End.PlusDays(1), End.PlusDays(Days));
    }

    /// <summary>Parses a period id such as <c>2023</c>, <c>2023H1</c>, <c>2023Q4</c>, <c>2023-11</c>, <c>YTD2023-11-10</c>, <c>2021/2025</c>, <c>CY2023-10</c> or <c>2023-01-05/2023-03-10</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a period id; the message says why.</exception>
    public static ReportingPeriod Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Parse(id.AsSpan(), null);
    }

    /// <summary>Tries to parse a period id; never throws on bad text.</summary>
    public static bool TryParse(string? id, out ReportingPeriod period) => Read(id).TryGetValue(out period);

    /// <summary>
    /// Reads a period id (see <see cref="Parse(string)"/>), with spaces around it, or says why the text is not one:
    /// <see cref="ParseFailure.UnknownForm"/>, <see cref="ParseFailure.OutOfRange"/> (<c>2023Q5</c>),
    /// <see cref="ParseFailure.BadDate"/> (<c>YTD2023-02-30</c>), <see cref="ParseFailure.EndBeforeStart"/>
    /// (<c>2025/2021</c>) or <see cref="ParseFailure.Empty"/>. Never throws on bad text.
    /// </summary>
    public static Text.ParseResult<ReportingPeriod> Read(ReadOnlySpan<char> id)
    {
        var text = id.Trim();
        if (text.IsEmpty)
        {
            return Text.ParseResult<ReportingPeriod>.ForFailure(ParseFailure.Empty);
        }
        try
        {
            var failure = ReadTrimmed(text, out var period);
            return failure == ParseFailure.None ? Text.ParseResult<ReportingPeriod>.ForValue(period) : Text.ParseResult<ReportingPeriod>.ForFailure(failure);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A well-formed id whose period cannot exist, such as a campaign year running past 9999.
            return Text.ParseResult<ReportingPeriod>.ForFailure(ParseFailure.OutOfRange);
        }
    }

    /// <summary>Parses a period id; ids are the same in every culture, so <paramref name="provider"/> is not used.</summary>
    /// <exception cref="FormatException">The text is not a period id; the message says why.</exception>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var result = Read(s);
        return result.Success ? result.Value : throw new FormatException($"'{s}' is not a period id: {result.Reason.English}.");
    }

    /// <summary>Tries to parse a period id; ids are the same in every culture, so <paramref name="provider"/> is not used.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) => Read(s).TryGetValue(out result);

    /// <summary>Parses a period id; ids are the same in every culture, so <paramref name="provider"/> is not used.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a period id; the message says why.</exception>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Tries to parse a period id; ids are the same in every culture, so <paramref name="provider"/> is not used.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => Read(s).TryGetValue(out result);

    private static ParseFailure ReadTrimmed(ReadOnlySpan<char> text, out ReportingPeriod period)
    {
        period = default;
        if (text.StartsWith("YTD", StringComparison.OrdinalIgnoreCase))
        {
            var date = ReadDate(text[3..], out var asOf);
            if (date == ParseFailure.None)
            {
                period = YearToDate(asOf);
            }
            return date;
        }
        if (text.StartsWith("CY", StringComparison.OrdinalIgnoreCase))
        {
            var rest = text[2..];
            if (rest.Length != 7 || rest[4] != '-' || !AllDigits(rest[..4]) || !AllDigits(rest[5..]))
            {
                return ParseFailure.UnknownForm;
            }
            if (!TryInt(rest[..4], out var cy) || !TryInt(rest[5..], out var cm) || cm > 12)
            {
                return ParseFailure.OutOfRange;
            }
            period = CampaignYear(cy, cm);
            return ParseFailure.None;
        }
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            var left = text[..slash];
            var right = text[(slash + 1)..];
            if (left.Length == 4 && right.Length == 4 && AllDigits(left) && AllDigits(right))
            {
                if (!TryInt(left, out var first) || !TryInt(right, out var last))
                {
                    return ParseFailure.OutOfRange;
                }
                if (first > last)
                {
                    return ParseFailure.EndBeforeStart;
                }
                period = Term(first, last);
                return ParseFailure.None;
            }
            var fromFailure = ReadDate(left, out var from);
            if (fromFailure != ParseFailure.None)
            {
                return fromFailure;
            }
            var toFailure = ReadDate(right, out var to);
            if (toFailure != ParseFailure.None)
            {
                return toFailure;
            }
            if (from > to)
            {
                return ParseFailure.EndBeforeStart;
            }
            period = Range(from, to);
            return ParseFailure.None;
        }
        if (text.Length == 4 && AllDigits(text))
        {
            if (!TryInt(text, out var year))
            {
                return ParseFailure.OutOfRange;
            }
            period = Year(year);
            return ParseFailure.None;
        }
        if (text.Length == 6 && AllDigits(text[..4]) && AllDigits(text[5..]) && char.ToUpperInvariant(text[4]) is 'H' or 'Q')
        {
            if (!TryInt(text[..4], out var y) || !TryInt(text[5..], out var n))
            {
                return ParseFailure.OutOfRange;
            }
            switch (char.ToUpperInvariant(text[4]))
            {
                case 'H' when n is 1 or 2:
                    period = HalfYear(y, n);
                    return ParseFailure.None;
                case 'Q' when n is >= 1 and <= 4:
                    period = Quarter(y, n);
                    return ParseFailure.None;
                default:
                    return ParseFailure.OutOfRange;
            }
        }
        if (text.Length == 7 && text[4] == '-' && AllDigits(text[..4]) && AllDigits(text[5..]))
        {
            if (!TryInt(text[..4], out var my) || !TryInt(text[5..], out var mm) || mm > 12)
            {
                return ParseFailure.OutOfRange;
            }
            period = Month(my, mm);
            return ParseFailure.None;
        }
        return ParseFailure.UnknownForm;
    }

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    // One to four digits making a number of at least 1.
    private static bool TryInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 4)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1;
    }

    // An ISO date, yyyy-MM-dd, of a year from 1.
    private static ParseFailure ReadDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text[..4]) || !AllDigits(text[5..7]) || !AllDigits(text[8..]))
        {
            return ParseFailure.UnknownForm;
        }
        if (!TryInt(text[..4], out var year))
        {
            return ParseFailure.OutOfRange;
        }
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ParseFailure.BadDate;
        }
        date = new LocalDate(year, month, day);
        return ParseFailure.None;
    }

    private string FormatId()
    {
        var s = Start;
        return Kind switch
        {
            PeriodKind.Year => s.Year.ToString("D4", CultureInfo.InvariantCulture),
            PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{s.Year:D4}H{(s.Month == 1 ? 1 : 2)}"),
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{s.Year:D4}Q{(s.Month - 1) / 3 + 1}"),
            PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{s.Year:D4}-{s.Month:D2}"),
            PeriodKind.YearToDate => "YTD" + IsoDate.Format(End),
            PeriodKind.Term => string.Create(CultureInfo.InvariantCulture, $"{s.Year:D4}/{End.Year:D4}"),
            PeriodKind.CampaignYear => string.Create(CultureInfo.InvariantCulture, $"CY{s.Year:D4}-{s.Month:D2}"),
            _ => IsoDate.Format(s) + "/" + IsoDate.Format(End),
        };
    }

    // Computed within the month rather than as "first day of the next period minus one", which would step
    // past 9999-12-31 (the largest ISO date NodaTime has) for the last periods of 9999.
    private static LocalDate EndOfMonth(int year, int month) => new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private static void CheckYear(int year) => Utility.Preconditions.CheckRange(year, 1, 9999);

    private static void CheckIso(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Periods use the ISO calendar.", nameof(date));
        }
        CheckYear(date.Year);
    }

    /// <summary>Formats the period in a culture of the library: Vietnamese text or the invariant id-based English text.</summary>
    public string ToString(TextCulture culture) => PeriodFormat.Format(this, culture);

    /// <summary>Returns the stable id.</summary>
    public override string ToString() => Id;

    /// <summary>
    /// Formats the period: format <c>"I"</c> (or null) is the stable id, which every culture shares; <c>"T"</c> the text of
    /// <see cref="PeriodFormat"/> in the provider's culture (Vietnamese for a <see cref="CultureInfo"/> whose name starts
    /// with <c>vi</c>, invariant otherwise; culture data is never read).
    /// </summary>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "I" => Id,
        "T" => ToString(TextCultures.Of(formatProvider)),
        _ => throw new FormatException($"Unknown format '{format}' for a period; use I or T."),
    };

    /// <summary>Formats the period into <paramref name="destination"/>, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <exception cref="FormatException">The format is not one of those of <see cref="ToString(string, IFormatProvider)"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextCultures.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);

    /// <summary>Orders by start, then by end, then by kind.</summary>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    /// <summary>Whether two periods have the same kind and days.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ in kind or days.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);
}
