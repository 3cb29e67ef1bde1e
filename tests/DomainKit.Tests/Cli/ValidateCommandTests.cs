using DomainKit.Cli;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Tests.Validation;
using NodaTime;

namespace DomainKit.Tests.Cli;

/// <summary>Every test here reads a dataset, so needs the JSON reader (and the bundle reader where it reads one).</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_example_dataset_validates_with_no_errors()
    {
        var run = await Cli.Run("validate", Cli.ExampleJson, "--as-of", "2024-03-25");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.Contains("bản ghi đã đọc, 0 bị loại: 0 lỗi, 0 cảnh báo", run.Out, StringComparison.Ordinal);
        Assert.Contains("quy tắc đã chạy: 0 lỗi, 0 cảnh báo, 0 thông tin", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_errors_exit_1_and_are_printed_in_the_chosen_language()
    {
        using var cli = new Cli();
        var data = new TestData();
        data.Entries[1] = new Disbursement(TestData.TheFund, new LocalDate(2023, 4, 1), new Dong(6_000_000));
        var path = await cli.WriteJson("overdrawn.json", data.Build());

        var vietnamese = await Cli.Run("validate", path, "--as-of", "2025-01-01");
        var english = await Cli.Run("validate", path, "--as-of", "2025-01-01", "--culture", "en");

        Assert.True(vietnamese.Code == ExitCodes.Findings, vietnamese.ToString());
        Assert.Contains("DK501 lỗi fund-entry:quy-tk#1.Amount: Khoản chi 6.000.000 đ ngày 01/04/2023 vượt số dư", vietnamese.Out, StringComparison.Ordinal);
        Assert.True(english.Code == ExitCodes.Findings, english.ToString());
        Assert.Contains("DK501 error fund-entry:quy-tk#1.Amount: The outflow of 6,000,000 VND", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_of_fixes_the_day_rules_about_the_future_compare_with()
    {
        using var cli = new Cli();
        var path = await cli.WriteJson("valid.json", new TestData().Build());

        // The test data holds entries of 2023: seen from 2022 they lie in the future.
        var before = await Cli.Run("validate", path, "--as-of", "2022-01-01", "--culture", "en");
        var after = await Cli.Run("validate", path, "--as-of", "2025-01-01", "--culture", "en");

        Assert.Contains("DK104 warning", before.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DK104", after.Out, StringComparison.Ordinal);
        Assert.True(after.Code == ExitCodes.Success, after.ToString());
    }

    [Fact]
    public async Task A_bad_as_of_date_exits_2()
    {
        var run = await Cli.Run("validate", Cli.ExampleJson, "--as-of", "25/03/2024", "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("is not a date written yyyy-MM-dd", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ this is not JSON")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"format\":\"something-else\",\"version\":1}")]
    public async Task A_file_that_cannot_be_read_exits_2_and_says_where(string content)
    {
        using var cli = new Cli();
        var path = cli.PathOf("broken.json");
        await File.WriteAllTextAsync(path, content);

        var run = await Cli.Run("validate", path, "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Matches("broken.json(:\\d+)*:? DK90[12] error", run.Out);
        Assert.Contains("cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_records_exit_1_and_are_listed()
    {
        using var cli = new Cli();
        var path = await cli.WriteJson("good.json", new TestData().Build());
        // An amount of 2^64 fits no long: the reader rejects that entry and keeps the rest.
        var text = (await File.ReadAllTextAsync(path)).Replace("5000000", "18446744073709551616", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);

        var run = await Cli.Run("validate", path, "--culture", "en", "--as-of", "2025-01-01");

        Assert.True(run.Code == ExitCodes.Findings, run.ToString());
        Assert.Contains("DK904 error", run.Out, StringComparison.Ordinal);
        Assert.Contains("18446744073709551616", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zipped_bundle_and_a_folder_are_validated_too()
    {
        using var cli = new Cli();
        var zip = cli.PathOf("bp.zip");
        var folder = cli.PathOf("bp");
        Assert.Equal(ExitCodes.Success, (await Cli.Run("convert", Cli.ExampleJson, zip)).Code);
        Assert.Equal(ExitCodes.Success, (await Cli.Run("convert", Cli.ExampleJson, folder)).Code);

        var fromZip = await Cli.Run("validate", zip, "--as-of", "2024-03-25");
        var fromFolder = await Cli.Run("validate", folder, "--as-of", "2024-03-25");

        Assert.True(fromZip.Code == ExitCodes.Success, fromZip.ToString());
        Assert.True(fromFolder.Code == ExitCodes.Success, fromFolder.ToString());
    }
}
