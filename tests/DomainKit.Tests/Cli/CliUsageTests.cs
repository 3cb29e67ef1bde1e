using DomainKit.Cli;

namespace DomainKit.Tests.Cli;

/// <summary>Help and usage errors: none of these reads a dataset.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public async Task Help_of_the_tool_lists_every_command_and_the_exit_codes()
    {
        var run = await Cli.Run("--help");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        foreach (var command in new[] { "validate", "report", "export", "convert", "generate" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
        Assert.Contains("0 fine, 1 findings of severity error, 2 usage errors", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", new[] { "<input>", "--as-of", "--culture", "--quiet" })]
    [InlineData("report", new[] { "<input>", "--measures", "--group-by", "--root", "--period", "--format", "--output", "--money", "--culture", "--quiet", "contributions@since-inception", "unit-level-N", "xlsx" })]
    [InlineData("export", new[] { "<input>", "--format", "--output", "--root", "--period", "--as-of", "--money", "--culture", "--quiet", "docx" })]
    [InlineData("convert", new[] { "<input>", "<output>", "--culture", "--quiet" })]
    [InlineData("generate", new[] { "--scale", "--output", "--seed", "--culture", "--quiet" })]
    public async Task Help_of_each_command_exits_0_and_names_its_options(string command, string[] options)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var run = await Cli.Run(command, help);

            Assert.True(run.Code == ExitCodes.Success, run.ToString());
            Assert.Contains($"domainkit {command}", run.Out, StringComparison.Ordinal);
            Assert.All(options, option => Assert.Contains(option, run.Out, StringComparison.Ordinal));
            Assert.Empty(run.Error);
        }
    }

    public static TheoryData<string[]> WrongCommandLines { get; } = new(
        [],
        ["frobnicate"],
        ["validate"],
        ["validate", "a.json", "--culture", "fr"],
        ["validate", "a.json", "--no-such-option"],
        ["report", "a.json"],
        ["export", "a.json"],
        ["convert", "a.json"],
        ["generate", "--output", "a.json"],
        ["generate", "--scale", "2", "--output", "a.json"],
        ["generate", "--scale", "0.00001", "--output", "a.json"],
        ["generate", "--scale", "much", "--output", "a.json"],
        ["generate", "--scale", "0.001"]);

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task A_wrong_command_line_exits_2_with_the_reason_on_stderr(string[] args)
    {
        var run = await Cli.Run(args);

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.NotEmpty(run.Error);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("report", "--measures", "pledges")]
    [InlineData("export", "--output", "x.md")]
    [InlineData("convert", "out.zip")]
    public async Task A_missing_input_exits_2_and_names_it(string command, params string[] rest)
    {
        using var cli = new Cli();
        var missing = cli.PathOf("no-such-dataset.json");

        var run = await Cli.Run([command, missing, .. rest, "--culture", "vi"]);

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("no-such-dataset.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_is_reported_in_English_when_asked()
    {
        var run = await Cli.Run("validate", "no-such-dataset.json", "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("The input file or folder does not exist: no-such-dataset.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_input_that_is_no_dataset_form_exits_2()
    {
        using var cli = new Cli();
        var text = cli.PathOf("notes.txt");
        await File.WriteAllTextAsync(text, "hello");

        var run = await Cli.Run("validate", text, "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("a .json file, a .zip file or a folder of CSV files", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--measures", "no-such-measure", "There is no measure 'no-such-measure'. There are: active-models, launched-models")]
    [InlineData("--measures", "fund-balance@since-inception", "'fund-balance' is not a flow")]
    [InlineData("--measures", "contributions@forever", "There is no window 'forever'")]
    [InlineData("--group-by", "no-such-dimension", "There is no dimension 'no-such-dimension'. There are: field, field-root")]
    [InlineData("--format", "pdf", "There is no format 'pdf'. There are: csv, json, markdown, html, xlsx, docx")]
    [InlineData("--period", "last-year", "'last-year' is not a period id")]
    [InlineData("--output", "report.pdf", "No format writes files like report.pdf")]
    [InlineData("--format", "xlsx", "The xlsx format writes a binary file; name it with --output")]
    public async Task Report_terms_are_checked_before_the_data_is_read_and_exit_2_with_what_there_is(string option, string value, string message)
    {
        // The input does not exist: the terms must fail first.
        string[] args = ["report", "no-such-dataset.json", "--measures", "pledges", "--culture", "en", option, value];

        var run = await Cli.Run(args);

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "no-such-dataset.json", "--output", "report.pdf")]
    [InlineData("convert", "no-such-dataset.json", "out.txt")]
    [InlineData("generate", "--scale", "0.0001", "--output", "out.txt")]
    public async Task An_output_no_format_writes_exits_2_before_any_work(params string[] args)
    {
        var run = await Cli.Run([.. args, "--culture", "en"]);

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Matches("No format writes files like|a .json file, a .zip file or a folder", run.Error);
    }
}
