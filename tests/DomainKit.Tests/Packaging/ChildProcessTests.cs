namespace DomainKit.Tests.Packaging;

/// <summary>
/// The time limit of the commands the packaging tests run, what a command that outlives it reports, and how a failed
/// pack is reported once.
/// </summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void The_limit_is_five_minutes_unless_the_variable_names_other_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), ChildProcess.LimitFrom(null));
        Assert.Equal(TimeSpan.FromMinutes(5), ChildProcess.LimitFrom(" "));
        Assert.Equal(TimeSpan.FromMinutes(15), ChildProcess.LimitFrom("15"));
        Assert.Equal(TimeSpan.FromSeconds(150), ChildProcess.LimitFrom("2.5"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("2,5")]
    [InlineData("ten")]
    [InlineData("NaN")]
    [InlineData("1e9")]
    public void A_limit_that_is_not_a_positive_number_of_minutes_is_refused_naming_the_variable(string minutes)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChildProcess.LimitFrom(minutes));

        Assert.Contains(ChildProcess.LimitVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{minutes}'", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_command_that_outlives_its_limit_is_stopped_and_reported_with_what_it_printed()
    {
        Skip.If(OperatingSystem.IsWindows(), "The command is a POSIX shell's.");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => ChildProcess.RunAsync(
            "sh", ["-c", "echo started; sleep 30"], Path.GetTempPath(), new Dictionary<string, string>(), TimeSpan.FromSeconds(2)));

        Assert.Contains(ChildProcess.LimitVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains("sh -c echo started; sleep 30", error.Message, StringComparison.Ordinal);
        Assert.Contains("--- stdout\nstarted\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_packing_failed_the_first_test_that_asks_fails_with_the_cause_and_the_others_are_skipped()
    {
        var packed = PackedDomainKit.FailedWith("dotnet pack DomainKit.Packages.slnf\nexit code 1\nerror CS1002: ; expected");

        var first = Assert.Throws<PackingFailedException>(packed.Ready);
        var second = Assert.Throws<SkipException>(packed.Ready);
        var third = Assert.Throws<SkipException>(packed.Ready);

        Assert.Contains("error CS1002: ; expected", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CS1002", second.Message, StringComparison.Ordinal);
        Assert.Equal(second.Message, third.Message);
    }
}

