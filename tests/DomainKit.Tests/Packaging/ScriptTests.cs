using System.IO.Compression;
using System.Text.RegularExpressions;

namespace DomainKit.Tests.Packaging;

/// <summary>Runs the file-based apps of examples/scripts against the packed library, as the README tells users to.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ScriptTests(PackedDomainKit packed)
{
    // Fails the first test of the collection with the cause when packing failed, and skips the others.
    private readonly PackedDomainKit packed = packed.Ready();

    private string Scripts => Path.Combine(packed.Root, "examples", "scripts");

    private string Output => Path.Combine(packed.Root, "artifacts", "scripts");

    // A script's restore is kept between runs under the script's path and skipped when the script has not changed, so
    // the dependencies of a package repacked under the same version would be those of the earlier pack: force it.
    private Task<ChildRun> Run(string script, params string[] arguments)
        => packed.DotnetAsync(Scripts, ["run", "--no-cache", "--property:RestoreForce=true", script, "--", .. arguments]);

    [SkippableFact]
    public async Task Validate_reads_the_example_dataset_and_finds_no_error()
    {
        var run = await Run("validate.cs", "../data/binh-phuoc-2023.json", "--en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0 rejected: 0 errors", run.Out, StringComparison.Ordinal);
        Assert.Contains("36 rules run: 0 errors", run.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Validate_exits_1_on_rejected_records_and_2_on_a_missing_dataset()
    {
        Directory.CreateDirectory(Output);
        var broken = Path.Combine(Output, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(packed.Root, "examples", "data", "binh-phuoc-2023.json")).Replace("\"2023-", "\"2023-02-31T", StringComparison.Ordinal));

        var rejected = await Run("validate.cs", broken);
        var missing = await Run("validate.cs", Path.Combine(Output, "khong-co.json"));

        Assert.True(rejected.ExitCode == 1, rejected.ToString());
        Assert.Contains("DK904", rejected.Out, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
    }

    [SkippableFact]
    public async Task Report_writes_markdown_to_the_console_and_any_format_to_a_file()
    {
        var workbook = Path.Combine(Output, "report.xlsx");
        if (File.Exists(workbook))
        {
            File.Delete(workbook);
        }

        var console = await Run("report.cs", "../data/binh-phuoc-2023.json", "tinh-uy-binh-phuoc", "YTD2023-11-10");
        var file = await Run("report.cs", "../data/binh-phuoc-2023.json", "tinh-uy-binh-phuoc", "2023", workbook, "--en");

        Assert.True(console.ExitCode == 0, console.ToString());
        Assert.Contains("# Báo cáo của Tỉnh ủy Bình Phước", console.Out, StringComparison.Ordinal);
        Assert.Contains("| **Tổng cộng** | **60** |", console.Out, StringComparison.Ordinal);
        Assert.True(file.ExitCode == 0, file.ToString());
        using var zip = ZipFile.OpenRead(workbook);
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
    }

    [SkippableFact]
    public async Task Report_refuses_an_unknown_unit_and_a_bad_period_with_exit_code_2()
    {
        var unit = await Run("report.cs", "../data/binh-phuoc-2023.json", "khong-co", "2023");
        var period = await Run("report.cs", "../data/binh-phuoc-2023.json", "tinh-uy-binh-phuoc", "năm 2023");

        Assert.True(unit.ExitCode == 2, unit.ToString());
        Assert.Contains("khong-co", unit.Error, StringComparison.Ordinal);
        Assert.True(period.ExitCode == 2, period.ToString());
    }

    [SkippableFact]
    public async Task Convert_takes_the_dataset_to_a_vietnamese_bundle_and_back_unchanged()
    {
        var zip = Path.Combine(Output, "binh-phuoc.zip");
        var json = Path.Combine(Output, "binh-phuoc.json");

        var there = await Run("convert.cs", "../data/binh-phuoc-2023.json", zip, "--vi");
        var back = await Run("convert.cs", zip, json);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(packed.Root, "examples", "data", "binh-phuoc-2023.json")), File.ReadAllBytes(json));
    }
}

public sealed class ScriptFileTests
{
    public static TheoryData<string> Scripts => new(Directory.EnumerateFiles(Folder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string Folder => Path.Combine(QuickStartTests.RepositoryRoot(), "examples", "scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Each_script_references_the_packages_at_the_version_being_packed_and_says_how_to_run_it(string name)
    {
        var version = PackedDomainKit.ReadVersion(QuickStartTests.RepositoryRoot());
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var packages = Regex.Matches(text, @"^#:package (DomainKit[\w.]*)@(\S+)$", RegexOptions.Multiline);

        Assert.StartsWith("#!/usr/bin/env dotnet\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"//   dotnet run {name} -- ", text, StringComparison.Ordinal);
        Assert.NotEmpty(packages);
        Assert.All(packages, p => Assert.Equal(version, p.Groups[2].Value));
    }

    [Fact]
    public void There_are_scripts_for_validating_reporting_and_converting()
        => Assert.Equal(["convert.cs", "report.cs", "validate.cs"], Directory.EnumerateFiles(Folder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
}
