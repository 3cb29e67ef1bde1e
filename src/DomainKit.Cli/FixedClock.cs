using NodaTime;

namespace DomainKit.Cli;

/// <summary>A clock stuck at noon, Vietnam time, of the day <c>--as-of</c> names, so that rules about "today" give that day's answers.</summary>
internal sealed class FixedClock(LocalDate day) : IClock
{
    private readonly Instant now = day.At(new LocalTime(12, 0)).InZoneLeniently(DateTimeZone.ForOffset(Offset.FromHours(7))).ToInstant();

    public Instant GetCurrentInstant() => now;

    /// <summary>The clock of <paramref name="day"/>, or the system clock when none is given.</summary>
    public static IClock Of(LocalDate? day) => day is { } d ? new FixedClock(d) : SystemClock.Instance;
}
