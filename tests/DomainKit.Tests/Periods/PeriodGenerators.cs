using DomainKit.Periods;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Periods;

/// <summary>FsCheck generators for dates and periods of every kind in the years 1900 to 2100.</summary>
internal static class PeriodGenerators
{
    public static readonly LocalDate FirstDay = new(1900, 1, 1);
    public static readonly LocalDate LastDay = new(2100, 12, 31);

    public static Gen<int> Years => Gen.Choose(FirstDay.Year, LastDay.Year);

    public static Gen<LocalDate> Dates =>
        Gen.Choose(0, NodaTime.Period.DaysBetween(FirstDay, LastDay)).Select(offset => FirstDay.PlusDays(offset));

    public static Gen<ReportingPeriod> Periods => Gen.OneOf(
        Years.Select(ReportingPeriod.Year),
        from year in Years from half in Gen.Choose(1, 2) select ReportingPeriod.HalfYear(year, half),
        from year in Years from quarter in Gen.Choose(1, 4) select ReportingPeriod.Quarter(year, quarter),
        from year in Years from month in Gen.Choose(1, 12) select ReportingPeriod.Month(year, month),
        Dates.Select(ReportingPeriod.YearToDate),
        from first in Years from length in Gen.Choose(0, 9) select ReportingPeriod.Term(first, Math.Min(first + length, LastDay.Year)),
        from year in Years from month in Gen.Choose(1, 12) select ReportingPeriod.CampaignYear(year, month),
        from start in Dates from length in Gen.Choose(0, 800) select ReportingPeriod.Range(start, Min(start.PlusDays(length), LastDay)));

    public static Arbitrary<ReportingPeriod> PeriodArbitrary => Periods.ToArbitrary();

    public static Arbitrary<LocalDate> DateArbitrary => Dates.ToArbitrary();

    /// <summary>Any string, and strings built from fragments of the grammars so the parsers get past their first checks.</summary>
    public static Arbitrary<string> TextArbitrary
    {
        get
        {
            string[] fragments =
            [
                "năm", "nam", "quý", "IV", "iii", "tháng", "đầu", "cuối", "6", "từ", "đến", "ngày", "nhiệm kỳ", "toàn khoá",
                "giai đoạn", "năm vận động", "Q", "H", "YTD", "CY", "year to", "term", "campaign year", "February", "Sept",
                "2023", "9999", "0000", "10000", "1", "31", "29", "00", "02", "/", "-", "–", ".", ",", " ", "  ", "\t",
                "\u0301", "\u0306", "\u00A0", "\u200B", "١", "nay", "het", "from", "to",
            ];
            var built = Gen.ListOf(Gen.Elements(fragments)).Select(parts => string.Join(string.Empty, parts));
            var spaced = Gen.ListOf(Gen.Elements(fragments)).Select(parts => string.Join(' ', parts));
            var any = ArbMap.Default.ArbFor<string>().Generator;
            return Gen.OneOf(built, spaced, any).ToArbitrary();
        }
    }

    public static IEnumerable<TextCulture> Cultures => [TextCulture.Vietnamese, TextCulture.English];

    private static LocalDate Min(LocalDate left, LocalDate right) => left < right ? left : right;
}
