using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Text;
using static DomainKit.Tests.Export.IndicatorReports;
using static DomainKit.Tests.Export.OpenXml.OpenXmlReports;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace DomainKit.Tests.Export.OpenXml;

public sealed class IndicatorOpenXmlTests
{
    [Fact]
    public async Task Xlsx_writes_exact_figures_as_numbers_with_their_marks_and_approximate_ones_as_text()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await ExportAsync(new XlsxExporter(), Report)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "indicators");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var formats = workbook.WorkbookStylesPart!.Stylesheet;
        string FormatOf(Cell cell)
        {
            var id = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId!.Value;
            return formats.NumberingFormats!.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId!.Value == id)?.FormatCode?.Value ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var launched = rows.Single(r => r[0].InnerText == "Mô hình ra mắt mới");
        Assert.Equal("7", launched[1].CellValue!.Text);
        Assert.Null(launched[1].DataType);
        Assert.Equal("1", launched[2].CellValue!.Text);
        Assert.Equal("#,##0\"*\"", FormatOf(launched[2]));
        Assert.Equal("#,##0\"†\"", FormatOf(launched[3]));
        var money = rows.Single(r => r[0].InnerText == "Số tiền vận động được");
        Assert.Equal(CellValues.InlineString, money[1].DataType!.Value);
        Assert.Equal("trên 1.230 triệu đồng", money[1].InnerText);
        Assert.Equal("–", money[2].InnerText);
        Assert.Contains(rows, r => r.Count == 1 && r[0].InnerText == TableLayout.MarkNote(FigureSources.Records, TextCulture.Vietnamese));
    }

    [Fact]
    public async Task Docx_writes_the_indicator_table_its_notes_and_a_submissions_number_and_signer()
    {
        using var report = WordprocessingDocument.Open(new MemoryStream(await ExportAsync(new DocxExporter(), Report)), false);
        Assert.Empty(new OpenXmlValidator().Validate(report));
        var body = report.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<Word.TableCell>(), c => c.InnerText == "trên 1.230 triệu đồng");
        Assert.Contains(body.Descendants<Word.TableCell>(), c => c.InnerText == "1*");
        Assert.Contains(body.Elements<Word.Paragraph>(), p => p.InnerText == TableLayout.MarkNote(FigureSources.Both, TextCulture.Vietnamese));

        using var submission = WordprocessingDocument.Open(new MemoryStream(await ExportAsync(new DocxExporter(), ReportDocument.Of(First, IndicatorReports.Submissions))), false);
        Assert.Empty(new OpenXmlValidator().Validate(submission));
        var paragraphs = submission.MainDocumentPart!.Document.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Số: 14-BC/ĐU", paragraphs);
        Assert.Contains("Người ký: Nguyễn Văn A, Bí thư", paragraphs);
        Assert.Contains("vận động được trên 730 triệu đồng", paragraphs);
    }
}
