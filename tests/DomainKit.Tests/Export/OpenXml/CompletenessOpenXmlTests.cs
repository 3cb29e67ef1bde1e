using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using static DomainKit.Tests.Export.OpenXml.OpenXmlReports;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace DomainKit.Tests.Export.OpenXml;

public sealed class CompletenessOpenXmlTests
{
    [Fact]
    public async Task Xlsx_writes_a_sheet_of_counts_as_numbers_and_a_sheet_of_units()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await ExportAsync(new XlsxExporter(), ReportDocument.Of(CompletenessExportTests.Table))), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        List<List<Cell>> RowsOf(string name) => ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet
            .GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();

        var total = RowsOf("completeness").Single(r => r.Count > 0 && r[0].InnerText == "Tổng cộng");
        Assert.Equal("3", total[1].CellValue!.Text);
        Assert.Null(total[1].DataType);
        var missing = RowsOf("completeness-units").Single(r => r.Count > 1 && r[1].InnerText == "Tên xa-b1");
        Assert.Equal("chưa gửi", missing[2].InnerText);
    }

    [Fact]
    public async Task Docx_writes_both_tables()
    {
        using var report = WordprocessingDocument.Open(new MemoryStream(await ExportAsync(new DocxExporter(), ReportDocument.Of(CompletenessExportTests.Table))), false);
        Assert.Empty(new OpenXmlValidator().Validate(report));
        var body = report.MainDocumentPart!.Document.Body!;

        // The document's heading is a table of its own; the counts and the units follow it.
        Assert.Contains(body.Descendants<Word.Table>(), t => t.Descendants<Word.TableCell>().Any(c => c.InnerText == "Phải báo cáo"));
        Assert.Contains(body.Descendants<Word.Table>(), t => t.Descendants<Word.TableCell>().Any(c => c.InnerText == "Trực thuộc"));
        Assert.Contains(body.Descendants<Word.TableCell>(), c => c.InnerText == "trễ hạn");
    }
}
