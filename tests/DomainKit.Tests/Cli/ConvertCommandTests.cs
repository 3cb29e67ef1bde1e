using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

/// <summary>Every test here reads a dataset and writes a CSV bundle, so needs the readers and the bundle writer.</summary>
public sealed class ConvertCommandTests
{
    [Theory]
    [InlineData("bp.zip", "en")]
    [InlineData("bp.zip", "vi")]
    [InlineData("bp-bundle", "en")]
    [InlineData("bp-bundle", "vi")]
    public async Task JSON_to_a_bundle_and_back_gives_the_same_bytes(string bundle, string culture)
    {
        using var cli = new Cli();
        var middle = cli.PathOf(bundle);
        var back = cli.PathOf("back.json");

        var there = await Cli.Run("convert", Cli.ExampleJson, middle, "--culture", culture);
        var again = await Cli.Run("convert", middle, back);

        Assert.True(there.Code == ExitCodes.Success, there.ToString());
        Assert.True(again.Code == ExitCodes.Success, again.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(Cli.ExampleJson), await File.ReadAllBytesAsync(back));
    }

    [Fact]
    public async Task Convert_in_Vietnamese_writes_Vietnamese_headers_and_grouped_amounts()
    {
        using var cli = new Cli();
        var folder = cli.PathOf("bp");

        var run = await Cli.Run("convert", Cli.ExampleJson, folder, "--culture", "vi");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        var entries = await File.ReadAllTextAsync(Path.Combine(folder, "fund-entries.csv"));
        Assert.Contains("6.100.542.700", entries, StringComparison.Ordinal);
        Assert.Contains("10/11/2023", entries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JSON_to_JSON_rewrites_the_same_bytes()
    {
        using var cli = new Cli();
        var copy = cli.PathOf("copy.json");

        var run = await Cli.Run("convert", Cli.ExampleJson, copy);

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(Cli.ExampleJson), await File.ReadAllBytesAsync(copy));
    }

    [Fact]
    public async Task The_readers_limits_stop_a_read_past_them_and_can_be_raised_from_the_command_line()
    {
        using var cli = new Cli();

        var limited = await Cli.Run("convert", Cli.ExampleJson, cli.PathOf("small.zip"), "--max-records", "100", "--culture", "en", "--quiet");
        var raised = await Cli.Run("convert", Cli.ExampleJson, cli.PathOf("whole.zip"), "--max-records", "100000000", "--max-bytes", "4294967296", "--quiet");
        var wrong = await Cli.Run("validate", Cli.ExampleJson, "--max-bytes", "10", "--culture", "en");

        Assert.True(limited.Code == ExitCodes.UsageOrUnreadable, limited.ToString());
        Assert.Contains("DK913", limited.Error, StringComparison.Ordinal);
        Assert.True(raised.Code == ExitCodes.Success, raised.ToString());
        Assert.True(wrong.Code == ExitCodes.UsageOrUnreadable, wrong.ToString());
        Assert.Contains("--max-bytes at least 1024", wrong.Error, StringComparison.Ordinal);
    }
}
