using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DomainKit.Aggregation;
using DomainKit.Periods;
using DomainKit.Text;
using DateFormat = DomainKit.Periods.DateFormat;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableLayout = DomainKit.Export.TableLayout;
using WordTableLayout = DocumentFormat.OpenXml.Wordprocessing.TableLayout;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DomainKit.Export.OpenXml;

/// <summary>
/// Writes a report as a Word document laid out as a Vietnamese administrative document (Decree
/// 30/2020/NĐ-CP): a borderless header with the issuer in upper case on the left and the national name and motto
/// on the right; the place and date (<c>Bình Phước, ngày 10 tháng 11 năm 2023</c>) in italics; the title in bold
/// upper case; the period; each table under a numbered heading; the findings as a list; the notes.
/// </summary>
/// <remarks>
/// <para>Times New Roman 13 pt on A4 with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm);
/// the cells of tables are 12 pt, so that a table of five amounts fits the width of the page. A table's header
/// row repeats on each page it runs over, figures are right-aligned, and subtotals and the total are bold.</para>
/// <para>The figures are text written as the options say (<see cref="TableLayout"/>'s cell texts), in the
/// options' culture: in English the header reads <c>SOCIALIST REPUBLIC OF VIET NAM</c> and
/// <c>Independence - Freedom - Happiness</c>. The date line is always in the official style, as the decree
/// writes it. Characters XML cannot hold are replaced by U+FFFD. The document is built in memory (a Word table
/// is read by people, so it is not a million rows); the same report and options always give the same bytes.</para>
/// </remarks>
public sealed class DocxExporter : ExporterBase
{
    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string Font = "Times New Roman";
    private const int BodyHalfPoints = 26;
    private const int TableHalfPoints = 24;
    private const int TitleHalfPoints = 28;

    // A4 and the margins of the decree, in twentieths of a point (1 mm = 56.69), rounded up into the ranges it allows.
    private const uint PageWidth = 11_906;
    private const uint PageHeight = 16_838;
    private const int TopMargin = 1_134;
    private const int BottomMargin = 1_134;
    private const uint LeftMargin = 1_701;
    private const uint RightMargin = 851;
    private const int TextWidth = (int)(PageWidth - LeftMargin - RightMargin);
    private const int IssuerWidth = 3_742;
    private const int CancellationInterval = 1_000;

    private static readonly IReadOnlyDictionary<string, Action<Stream>> NothingStreamed = new Dictionary<string, Action<Stream>>();

