using DomainKit.Cli;
using DomainKit.Examples.BinhPhuoc;

namespace DomainKit.Tests.Cli;

/// <summary>Every test here reads the example dataset, so needs the JSON reader.</summary>
public sealed class ReportCommandTests
{
    private static readonly string Root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc.ToString();

    [Fact]
    public async Task Report_prints_a_markdown_table_with_the_total_by_default()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--root", Root, "--period", "2023",
            "--measures", "active-models,exemplary-models", "--group-by", "field-root");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("| Lĩnh vực chính | Mô hình đang hoạt động | Mô hình tiêu biểu |\n| --- | ---: | ---: |\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("| **Tổng cộng** | **60** | **14** |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_takes_windows_unit_levels_and_english()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--root", Root, "--period", "2023",
            "--measures", "contributions@since-inception", "-m", "fund-balance", "--group-by", "unit-level-1", "--culture", "en", "--money", "plain");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("Contributions (since inception)", run.Out, StringComparison.Ordinal);
        Assert.Contains("| **Total** |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_defaults_to_the_largest_top_unit_and_the_latest_year_with_data()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--measures", "active-models", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.StartsWith("# Tỉnh ủy Bình Phước: 2023\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("| **60** |", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.csv", "csv")]
    [InlineData("report.json", "json")]
    [InlineData("report.html", "html")]
    [InlineData("report.xlsx", "xlsx")]
    [InlineData("report.docx", "docx")]
    [InlineData("report.md", "markdown")]
    public async Task Report_writes_the_format_of_the_output_extension(string name, string format)
    {
        using var cli = new Cli();
        var path = cli.PathOf(name);

        var run = await Cli.Run("report", Cli.ExampleJson, "--root", Root, "--measures", "pledges", "--group-by", "child-of-root", "--output", path);

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Empty(run.Out);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.NotEmpty(bytes);
        if (format is "xlsx" or "docx")
        {
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
    }

    [Fact]
    public async Task Report_counts_models_registered_by_the_unit_they_are_committed_to()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--root", Root, "--measures", "registered-models,replicated-models", "--group-by", "committed-to", "--format", "markdown");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("| Đơn vị nhận cam kết | Mô hình đăng ký | Mô hình nhân rộng |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_overrides_the_output_extension()
    {
        using var cli = new Cli();
        var path = cli.PathOf("report.txt");

        var run = await Cli.Run("report", Cli.ExampleJson, "--root", Root, "--measures", "pledges", "--group-by", "child-of-root", "--format", "csv", "--output", path);

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("Đơn vị trực thuộc,Số đăng ký\n", (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_root_exits_2_and_lists_the_top_units()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--root", "nowhere", "--measures", "pledges", "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("The dataset has no unit 'nowhere'. Its top units are: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(Root, run.Error, StringComparison.Ordinal);
    }
}
