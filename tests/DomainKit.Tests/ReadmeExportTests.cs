using DocumentFormat.OpenXml.Packaging;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Tests;

// The README's "Exporting reports" snippet, run into a temporary folder.
public sealed class ReadmeExportTests
{
    [Fact]
    public async Task The_readme_export_snippet_writes_a_workbook_of_the_Binh_Phuoc_report()
    {
        var folder = Directory.CreateTempSubdirectory("domainkit-readme-");
        var previous = Environment.CurrentDirectory;
        try
        {
            // The snippet writes to the current folder; no other test reads or writes a relative path.
            Environment.CurrentDirectory = folder.FullName;
            {
                // readme-export:begin
                var document = BinhPhuoc2023.Report();   // five tables, findings and notes
                var options = new ExportOptions { Culture = TextCulture.Vietnamese, MoneyStyle = DongStyle.Compact, DateStyle = DateStyle.Official };
                await using var file = File.Create("binh-phuoc-2023.xlsx");
                await new XlsxExporter().ExportAsync(document, file, options);
                // readme-export:end
            }

            using var workbook = SpreadsheetDocument.Open(Path.Combine(folder.FullName, "binh-phuoc-2023.xlsx"), isEditable: false);
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Contains(BinhPhuoc2023.TableIds.Funds, sheets);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_readme_shows_the_export_snippet_as_it_is_tested()
    {
        var root = QuickStartTests.RepositoryRoot();
        var body = File.ReadAllLines(Path.Combine(root, "tests", "DomainKit.Tests", "ReadmeExportTests.cs"))
            .SkipWhile(l => l.Trim() != "// readme-export:begin").Skip(1)
            .TakeWhile(l => l.Trim() != "// readme-export:end")
            .Select(l => l.Trim())
            .ToArray();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Equal(4, body.Length);
        Assert.Contains(string.Join("\n", body), readme, StringComparison.Ordinal);
    }
}
