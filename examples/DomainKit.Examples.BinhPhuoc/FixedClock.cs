using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// A clock stuck at one instant, so that validation ("is this date in the future?") gives the same answer on
/// every run. NodaTime.Testing's FakeClock would do, but that package is not available here.
/// </summary>
public sealed class FixedClock(Instant now) : IClock
{
    /// <summary>
    /// The report's publication: "Thứ hai - 25/03/2024 12:30", Vietnam time (UTC+7), which is 05:30 UTC.
    /// </summary>
    public static FixedClock AtPublication { get; } = new(Instant.FromUtc(2024, 3, 25, 5, 30));

    /// <summary>The instant the clock is fixed at.</summary>
    public Instant Now { get; } = now;

    /// <inheritdoc/>
    public Instant GetCurrentInstant() => Now;
}
