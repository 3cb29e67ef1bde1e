using DomainKit.Cli;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Tests.Validation;

namespace DomainKit.Tests.Cli;

/// <summary><c>export</c> and <c>report</c> on data that cannot be right: findings and an exit code, never a stack trace.</summary>
public sealed class ExportBadDataTests
{
    [Fact]
    public async Task Export_of_a_fund_whose_name_is_null_writes_the_report_with_the_fund_by_its_id_and_exits_1()
    {
        using var cli = new Cli();
        var data = TestData.Valid().WithFund(f => f with { Name = null! });
        var input = await cli.WriteJson("unnamed.json", data.Build());
        var path = cli.PathOf("report.md");

        var run = await Cli.Run("export", input, "--output", path, "--as-of", "2025-01-01", "--period", "2023", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("| quy-tk |", text, StringComparison.Ordinal);
        Assert.Contains("`DK101`", text, StringComparison.Ordinal);
    }

    private static TestData Overflowing()
    {
        // Each fund's ledger fits in 64 bits; the two funds together do not.
        var data = TestData.Valid();
        data.Funds.Add(new Fund { Id = "quy-2", Name = "Quỹ thứ hai", OwnerId = TestData.CommuneId });
        data.Entries.Add(new Contribution(TestData.TheFund, TestData.D(2023, 5, 1), new Dong(long.MaxValue / 2)));
        data.Entries.Add(new Contribution("quy-2", TestData.D(2023, 5, 1), new Dong(long.MaxValue / 2)));
        return data;
    }

    [Fact]
    public async Task Export_of_funds_adding_up_past_64_bits_writes_the_report_without_the_funds_table_says_why_and_exits_1()
    {
        using var cli = new Cli();
        var input = await cli.WriteJson("overflow.json", Overflowing().Build());
        var path = cli.PathOf("report.md");

        var run = await Cli.Run("export", input, "--output", path, "--as-of", "2025-01-01", "--period", "2023", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        Assert.Contains("DK107", run.Error, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain("## Funds since inception", text, StringComparison.Ordinal);
        Assert.Contains("## Models by unit", text, StringComparison.Ordinal);
        Assert.Contains("The table “Funds since inception, with their balance” cannot be computed", text, StringComparison.Ordinal);
        Assert.Contains("`DK107`", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_of_funds_adding_up_past_64_bits_says_so_and_exits_1()
    {
        using var cli = new Cli();
        var input = await cli.WriteJson("overflow.json", Overflowing().Build());

        var run = await Cli.Run("report", input, "--measures", "contributions", "--group-by", "fund", "--period", "2023", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        Assert.Contains("DK107", run.Error, StringComparison.Ordinal);
    }
}
