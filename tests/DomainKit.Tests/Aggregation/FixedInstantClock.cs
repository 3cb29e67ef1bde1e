using NodaTime;

namespace DomainKit.Tests.Aggregation;

internal sealed class FixedInstantClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
