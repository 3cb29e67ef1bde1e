using DomainKit.Cli;
using DomainKit.Tests.Aggregation;

namespace DomainKit.Tests.Cli;

/// <summary><c>report</c> and <c>export</c> on the map as recorded or on the map of a date (<c>--basis</c>, <c>--show-former</c>).</summary>
public sealed class MapBasisCommandTests
{
    [Fact]
    public async Task Report_on_the_map_of_a_date_groups_the_old_data_by_the_new_units()
    {
        using var cli = new Cli();
        var data = await cli.WriteJson("map.json", Reorganisation2025.Build());

        var recorded = await Cli.Run("report", data, "--root", "ca-nuoc", "--period", "2023", "--measures", "contributions", "--group-by", "unit-level-3", "--money", "plain", "--as-of", "2026-12-01");
        var onNewMap = await Cli.Run("report", data, "--root", "tinh-c", "--period", "2023", "--measures", "contributions", "--group-by", "child-of-root", "--basis", "2026-01-01", "--money", "plain");

        Assert.True(recorded.Code == ExitCodes.Success, recorded.ToString());
        Assert.True(onNewMap.Code == ExitCodes.Success, onNewMap.ToString());
        Assert.Contains("| Xã A1-2 |", recorded.Out, StringComparison.Ordinal);
        Assert.Contains("| Xã A1 Mới | " + Reorganisation2025.Sum("xa-a1-2", "xa-a1-3") + " |", onNewMap.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Xã A1-2", onNewMap.Out, StringComparison.Ordinal);
        Assert.Contains("| **Tổng cộng** | **" + Reorganisation2025.Sum(Reorganisation2025.Recorders) + "** |", onNewMap.Out, StringComparison.Ordinal);
        Assert.Contains("| **Tổng cộng** | **" + Reorganisation2025.Sum(Reorganisation2025.Recorders) + "** |", recorded.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_can_show_former_units_apart_on_the_map_of_a_date()
    {
        using var cli = new Cli();
        var data = await cli.WriteJson("map.json", Reorganisation2025.Build());

        var run = await Cli.Run("report", data, "--root", "tinh-c", "--period", "2023", "--measures", "contributions", "--group-by", "child-of-root", "--basis", "2026-01-01", "--show-former");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("| Xã A1-2 (cũ) |", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Tỉnh A (cũ) |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_shows_what_it_cannot_place_as_a_row_and_a_finding()
    {
        using var cli = new Cli();
        var data = await cli.WriteJson("map.json", Reorganisation2025.Build(primaryOfSplit: false));

        var run = await Cli.Run("report", data, "--root", "tinh-c", "--period", "2023", "--measures", "contributions", "--group-by", "child-of-root", "--basis", "2026-01-01", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("| Unplaced |", run.Out, StringComparison.Ordinal);
        Assert.Contains("DK851", run.Out, StringComparison.Ordinal);
        Assert.Contains("Phường B1-1 was split between Phường Bắc, Phường Nam and names no primary successor", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_on_a_unit_that_is_not_on_the_map_of_the_date_is_a_usage_error_naming_what_it_became()
    {
        using var cli = new Cli();
        var data = await cli.WriteJson("map.json", Reorganisation2025.Build());

        var run = await Cli.Run("report", data, "--root", "tinh-a", "--period", "2023", "--measures", "contributions", "--basis", "2026-01-01", "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("on that map it is part of Tỉnh C (tinh-c)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    public async Task A_basis_that_is_neither_as_recorded_nor_a_date_is_a_usage_error(string basis)
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--measures", "pledges", "--basis", basis, "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("is not a map of units", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_former_without_a_date_is_a_usage_error()
    {
        var run = await Cli.Run("report", Cli.ExampleJson, "--measures", "pledges", "--show-former", "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
    }

    [Fact]
    public async Task Export_of_the_example_on_the_2026_map_reports_on_the_province_it_merged_into()
    {
        using var cli = new Cli();
        var output = cli.PathOf("report.md");

        var run = await Cli.Run("export", Cli.ExampleJson, "--output", output, "--as-of", "2026-03-25", "--period", "2023", "--basis", "2026-01-01");

        Assert.True(run.Code is ExitCodes.Success or ExitCodes.Findings, run.ToString());
        var text = await File.ReadAllTextAsync(output);
        Assert.StartsWith("# Báo cáo tổng hợp: Tỉnh ủy Đồng Nai, năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("Số liệu theo bản đồ đơn vị ngày 01/01/2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_as_recorded_says_which_map_its_figures_are_on()
    {
        using var cli = new Cli();
        var output = cli.PathOf("report.md");

        var run = await Cli.Run("export", Cli.ExampleJson, "--output", output, "--as-of", "2024-03-25", "--period", "2023");

        Assert.True(run.Code is ExitCodes.Success or ExitCodes.Findings, run.ToString());
        Assert.Contains("Số liệu theo đơn vị như đã ghi nhận, trên bản đồ đơn vị ngày 31/12/2023", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }
}
