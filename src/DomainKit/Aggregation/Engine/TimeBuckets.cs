using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>The months, quarters or years a report's period is cut into, each clipped to the period.</summary>
internal sealed class TimeBuckets
{
    private readonly DimensionSource source;
    private readonly ReportingPeriod first;

    public TimeBuckets(DimensionSource source, ReportingPeriod period)
    {
        this.source = source;
        Period = period;
        var buckets = new List<ReportingPeriod>();
        var current = Whole(source, period.Start);
        first = current;
        while (current.Start <= period.End)
        {
            buckets.Add(current);
            current = current.Next();
        }
        Buckets = buckets;
        Starts = buckets.Select(b => b.Start < period.Start ? period.Start : b.Start).ToArray();
        Ends = buckets.Select(b => b.End > period.End ? period.End : b.End).ToArray();
    }

    public ReportingPeriod Period { get; }

    /// <summary>The whole month, quarter or year of each bucket (its label), in order.</summary>
    public IReadOnlyList<ReportingPeriod> Buckets { get; }

    /// <summary>The first day of each bucket inside the period.</summary>
    public LocalDate[] Starts { get; }

    /// <summary>The last day of each bucket inside the period: where stocks are read.</summary>
    public LocalDate[] Ends { get; }

    public int Count => Buckets.Count;

    /// <summary>
    /// The code after the last bucket, of the row "Không phân bổ được theo kỳ" / "Not attributable to a period": a
    /// summary entry whose span no single bucket holds goes there, since spreading it over buckets would be a guess.
    /// </summary>
    public int Unattributed => Buckets.Count;

    /// <summary>The bucket that holds the whole of <paramref name="span"/>, or <see cref="Unattributed"/>.</summary>
    public int TargetOf(ReportingPeriod span)
    {
        if (span.Start < Period.Start || span.End > Period.End)
        {
            return Unattributed;
        }
        var bucket = IndexOf(span.Start);
        return bucket >= 0 && bucket < Count && span.End <= Ends[bucket] ? bucket : Unattributed;
    }

    /// <summary>The bucket of a day inside the period.</summary>
    public int IndexOf(LocalDate date) => source switch
    {
        DimensionSource.Month => (date.Year - first.Start.Year) * 12 + date.Month - first.Start.Month,
        DimensionSource.Quarter => (date.Year - first.Start.Year) * 4 + (date.Month - 1) / 3 - (first.Start.Month - 1) / 3,
        _ => date.Year - first.Start.Year,
    };

    private static ReportingPeriod Whole(DimensionSource source, LocalDate day) => source switch
    {
        DimensionSource.Month => ReportingPeriod.Month(day.Year, day.Month),
        DimensionSource.Quarter => ReportingPeriod.Quarter(day.Year, (day.Month - 1) / 3 + 1),
        _ => ReportingPeriod.Year(day.Year),
    };
}
