using System.IO.Compression;

namespace DomainKit.Tests.Packaging;

[Collection(PackagesCollection.Name)]
public sealed class PackageConsumerTests(PackedDomainKit packed)
{
    // Fails the first test of the collection with the cause when packing failed, and skips the others.
    private readonly PackedDomainKit packed = packed.Ready();

    private string ExampleJson => Path.Combine(packed.Root, "examples", "data", "binh-phuoc-2023.json");

    [SkippableFact]
    public async Task A_consumer_project_builds_against_the_packages_for_both_frameworks_and_runs()
    {
        var project = Path.Combine(packed.Root, "tests", "DomainKit.PackageConsumer");
        foreach (var stale in new[] { "bin", "obj" })
        {
            if (Directory.Exists(Path.Combine(project, stale)))
            {
                Directory.Delete(Path.Combine(project, stale), recursive: true);
            }
        }
        var output = Path.Combine(packed.Root, "artifacts", "consumer");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
        Directory.CreateDirectory(output);
        File.Copy(ExampleJson, Path.Combine(output, "binh-phuoc-2023.json"));

        var build = await packed.DotnetAsync(project, "build", "-c", "Release", $"-p:DomainKitVersion={packed.Version}");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = await packed.DotnetAsync(output, "run", "--project", project, "--no-build", "-c", "Release", "-f", "net10.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(project, "bin", "Release", "net8.0", "DomainKit.PackageConsumer.dll")), build.ToString());
        Assert.Contains("0 lỗi", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Lĩnh vực | Mô hình đang hoạt động | Mô hình tiêu biểu |", run.Out, StringComparison.Ordinal);
        foreach (var format in new[] { "csv: report.csv", "json: report.json", "markdown: report.md", "html: report.html", "xlsx: report.xlsx", "docx: report.docx", "plain-text: report.txt" })
        {
            Assert.Contains(format, run.Out, StringComparison.Ordinal);
        }
        Assert.Contains($"DomainKit {packed.Version}.0, DomainKit.Export.OpenXml {packed.Version}.0", run.Out, StringComparison.Ordinal);
        using (var workbook = ZipFile.OpenRead(Path.Combine(output, "report.xlsx")))
        {
            Assert.NotNull(workbook.GetEntry("xl/workbook.xml"));
        }
        Assert.StartsWith("Mô hình theo lĩnh vực", File.ReadAllText(Path.Combine(output, "report.txt")), StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(output, "mo-hinh.html")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_tool_package_installs_and_validates_the_example_dataset()
    {
        var tools = Path.Combine(packed.Root, "artifacts", "tools", "domainkit");
        if (Directory.Exists(tools))
        {
            Directory.Delete(tools, recursive: true);
        }

        var install = await packed.DotnetAsync(packed.Root, "tool", "install", "DomainKit.Cli", "--version", packed.Version,
            "--tool-path", tools, "--add-source", packed.PackageFolder);
        Assert.True(install.ExitCode == 0, install.ToString());
        var domainkit = Path.Combine(tools, OperatingSystem.IsWindows() ? "domainkit.exe" : "domainkit");
        var validate = await ChildProcess.RunAsync(domainkit, ["validate", ExampleJson, "--as-of", "2024-03-25", "--culture", "en"], packed.Root, packed.Environment);
        var help = await ChildProcess.RunAsync(domainkit, ["--help"], packed.Root, packed.Environment);

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("0 errors", validate.Out, StringComparison.Ordinal);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("domainkit [command] [options]", help.Out, StringComparison.Ordinal);
    }
}
