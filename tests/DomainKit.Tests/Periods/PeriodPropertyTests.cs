using DomainKit.Periods;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Periods;

public sealed class PeriodPropertyTests
{
    [Property]
    public Property Every_period_reads_back_from_its_id() =>
        Prop.ForAll(PeriodGenerators.PeriodArbitrary, p => ReportingPeriod.Parse(p.Id) == p);

    [Property]
    public Property Every_period_reads_back_from_its_Vietnamese_text() =>
        Prop.ForAll(PeriodGenerators.PeriodArbitrary, p => RoundTrips(p, TextCulture.Vietnamese));

    [Property]
    public Property Every_period_reads_back_from_its_invariant_text() =>
        Prop.ForAll(PeriodGenerators.PeriodArbitrary, p => RoundTrips(p, TextCulture.English));

    [Property]
    public Property Every_date_reads_back_from_each_style_in_each_culture() =>
        Prop.ForAll(
                PeriodGenerators.DateArbitrary,
                date => PeriodGenerators.Cultures.All(culture =>
                    DateFormat.Parse(DateFormat.Format(date, DateStyle.Short, culture), culture) == date
                    && DateFormat.Parse(DateFormat.Format(date, DateStyle.Official, culture), culture) == date));

    [Property]
    public Property The_next_period_starts_the_day_after_this_one_ends_for_all_but_year_to_date() =>
        Prop.ForAll(
                PeriodGenerators.PeriodArbitrary,
                p => p.Kind == PeriodKind.YearToDate || (p.Next().Start == p.End.PlusDays(1) && p.Next().Kind == p.Kind));

    [Property]
    public Property Overlapping_is_symmetric_and_an_intersection_lies_in_both_periods() =>
        Prop.ForAll(
                PeriodGenerators.PeriodArbitrary,
                PeriodGenerators.PeriodArbitrary,
                (left, right) =>
                {
                    var overlaps = left.Overlaps(right);
                    var intersection = left.Intersect(right);
                    return overlaps == right.Overlaps(left)
                        && overlaps == intersection.HasValue
                        && intersection == right.Intersect(left)
                        && (intersection is not { } days || (left.Contains(days) && right.Contains(days)));
                });

    [Property]
    public Property Parsing_random_text_never_throws_and_what_is_accepted_round_trips() =>
        Prop.ForAll(
                PeriodGenerators.TextArbitrary,
                text =>
                {
                    _ = ReportingPeriod.TryParse(text, out _);
                    foreach (var culture in PeriodGenerators.Cultures)
                    {
                        if (PeriodFormat.TryParse(text, culture, out var period) && !RoundTrips(period, culture))
                        {
                            return false;
                        }
                        if (DateFormat.TryParse(text, culture, out var date)
                            && DateFormat.Parse(DateFormat.Format(date, DateStyle.Short, culture), culture) != date)
                        {
                            return false;
                        }
                    }
                    return true;
                });

    private static bool RoundTrips(ReportingPeriod period, TextCulture culture) =>
        PeriodFormat.Parse(PeriodFormat.Format(period, culture), culture) == period;
}
