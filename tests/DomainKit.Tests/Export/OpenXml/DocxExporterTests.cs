using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using static DomainKit.Tests.Export.OpenXml.OpenXmlReports;
using TableLayout = DomainKit.Export.TableLayout;

namespace DomainKit.Tests.Export.OpenXml;

public sealed class DocxExporterTests
{
    private static readonly DocxExporter Exporter = new();

    [Fact]
    public void The_exporter_describes_the_docx_format()
    {
        Assert.Equal("docx", Exporter.FormatId);
        Assert.Equal(".docx", Exporter.FileExtension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Exporter.MediaType);
        Assert.Equal("Văn bản Word (DOCX)", Exporter.DisplayName.Vietnamese);
        Assert.Equal("Word document (DOCX)", Exporter.DisplayName.English);
    }

    [Fact]
    public async Task The_document_of_the_Binh_Phuoc_report_passes_the_Open_XML_validator()
    {
        foreach (var options in new[] { ExportOptions.Default, ExportOptions.Default with { Culture = TextCulture.English, MoneyStyle = DongStyle.Compact, DateStyle = DateStyle.Official } })
        {
            using var document = Open(await ExportAsync(Exporter, BinhPhuoc, options));

            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public async Task The_document_opens_with_the_issuer_and_the_national_name_and_motto_side_by_side_without_borders()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));

