using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DomainKit.Aggregation;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Export.OpenXml;

/// <summary>
/// Writes a report as an Excel workbook: a first sheet <c>report</c> with the title, issuer, place, date, period,
/// the list of tables and the notes; one sheet per table, named by the table's id; and, when there are findings,
/// a sheet <c>findings</c>. Each table sheet has the table's title, a header row that stays in view (a frozen
/// pane, also repeated on printed pages), and the rows of <see cref="TableLayout"/> with subtotals and the total
/// in bold.
/// </summary>
/// <remarks>
/// <para>Cells are typed, whatever <see cref="ExportOptions.MoneyStyle"/> says: labels are text; counts are
/// numbers; amounts are numbers of whole đồng with the format <c>#,##0 "đ"</c>, so that they add up in a
/// spreadsheet (with <see cref="Money.DongStyle.Compact"/> too: a cell keeps the full amount, which the
/// spreadsheet shows grouped, rather than a rounded one); rates are the exact fraction divided in
/// <see cref="decimal"/> with the format <c>0.0%</c>. A missing value is the text "–", never 0, explained under the table. The culture
/// chooses the headers, labels, dates and periods.</para>
/// <para>No cell is a formula: text is written as an inline string whatever it starts with, and a text starting
/// with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> also gets the quote prefix, so that editing the cell keeps it
/// text. Characters XML cannot hold are escaped as spreadsheets escape them (<c>_x0001_</c>), and a text longer
/// than a cell holds (32,767 characters) is cut.</para>
/// <para>Sheets are streamed a row at a time with <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/>, straight
/// into the zip, so a table of a million rows takes no more memory than one of ten. The destination gets the
/// zip directly when it is seekable and empty; otherwise (a web response, say) it goes through a temporary file
/// deleted on close and is copied asynchronously. The same report and options always give the same bytes.</para>
/// </remarks>
public sealed class XlsxExporter : ExporterBase
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string ReportSheet = "report";
    private const string FindingsSheet = "findings";
    private const int CancellationInterval = 4096;
    private const int WidthSampleRows = 200;

    /// <summary>Creates the exporter of format <c>xlsx</c>.</summary>
    public XlsxExporter()
        : base(
            "xlsx",
            new LocalizedText("Bảng tính Excel (XLSX)", "Excel workbook (XLSX)"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx")
    {
    }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, Stream destination, ExportOptions options, CancellationToken cancellationToken)
    {
        var sheets = Plan(report, options, cancellationToken);
        using var skeleton = Skeleton(sheets, out var streamed);
        await PackageOutput.WriteAsync(skeleton, streamed, destination, cancellationToken).ConfigureAwait(false);
    }

    private static List<SheetPlan> Plan(ReportDocument report, ExportOptions options, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(report.Tables.Select(t => t.Id), StringComparer.OrdinalIgnoreCase);
        var reportName = Unique(ReportSheet, taken);
        var findingsName = report.Findings.IsEmpty ? null : Unique(FindingsSheet, taken);
        var sheets = new List<SheetPlan>
        {
            new(reportName, 0, (writer, selected) => WriteReport(writer, report, options, findingsName, selected)),
        };
        foreach (var table in report.Tables)
        {
            sheets.Add(new(table.Id, 2, (writer, selected) => WriteTable(writer, table, options, cancellationToken, selected)));
        }
        if (findingsName is not null)
        {
            sheets.Add(new(findingsName, 2, (writer, selected) => WriteFindings(writer, report, options, cancellationToken, selected)));
        }
        return sheets;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }

    private static MemoryStream Skeleton(List<SheetPlan> sheets, out Dictionary<string, Action<Stream>> streamed)
    {
        var skeleton = new MemoryStream();
        streamed = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal);
        using (var document = SpreadsheetDocument.Create(skeleton, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are given rather than generated, so that the same report gives the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            workbookPart.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = XlsxStyles.Create();
            var list = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var id = "rId" + (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                list.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = id });
                var selected = i == 0;
                streamed.Add(part.Uri.OriginalString.TrimStart('/'), stream =>
                {
                    using var writer = new WorksheetWriter(stream);
                    sheet.Write(writer, selected);
                });
                if (sheet.HeaderRows > 0)
                {
                    names.Append(new DefinedName($"'{sheet.Name}'!$1:${sheet.HeaderRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }
            var workbook = new Workbook(new BookViews(new WorkbookView()), list);
            if (names.HasChildren)
            {
                workbook.Append(names);
            }
            workbookPart.Workbook = workbook;
        }
        return skeleton;
    }

    private static void WriteReport(WorksheetWriter writer, ReportDocument report, ExportOptions options, string? findingsSheet, bool selected)
    {
        var culture = options.Culture;
        writer.Start([24, 90], 0, selected);
        writer.StartRow();
        writer.Text(report.Title.In(culture), XlsxStyles.Title);
        writer.EndRow();
        void Line(LocalizedText label, string? value)
        {
            if (value is null)
            {
                return;
            }
            writer.StartRow();
            writer.Text(label.In(culture), XlsxStyles.BoldText);
            writer.Text(value, XlsxStyles.ForText(value, bold: false));
            writer.EndRow();
        }
        Line(Labels.Issuer, report.Issuer);
        Line(Labels.Number, report.Number);
        Line(Labels.Signer, report.Signer);
        Line(Labels.Place, report.Place);
        Line(Labels.Date, report.Date is { } date ? DateFormat.Format(date, options.DateStyle, culture) : null);
        Line(Labels.Period, report.Period is { } period ? PeriodFormat.Format(period, culture) : null);

        writer.StartRow();
        writer.EndRow();
        writer.StartRow();
        writer.Text(Labels.Sheet.In(culture), XlsxStyles.Header);
        writer.Text(Labels.Tables.In(culture), XlsxStyles.Header);
        writer.EndRow();
        foreach (var table in report.Tables)
        {
            var title = table.Title.In(culture);
            writer.StartRow();
            writer.Text(table.Id, XlsxStyles.Text);
            writer.Text(title, XlsxStyles.ForText(title, bold: false));
            writer.EndRow();
        }
        if (findingsSheet is not null)
        {
            writer.StartRow();
            writer.Text(findingsSheet, XlsxStyles.Text);
            writer.Text(Labels.Findings.In(culture), XlsxStyles.Text);
            writer.EndRow();
        }
        if (!report.Notes.IsEmpty)
        {
            writer.StartRow();
            writer.EndRow();
            for (var i = 0; i < report.Notes.Length; i++)
            {
                var note = report.Notes[i].In(culture);
                writer.StartRow();
                writer.Text(i == 0 ? Labels.Notes.In(culture) : string.Empty, XlsxStyles.BoldText);
                writer.Text(note, XlsxStyles.ForText(note, bold: false));
                writer.EndRow();
            }
        }
        writer.End();
    }

    private static void WriteTable(WorksheetWriter writer, DocumentTable table, ExportOptions options, CancellationToken cancellationToken, bool selected)
    {
        var layout = TableLayout.Of(table, options);
        var columns = layout.Columns;
        writer.Start(Widths(layout), 2, selected);
        writer.StartRow();
        writer.Text(table.Title.In(options.Culture), XlsxStyles.Title);
        writer.EndRow();
        writer.StartRow();
        foreach (var column in columns)
        {
            writer.Text(column.Header, XlsxStyles.Header);
        }
        writer.EndRow();
        var count = 0;
        foreach (var row in layout.Rows)
        {
            if (++count % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var bold = row.Kind != RowKind.Detail;
            writer.StartRow();
            var cells = row.Cells;
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i];
                if (cell.Figure is { } figure)
                {
                    WriteFigure(writer, cell, figure);
                }
                else if (cell.Value is { } value)
                {
                    WriteValue(writer, value, bold);
                }
                else
                {
                    writer.Text(cell.Text, XlsxStyles.ForText(cell.Text, bold));
                }
            }
            writer.EndRow();
        }
        foreach (var note in layout.Notes)
        {
            writer.StartRow();
            writer.Text(note, XlsxStyles.Text);
            writer.EndRow();
        }
        writer.End();
    }

    // An exact count, amount or rate is a number in the format of its kind, with the mark of its source in the format;
    // an approximate one ("trên 1,2 tỷ đồng"), a quantity with its unit or an empty cell is text, so that no
    // approximate figure ever looks exact.
    private static void WriteFigure(WorksheetWriter writer, LayoutCell cell, IndicatorCell figure)
    {
        var records = cell.Mark == TableLayout.RecordsMark;
        var isChecked = cell.Mark == TableLayout.CheckedMark;
        if (figure.HasValue && figure.IsExact)
        {
            if (figure.Count is { } count)
            {
                writer.Number(count.Min, records ? XlsxStyles.CountRecords : isChecked ? XlsxStyles.CountChecked : XlsxStyles.Count);
                return;
            }
            if (figure.Money is { } money)
            {
                writer.Number(money.Min.Value, records ? XlsxStyles.MoneyRecords : isChecked ? XlsxStyles.MoneyChecked : XlsxStyles.Money);
                return;
            }
            if (figure.Rate?.Lowest is { } rate)
            {
                writer.Number((decimal)rate.Numerator / rate.Denominator, records ? XlsxStyles.RateRecords : isChecked ? XlsxStyles.RateChecked : XlsxStyles.Rate);
                return;
            }
            if (figure.StatedRate is { } stated)
            {
                writer.Number(stated.Value / 100m, records ? XlsxStyles.RateRecords : isChecked ? XlsxStyles.RateChecked : XlsxStyles.Rate);
                return;
            }
        }
        writer.Text(cell.Text, XlsxStyles.Figure);
    }

    private static void WriteValue(WorksheetWriter writer, MeasureValue value, bool bold)
    {
        switch (value.Kind)
        {
            case MeasureValueKind.Count when value.Count is { } count:
                writer.Number(count, bold ? XlsxStyles.BoldCount : XlsxStyles.Count);
                break;
            case MeasureValueKind.Count:
                writer.Text(TableLayout.MissingText, bold ? XlsxStyles.BoldMissing : XlsxStyles.Missing);
                break;
            case MeasureValueKind.Money when value.Money is { } money:
                writer.Number(money.Value, bold ? XlsxStyles.BoldMoney : XlsxStyles.Money);
                break;
            case MeasureValueKind.Money:
                writer.Text(TableLayout.MissingText, bold ? XlsxStyles.BoldMissing : XlsxStyles.Missing);
                break;
            case MeasureValueKind.Rate when value.Rate is { } rate:
                // The fraction is divided in decimal, exact to 28 digits, rather than in binary floating point.
                writer.Number((decimal)rate.Numerator / rate.Denominator, bold ? XlsxStyles.BoldRate : XlsxStyles.Rate);
                break;
            default:
                writer.Text(TableLayout.MissingText, bold ? XlsxStyles.BoldMissing : XlsxStyles.Missing);
                break;
        }
    }

    private static void WriteFindings(WorksheetWriter writer, ReportDocument report, ExportOptions options, CancellationToken cancellationToken, bool selected)
    {
        var culture = options.Culture;
        writer.Start([16, 12, 32, 20, 100], 2, selected);
        writer.StartRow();
        writer.Text(Labels.Findings.In(culture), XlsxStyles.Title);
        writer.EndRow();
        writer.StartRow();
        foreach (var header in new[] { Labels.Code, Labels.Severity, Labels.Entity, Labels.Field, Labels.Message })
        {
            writer.Text(header.In(culture), XlsxStyles.Header);
        }
        writer.EndRow();
        var count = 0;
        foreach (var finding in report.Findings)
        {
            if (++count % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            writer.StartRow();
            foreach (var text in new[] { finding.Code, Labels.Of(finding.Severity, culture), finding.Entity.ToString(), finding.Field ?? string.Empty, finding.Message.In(culture) })
            {
                writer.Text(text, XlsxStyles.ForText(text, bold: false));
            }
            writer.EndRow();
        }
        writer.End();
    }

    private static double[] Widths(TableLayout layout)
    {
        var columns = layout.Columns;
        // Headers wrap, so a long one widens its column only so far.
        var lengths = columns.Select(c => Math.Min(c.Header.Length, 20)).ToArray();
        foreach (var row in layout.Rows.Take(WidthSampleRows))
        {
            for (var i = 0; i < lengths.Length; i++)
            {
                var cell = row.Cells[i];
                lengths[i] = Math.Max(lengths[i], cell.Value is { } value ? ShownLength(value) : cell.Text.Length + 2);
            }
        }
        return [.. lengths.Select(length => Math.Clamp(Math.Round(length * 1.15 + 2, 1), 8, 60))];
    }

    private static int ShownLength(MeasureValue value) => value.Kind switch
    {
        MeasureValueKind.Count => value.Count is { } count ? GroupedLength(count) : 0,
        MeasureValueKind.Money => value.Money is { } money ? GroupedLength(money.Value) + 2 : 0,
        _ => 6,
    };

    private static int GroupedLength(long number)
    {
        var digits = number == long.MinValue ? 19 : Math.Abs(number).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return digits + (digits - 1) / 3 + (number < 0 ? 1 : 0);
    }

    private sealed record SheetPlan(string Name, int HeaderRows, Action<WorksheetWriter, bool> Write);
}
