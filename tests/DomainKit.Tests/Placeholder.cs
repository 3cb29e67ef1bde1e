namespace DomainKit.Tests;

public sealed class BuildSmokeTests
{
    [Fact]
    public void Period_ids_round_trip_for_a_quarter() => Assert.Equal("2023Q4", DomainKit.Periods.Period.Parse("2023Q4").Id);
}
