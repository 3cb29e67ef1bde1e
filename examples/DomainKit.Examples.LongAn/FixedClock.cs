using NodaTime;

namespace DomainKit.Examples.LongAn;

/// <summary>A clock stuck at one instant, so that every run stamps its tables alike.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    /// <summary>The report's publication: "Chủ Nhật, 15/6/2014 8:50'(GMT+7)", which is 01:50 UTC.</summary>
    public static FixedClock AtPublication { get; } = new(Instant.FromUtc(2014, 6, 15, 1, 50));

    /// <summary>The instant the clock is fixed at.</summary>
    public Instant Now { get; } = now;

    /// <inheritdoc/>
    public Instant GetCurrentInstant() => Now;
}
