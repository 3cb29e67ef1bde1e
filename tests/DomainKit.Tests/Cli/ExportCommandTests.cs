using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

/// <summary>Every test here reads the example dataset, so needs the JSON reader.</summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("csv", ".csv")]
    [InlineData("json", ".json")]
    [InlineData("markdown", ".md")]
    [InlineData("html", ".html")]
    [InlineData("xlsx", ".xlsx")]
    [InlineData("docx", ".docx")]
    public async Task Export_writes_the_standard_report_in_every_format(string format, string extension)
    {
        using var cli = new Cli();
        var path = cli.PathOf("report" + extension);

        var run = await Cli.Run("export", Cli.ExampleJson, "--format", format, "--output", path, "--as-of", "2024-03-25");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task The_markdown_export_has_the_four_tables_of_the_dataset()
    {
        using var cli = new Cli();
        var path = cli.PathOf("report.md");

        var run = await Cli.Run("export", Cli.ExampleJson, "--output", path, "--as-of", "2024-03-25", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith("# Summary report: ", text, StringComparison.Ordinal);
        foreach (var title in new[] { "Models by main field", "Models by unit", "Funds since inception, with their balance", "Pledges by unit" })
        {
            Assert.Contains("## " + title, text, StringComparison.Ordinal);
        }
        Assert.Contains("Source: binh-phuoc-2023.json.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_data_with_errors_writes_the_report_with_its_findings_and_exits_1()
    {
        using var cli = new Cli();
        var data = new DomainKit.Tests.Validation.TestData();
        data.Entries[1] = new DomainKit.Funds.Disbursement(DomainKit.Tests.Validation.TestData.TheFund, new NodaTime.LocalDate(2023, 4, 1), new DomainKit.Money.Dong(6_000_000));
        var input = await cli.WriteJson("overdrawn.json", data.Build());
        var path = cli.PathOf("report.md");

        var run = await Cli.Run("export", input, "--output", path, "--as-of", "2025-01-01", "--period", "2023");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        Assert.Contains("`DK501`", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }
}