    /// <summary>Creates the exporter of format <c>docx</c>.</summary>
    public DocxExporter()
        : base(
            "docx",
            new LocalizedText("Văn bản Word (DOCX)", "Word document (DOCX)"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".docx")
    {
    }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, Stream destination, ExportOptions options, CancellationToken cancellationToken)
    {
        using var skeleton = new MemoryStream();
        using (var document = WordprocessingDocument.Create(skeleton, WordprocessingDocumentType.Document))
        {
            // Relationship ids are given rather than generated, so that the same report gives the same bytes.
            var main = document.AddNewPart<MainDocumentPart>(DocumentContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles(options.Culture);
            main.Document = new Document(Body(report, options, cancellationToken));
        }
        await PackageOutput.WriteAsync(skeleton, NothingStreamed, destination, cancellationToken).ConfigureAwait(false);
    }

    private static Body Body(ReportDocument report, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var body = new Body(Header(report, culture));

        var dateLine = DateLine(report, culture);
        if (dateLine is not null)
        {
            body.Append(Paragraph(dateLine, JustificationValues.Right, italic: true, spaceBefore: 120, spaceAfter: 240));
        }
        body.Append(Paragraph(report.Title.In(culture).ToUpperInvariant(), JustificationValues.Center, bold: true, size: TitleHalfPoints, spaceBefore: 240, spaceAfter: 60));
        if (report.Period is { } period)
        {
            body.Append(Paragraph($"{Labels.Period.In(culture)}: {PeriodFormat.Format(period, culture)}", JustificationValues.Center, italic: true, spaceAfter: 240));
        }

        for (var t = 0; t < report.Tables.Length; t++)
        {
            var table = report.Tables[t];
            var heading = (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + table.Title.In(culture);
            body.Append(Paragraph(heading, JustificationValues.Left, bold: true, spaceBefore: 240, spaceAfter: 120, keepNext: true));
            var layout = TableLayout.Of(table, options);
            body.Append(Table(layout, cancellationToken));
            foreach (var note in layout.Notes)
            {
                body.Append(Paragraph(note, JustificationValues.Left, italic: true, spaceBefore: 60));
            }
        }

        if (report.Signer is { } signer)
        {
            body.Append(Paragraph($"{Labels.Signer.In(culture)}: {signer}", JustificationValues.Right, bold: true, spaceBefore: 240));
        }
        if (!report.Findings.IsEmpty)
        {
            body.Append(Paragraph(Labels.Findings.In(culture), JustificationValues.Left, bold: true, spaceBefore: 240, spaceAfter: 120, keepNext: true));
            foreach (var finding in report.Findings)
            {
                var field = finding.Field is null ? string.Empty : ", " + finding.Field;
                body.Append(ListItem($"{finding.Code} ({Labels.Of(finding.Severity, culture).ToLowerInvariant()}) {finding.Entity}{field}: {finding.Message.In(culture)}"));
            }
        }
        if (!report.Notes.IsEmpty)
        {
            body.Append(Paragraph(Labels.Notes.In(culture), JustificationValues.Left, bold: true, spaceBefore: 240, spaceAfter: 120, keepNext: true));
            foreach (var note in report.Notes)
            {
                body.Append(ListItem(note.In(culture)));
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin, Header = 720, Footer = 720, Gutter = 0 }));
        return body;
    }

    private static Table Header(ReportDocument report, TextCulture culture)
    {
        var issuer = new TableCell(new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Twips(IssuerWidth), Type = TableWidthUnitValues.Dxa } });
        issuer.Append(Paragraph(report.Issuer?.ToUpperInvariant() ?? string.Empty, JustificationValues.Center, bold: true));
        if (report.Number is { } number)
        {
            // The number stands under the issuer, as in an official document's header.
            issuer.Append(Paragraph($"{Labels.Number.In(culture)}: {number}", JustificationValues.Center));
        }
        var state = new TableCell(
            new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Twips(TextWidth - IssuerWidth), Type = TableWidthUnitValues.Dxa } },
            Paragraph(Labels.Country.In(culture), JustificationValues.Center, bold: true, size: TableHalfPoints),
            Paragraph(Labels.Motto.In(culture), JustificationValues.Center, bold: true));
        return new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders(BorderValues.Nil),
                TableLayout = new WordTableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(new GridColumn { Width = Twips(IssuerWidth) }, new GridColumn { Width = Twips(TextWidth - IssuerWidth) }),
            new TableRow(issuer, state));
    }

    private static string? DateLine(ReportDocument report, TextCulture culture)
    {
        var date = report.Date is { } d ? DateFormat.Format(d, DateStyle.Official, culture) : null;
        return (report.Place, date) switch
        {
            (null, null) => null,
            (null, _) => char.ToUpperInvariant(date[0]) + date[1..],
            (_, null) => report.Place,
            _ => report.Place + ", " + date,
        };
    }

    private static Table Table(TableLayout layout, CancellationToken cancellationToken)
    {
        var columns = layout.Columns;
        // Labels get half as much room again as figures.
        var weights = columns.Select(c => c.IsNumeric ? 2 : 3).ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToArray();
        widths[^1] += TextWidth - widths.Sum();

        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders(BorderValues.Single),
                TableLayout = new WordTableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < columns.Length; i++)
        {
            header.Append(Cell(columns[i].Header, widths[i], JustificationValues.Center, bold: true, shaded: true));
        }
        table.Append(header);

        var count = 0;
        foreach (var row in layout.Rows)
        {
            if (++count % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var bold = row.Kind != RowKind.Detail;
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Length; i++)
            {
                line.Append(Cell(row.Cells[i].Text, widths[i], columns[i].IsNumeric ? JustificationValues.Right : JustificationValues.Left, bold, shaded: false));
            }
            table.Append(line);
        }
        return table;
    }

    private static TableCell Cell(string text, int width, JustificationValues justification, bool bold, bool shaded)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (shaded)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" };
        }
        return new TableCell(properties, Paragraph(text, justification, bold: bold, size: TableHalfPoints));
    }

    private static Paragraph ListItem(string text)
    {
        var paragraph = Paragraph("- " + text, JustificationValues.Both, spaceAfter: 60);
        paragraph.ParagraphProperties!.Indentation = new Indentation { Left = "284", Hanging = "284" };
        return paragraph;
    }

    private static Paragraph Paragraph(
        string text,
        JustificationValues justification,
        bool bold = false,
        bool italic = false,
        int size = BodyHalfPoints,
        int spaceBefore = 0,
        int spaceAfter = 0,
        bool keepNext = false)
    {
        var run = new RunProperties();
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }
        if (italic)
        {
            run.Italic = new Italic();
            run.ItalicComplexScript = new ItalicComplexScript();
        }
        if (size != BodyHalfPoints)
        {
            run.FontSize = new FontSize { Val = Twips(size) };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = Twips(size) };
        }
        var properties = new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(spaceBefore), After = Twips(spaceAfter) },
            Justification = new Justification { Val = justification },
        };
        return new Paragraph(properties, new Run(run, new WordText(OpenXmlText.ForWord(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static TableBorders Borders(BorderValues kind)
    {
        T Border<T>()
            where T : BorderType, new()
            => kind == BorderValues.Nil ? new T { Val = kind } : new T { Val = kind, Size = 4, Space = 0, Color = "auto" };
        return new TableBorders(
            Border<TopBorder>(),
            Border<LeftBorder>(),
            Border<BottomBorder>(),
            Border<RightBorder>(),
            Border<InsideHorizontalBorder>(),
            Border<InsideVerticalBorder>());
    }

    private static Styles Styles(TextCulture culture) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = Twips(BodyHalfPoints) },
                new FontSizeComplexScript { Val = Twips(BodyHalfPoints) },
                new Languages { Val = culture == TextCulture.Vietnamese ? "vi-VN" : "en-US" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
