using DomainKit.Cli;
using DomainKit.Data;
using DomainKit.Interchange;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Tests.Cli;

public sealed class IndicatorsCommandTests
{
    private static Dataset Map() => new DatasetBuilder()
        .Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province },
            new Unit { Id = "huyen-a", Name = "Huyện A", Kind = UnitKind.District, ParentId = "tinh" },
            new Unit { Id = "huyen-b", Name = "Huyện B", Kind = UnitKind.District, ParentId = "tinh" })
        .Build();

    private static Submission Filed(string unit, string indicator, string value)
        => new()
        {
            Key = new SubmissionKey(unit, "dvk-year", ReportingPeriod.Year(2023)),
            Figures = [new SubmittedFigure(indicator, FigureValue.Read(value, Indicator(indicator).Kind, Text.TextCulture.Vietnamese).Value)],
        };

    private static DomainKit.Indicators.Indicator Indicator(string code) => DomainKit.Indicators.Indicator.FromCode(code);

    private static async Task<string> WriteSheet(Cli cli, params Submission[] submissions)
    {
        var path = Path.Combine(Path.GetDirectoryName(await cli.WriteJson("map.json", Map()))!, "figures.csv");
        await using var file = File.Create(path);
        await FiguresSheet.WriteAsync(new SubmissionSet(submissions), file);
        return path;
    }

    [Fact]
    public async Task The_roll_up_of_a_figures_sheet_is_printed_honestly_with_its_checks()
    {
        using var cli = new Cli();
        var sheet = await WriteSheet(cli,
            Filed("huyen-a", "money-raised", "trên 730 triệu"), Filed("huyen-b", "money-raised", "12.345.678 đồng"),
            Filed("tinh", "models-launched", "9"), Filed("huyen-a", "models-launched", "3"), Filed("huyen-b", "models-launched", "4"));
        var map = Path.Combine(Path.GetDirectoryName(sheet)!, "map.json");

        var run = await Cli.Run("indicators", map, "--submissions", sheet, "--form", "dvk-year", "--period", "2023", "--completeness", "--as-of", "2024-01-20");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.True(run.Out.Contains("Số tiền vận động được | trên 730 triệu đồng | 12.345.678 đ | trên 742 triệu đồng", StringComparison.Ordinal), run.Out);
        Assert.Contains("Mô hình ra mắt mới | 3 | 4 | 7", run.Out, StringComparison.Ordinal);
        Assert.Contains("DK831", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roll_up_and_who_filed_go_through_an_exporter_when_a_format_is_named()
    {
        using var cli = new Cli();
        var sheet = await WriteSheet(cli, Filed("huyen-a", "money-raised", "trên 730 triệu"), Filed("huyen-a", "models-launched", "3"));
        var map = Path.Combine(Path.GetDirectoryName(sheet)!, "map.json");

        var run = await Cli.Run("indicators", map, "--submissions", sheet, "--form", "dvk-year", "--period", "2023", "--completeness", "--as-of", "2024-01-20",
            "--format", "markdown");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.StartsWith("# Tỉnh: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Số tiền vận động được | trên 730 triệu đồng | – | trên 730 triệu đồng |", run.Out, StringComparison.Ordinal);
        Assert.Contains("## Số đơn vị gửi báo cáo", run.Out, StringComparison.Ordinal);
        Assert.Contains("## Từng đơn vị", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_is_written_to_the_file_named_in_the_format_of_its_extension()
    {
        using var cli = new Cli();
        var sheet = await WriteSheet(cli, Filed("huyen-a", "models-launched", "3"), Filed("tinh", "models-launched", "9"));
        var map = Path.Combine(Path.GetDirectoryName(sheet)!, "map.json");
        var output = Path.Combine(Path.GetDirectoryName(sheet)!, "report.json");

        var run = await Cli.Run("indicators", map, "--submissions", sheet, "--form", "dvk-year", "--period", "2023", "--completeness", "--as-of", "2024-01-20",
            "--output", output, "--culture", "en");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var schema = DomainKit.Tests.Export.JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "report.v1.schema.json"));
        Assert.Empty(schema.Validate(json.RootElement));
        Assert.Equal(["indicators", "completeness", "completeness-units"],
            json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal("en", json.RootElement.GetProperty("culture").GetString());
        Assert.DoesNotContain("Models launched", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_of_an_unknown_unit_is_an_error_with_exit_code_1()
    {
        using var cli = new Cli();
        var sheet = await WriteSheet(cli, Filed("xa-khong-co", "models-launched", "3"));
        var map = Path.Combine(Path.GetDirectoryName(sheet)!, "map.json");

        var run = await Cli.Run("indicators", map, "--submissions", sheet, "--form", "dvk-year", "--period", "2023", "--culture", "en");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        Assert.Contains("DK766", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_form_or_a_missing_file_is_a_usage_error()
    {
        using var cli = new Cli();
        var sheet = await WriteSheet(cli, Filed("huyen-a", "models-launched", "3"));
        var map = Path.Combine(Path.GetDirectoryName(sheet)!, "map.json");

        var unknownForm = await Cli.Run("indicators", map, "--submissions", sheet, "--form", "nope", "--period", "2023");
        var missing = await Cli.Run("indicators", map, "--submissions", sheet + ".none", "--form", "dvk-year", "--period", "2023");

        Assert.True(unknownForm.Code == ExitCodes.UsageOrUnreadable, unknownForm.ToString());
        Assert.True(missing.Code == ExitCodes.UsageOrUnreadable, missing.ToString());
    }
}
