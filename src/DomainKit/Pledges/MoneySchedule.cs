using DomainKit.Money;
using NodaTime;

namespace DomainKit.Pledges;

/// <summary>
/// A recurring money pledge: an amount, or a range of amounts, per day, month or year, from a start day
/// and either to an end day or open-ended. The amount due per instalment is the minimum of the range.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Amount">The amount per instalment, or the low end of the range.</param>
/// <param name="Frequency">How often an instalment falls due.</param>
/// <param name="Start">The first due day.</param>
public sealed record MoneySchedule(Dong Amount, ScheduleFrequency Frequency, LocalDate Start)
{
    /// <summary>The high end of a range ("300.000 đến 500.000 đồng/tháng"), or <see langword="null"/> for a single amount.</summary>
    public Dong? MaximumAmount { get; init; }

    /// <summary>The last day of the schedule, or <see langword="null"/> when it is open-ended.</summary>
    public LocalDate? End { get; init; }

    /// <summary>
    /// The due days from <see cref="Start"/> up to <paramref name="through"/> and the schedule's end,
    /// whichever comes first. Monthly and yearly instalments keep the start's day, clamped to the month's length.
    /// </summary>
    public IEnumerable<LocalDate> DueDates(LocalDate through)
    {
        var last = End is LocalDate end && end < through ? end : through;
        for (var n = 0; ; n++)
        {
            var due = Frequency switch
            {
                ScheduleFrequency.Daily => Start.PlusDays(n),
                ScheduleFrequency.Monthly => Start.PlusMonths(n),
                _ => Start.PlusYears(n),
            };
            if (due > last)
            {
                yield break;
            }
            yield return due;
        }
    }
}
