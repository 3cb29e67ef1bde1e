using DomainKit.Interchange;
using DomainKit.Text;

namespace DomainKit.Tests;

// The README's "Import and interchange" snippet, run in a temporary folder holding a copy of examples/data.
public sealed class ReadmeInterchangeTests
{
    [Fact]
    public async Task The_readme_interchange_snippet_reads_the_example_writes_a_bundle_and_reads_it_back()
    {
        var folder = Directory.CreateTempSubdirectory("domainkit-readme-");
        var previous = Environment.CurrentDirectory;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "examples", "data"));
            File.Copy(
                Path.Combine(QuickStartTests.RepositoryRoot(), "examples", "data", "binh-phuoc-2023.json"),
                Path.Combine(folder.FullName, "examples", "data", "binh-phuoc-2023.json"));
            // The snippet uses paths relative to the repository; no other test reads or writes a relative path.
            Environment.CurrentDirectory = folder.FullName;
            var output = new StringWriter();

            // readme-interchange:begin
            var result = await DatasetJson.ReadFileAsync("examples/data/binh-phuoc-2023.json");
            output.WriteLine(result.ToString(TextCulture.Vietnamese));   // records read and rejected, then every problem

            await CsvBundle.WriteFolderAsync(result.Dataset, "binh-phuoc-csv", CsvOptions.Spreadsheet);
            var again = await CsvBundle.ReadAsync("binh-phuoc-csv", new ImportOptions { AllOrNothing = true });
            // readme-interchange:end

            Assert.Equal("4.156 bản ghi đã đọc, 0 bị loại: 0 lỗi, 0 cảnh báo", output.ToString().TrimEnd());
            Assert.Empty(again.Problems.Where(p => p.Severity != DomainKit.Validation.Severity.Info));
            Interchange.DatasetAssert.Equal(result.Dataset, again.Dataset);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "binh-phuoc-csv", "fund-entries.csv")));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_readme_shows_the_interchange_snippet_as_it_is_tested()
    {
        var root = QuickStartTests.RepositoryRoot();
        var body = File.ReadAllLines(Path.Combine(root, "tests", "DomainKit.Tests", "ReadmeInterchangeTests.cs"))
            .SkipWhile(l => l.Trim() != "// readme-interchange:begin").Skip(1)
            .TakeWhile(l => l.Trim() != "// readme-interchange:end")
            .Select(l => l.Length >= 12 ? l[12..] : l.Trim())
            .Select(l => l.Replace("output.WriteLine", "Console.WriteLine", StringComparison.Ordinal))
            .ToArray();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Equal(5, body.Length);
        Assert.Contains(string.Join("\n", body), readme, StringComparison.Ordinal);
    }
}
