using System.Globalization;
using DomainKit.Cli;
using DomainKit.Cli.Generation;
using DomainKit.Interchange;

namespace DomainKit.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_writes_the_national_dataset_as_the_JSON_writer_does()
    {
        using var cli = new Cli();
        var path = cli.PathOf("national.json");

        var run = await Cli.Run("generate", "--scale", "0.0001", "--output", path);

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        using var expected = new MemoryStream();
        await DatasetJson.WriteAsync(NationalDataset.Generate(0.0001), expected);
        Assert.Equal(expected.ToArray(), await File.ReadAllBytesAsync(path));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Generate_gives_the_same_bytes_for_the_same_seed_and_others_for_another()
    {
        using var cli = new Cli();

        await Cli.Run("generate", "-s", "0.0001", "-o", cli.PathOf("a.json"), "--seed", "7");
        await Cli.Run("generate", "-s", "0.0001", "-o", cli.PathOf("b.json"), "--seed", "7");
        await Cli.Run("generate", "-s", "0.0001", "-o", cli.PathOf("c.json"), "--seed", "8");

        var a = await File.ReadAllBytesAsync(cli.PathOf("a.json"));
        Assert.Equal(a, await File.ReadAllBytesAsync(cli.PathOf("b.json")));
        Assert.NotEqual(a, await File.ReadAllBytesAsync(cli.PathOf("c.json")));
    }

    [Fact]
    public async Task Generate_creates_the_folders_of_its_output()
    {
        using var cli = new Cli();
        var path = Path.Combine(cli.Folder, "deep", "er", "national.json");

        var run = await Cli.Run("generate", "--scale", "0.0001", "--output", path);

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        Assert.True(new FileInfo(path).Length > 0);
    }

    // Needs the CSV bundle writer and the readers.
    [Theory]
    [InlineData("national.json")]
    [InlineData("national.zip")]
    [InlineData("national-bundle")]
    public async Task A_generated_dataset_validates_with_no_errors_in_every_form(string name)
    {
        using var cli = new Cli();
        var path = cli.PathOf(name);

        var generated = await Cli.Run("generate", "--scale", "0.0001", "--output", path);
        var validated = await Cli.Run("validate", path, "--as-of", "2026-01-01");

        Assert.True(generated.Code == ExitCodes.Success, generated.ToString());
        Assert.True(validated.Code == ExitCodes.Success, validated.ToString());
        Assert.Contains(" 0 lỗi", validated.Out, StringComparison.Ordinal);
    }

    // Needs the CSV bundle writer.
    [Fact]
    public async Task Generate_in_Vietnamese_writes_the_spreadsheet_bundle()
    {
        using var cli = new Cli();
        var folder = cli.PathOf("bundle");

        var run = await Cli.Run("generate", "--scale", "0.0001", "--output", folder, "--culture", "vi");

        Assert.True(run.Code == ExitCodes.Success, run.ToString());
        var units = Directory.GetFiles(folder, "units.csv").Single();
        var bytes = await File.ReadAllBytesAsync(units);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains(';', System.Text.Encoding.UTF8.GetString(bytes).Split('\n')[0]);
    }

    [Fact]
    public async Task Output_does_not_depend_on_the_current_culture_and_leaves_it_as_it_was()
    {
        using var cli = new Cli();
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            await Cli.Run("generate", "--scale", "0.0001", "--output", cli.PathOf("invariant.json"));
            // A culture that writes 0,0001 for 0.0001, built from the invariant one so that it exists in every globalization mode.
            var french = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            french.NumberFormat.NumberDecimalSeparator = ",";
            french.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = french;
            CultureInfo.CurrentUICulture = french;
            var help = await Cli.Run("generate", "--help");
            await Cli.Run("generate", "--scale", "0.0001", "--output", cli.PathOf("french.json"));

            Assert.Same(french, CultureInfo.CurrentCulture);
            Assert.Contains("Show help and usage information", help.Out, StringComparison.Ordinal);
            Assert.Equal(await File.ReadAllBytesAsync(cli.PathOf("invariant.json")), await File.ReadAllBytesAsync(cli.PathOf("french.json")));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