        var header = Assert.IsType<Table>(Body(document).ChildElements[0]);
        var cells = Assert.Single(header.Elements<TableRow>()).Elements<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Equal(["TỈNH ỦY BÌNH PHƯỚC"], Paragraphs(cells[0]));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], Paragraphs(cells[1]));
        var borders = header.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Nil, b.Val!.Value));
    }

    [Fact]
    public async Task The_place_and_official_date_are_in_italics_on_the_right_and_the_title_is_bold_upper_case_in_the_centre()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));

        var paragraphs = Body(document).Elements<Paragraph>().ToList();
        var date = paragraphs.Single(p => p.InnerText == "Bình Phước, ngày 10 tháng 11 năm 2023");
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(date.Descendants<RunProperties>().Single().Italic);

        var title = paragraphs.Single(p => p.InnerText == BinhPhuoc.Title.Vietnamese.ToUpperInvariant());
        Assert.Equal("MỘT SỐ MÔ HÌNH, CÂU LẠC BỘ LÀM THEO LỜI BÁC TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC NĂM 2023", title.InnerText);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(title.Descendants<RunProperties>().Single().Bold);
        Assert.Contains($"Kỳ báo cáo: {PeriodFormat.Format(BinhPhuoc.Period!.Value, TextCulture.Vietnamese)}", paragraphs.Select(p => p.InnerText));
    }

    [Fact]
    public async Task In_English_the_header_names_the_republic_and_its_motto_in_English()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { Culture = TextCulture.English }));

        var texts = Body(document).Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("SOCIALIST REPUBLIC OF VIET NAM", texts);
        Assert.Contains("Independence - Freedom - Happiness", texts);
        Assert.Contains("Bình Phước, 10 November 2023", texts);
        Assert.Contains(BinhPhuoc.Title.English.ToUpperInvariant(), texts);
        Assert.Contains("1. Models by field", texts);
    }

    [Fact]
    public async Task Each_table_has_a_numbered_heading_and_a_Word_table_of_its_layout()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));
        var children = Body(document).ChildElements.ToList();

        for (var t = 0; t < BinhPhuoc.Tables.Length; t++)
        {
            var table = BinhPhuoc.Tables[t];
            var layout = TableLayout.Of(table.Table!, ExportOptions.Default);
            var heading = children.Single(c => c is Paragraph && c.InnerText == $"{t + 1}. {table.Title.Vietnamese}");
            var word = Assert.IsType<Table>(children[children.IndexOf(heading) + 1]);
            var rows = word.Elements<TableRow>().ToList();

            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.Equal(layout.Columns.Select(c => c.Header), rows[0].Elements<TableCell>().Select(c => c.InnerText));
            Assert.Equal(layout.RowCount, rows.Count - 1);
            foreach (var (row, cells) in layout.Rows.Zip(rows.Skip(1).Select(r => r.Elements<TableCell>().ToList())))
            {
                Assert.Equal(row.Cells.Select(c => c.Text), cells.Select(c => c.InnerText));
                for (var i = 0; i < cells.Count; i++)
                {
                    var paragraph = cells[i].GetFirstChild<Paragraph>()!;
                    var expected = layout.Columns[i].IsNumeric ? JustificationValues.Right : JustificationValues.Left;
                    Assert.Equal(expected, paragraph.ParagraphProperties!.Justification!.Val!.Value);
                    Assert.Equal(row.Kind != RowKind.Detail, paragraph.Descendants<RunProperties>().Single().Bold is not null);
                }
            }
        }
        var texts = Body(document).Descendants<TableCell>().Select(c => c.InnerText).ToHashSet();
        Assert.Contains("6.100.542.700 đ", texts);
        Assert.Contains("Tổng cộng", texts);
    }

    [Fact]
    public async Task Findings_are_listed_and_notes_follow()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));
        using var without = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { IncludeFindings = false }));

        var texts = Body(document).Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var findings = texts.IndexOf("Kết quả kiểm tra số liệu");
        var notes = texts.IndexOf("Ghi chú");
        Assert.True(findings > 0 && notes > findings, "The findings come before the notes.");
        Assert.Equal(BinhPhuoc.Findings.Length, notes - findings - 1);
        foreach (var (finding, text) in BinhPhuoc.Findings.Zip(texts.Skip(findings + 1)))
        {
            Assert.StartsWith($"- {finding.Code} (", text, StringComparison.Ordinal);
            Assert.EndsWith(finding.Message.Vietnamese, text, StringComparison.Ordinal);
        }
        Assert.Equal(BinhPhuoc.Notes.Select(n => "- " + n.Vietnamese), texts.Skip(notes + 1));
        Assert.DoesNotContain("Kết quả kiểm tra số liệu", Body(without).Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task The_page_is_A4_with_the_margins_and_font_of_Decree_30()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));

        var section = Body(document).Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11_906u, 16_838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        const double Twips = 1440 / 25.4;
        Assert.InRange(margin.Top!.Value / Twips, 20, 25);
        Assert.InRange(margin.Bottom!.Value / Twips, 20, 25);
        Assert.InRange(margin.Left!.Value / Twips, 30, 35);
        Assert.InRange(margin.Right!.Value / Twips, 15, 20);

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("26", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public async Task Hostile_text_is_written_as_text()
    {
        var report = Hostile();
        using var document = Open(await ExportAsync(Exporter, report));

        var texts = Body(document).Descendants<TableCell>().Select(c => c.InnerText).ToHashSet();
        Assert.Contains("<script>alert(1)</script>", texts);
        Assert.Contains("=HYPERLINK(\"http://example.com\",\"x\")", texts);
        Assert.Contains("bell\uFFFD and _x0041_", texts);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task A_non_seekable_destination_gets_the_same_document_written_asynchronously()
    {
        var destination = new NonSeekableStream();
        await using (destination)
        {
            await Exporter.ExportAsync(BinhPhuoc, destination);

            Assert.Equal(await ExportAsync(Exporter, BinhPhuoc), destination.ToArray());
        }
    }

    [Fact]
    public async Task The_same_report_gives_the_same_bytes()
        => Assert.Equal(await ExportAsync(Exporter, BinhPhuoc), await ExportAsync(Exporter, BinhPhuoc));

    [Fact]
    public async Task A_cancelled_token_stops_the_export()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exporter.ExportAsync(BinhPhuoc, new MemoryStream(), null, source.Token));
        using var running = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exporter.ExportAsync(BinhPhuoc, new CancellingStream(running), null, running.Token));
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    private static List<string> Paragraphs(TableCell cell) => [.. cell.Elements<Paragraph>().Select(p => p.InnerText)];
}
