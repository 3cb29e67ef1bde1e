using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DomainKit.Aggregation;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;
using static DomainKit.Tests.Export.OpenXml.OpenXmlReports;
using Dimension = DomainKit.Aggregation.Dimension;

namespace DomainKit.Tests.Export.OpenXml;

public sealed class XlsxExporterTests
{
    private static readonly XlsxExporter Exporter = new();

    [Fact]
    public void The_exporter_describes_the_xlsx_format()
    {
        Assert.Equal("xlsx", Exporter.FormatId);
        Assert.Equal(".xlsx", Exporter.FileExtension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Exporter.MediaType);
        Assert.Equal("Bảng tính Excel (XLSX)", Exporter.DisplayName.Vietnamese);
        Assert.Equal("Excel workbook (XLSX)", Exporter.DisplayName.English);
    }

    [Fact]
    public async Task The_workbook_of_the_Binh_Phuoc_report_passes_the_Open_XML_validator()
    {
        foreach (var options in new[] { ExportOptions.Default, ExportOptions.Default with { Culture = TextCulture.English, MoneyStyle = DongStyle.Compact } })
        {
            using var document = Open(await ExportAsync(Exporter, BinhPhuoc, options));

            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public async Task The_workbook_has_a_report_sheet_then_a_sheet_per_table_named_by_its_id_then_the_findings()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));

        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();
        Assert.Equal(["report", .. BinhPhuoc.Tables.Select(t => t.Id), "findings"], names);
        Assert.Equal(5, BinhPhuoc.Tables.Length);
    }

    [Fact]
    public async Task Each_table_sheet_has_its_title_then_a_header_row_frozen_in_view()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));

        foreach (var table in BinhPhuoc.Tables)
        {
            var sheet = Worksheet(document, table.Id);
            var pane = Assert.Single(sheet.Descendants<Pane>());
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(2, pane.VerticalSplit!.Value);
            Assert.Equal("A3", pane.TopLeftCell!.Value);
            var rows = Rows(sheet);
            Assert.Equal(table.Title.Vietnamese, Text(rows[0][0]));
            Assert.Equal(TableLayout.Of(table.Table!, ExportOptions.Default).Columns.Select(c => c.Header), rows[1].Select(Text));
            var layout = TableLayout.Of(table.Table!, ExportOptions.Default);
            // A table with a figure not reported ends with a row that says what "–" means.
            Assert.Equal(layout.RowCount + 2 + (layout.HasMissing ? 1 : 0), rows.Count);
            if (layout.HasMissing)
            {
                Assert.Equal("–: không có số liệu", Text(rows[^1][0]));
            }
        }
        var printTitles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").Select(d => d.Text);
        Assert.Contains("'models-by-field'!$1:$2", printTitles);
    }

    [Fact]
    public async Task Every_cell_of_every_table_is_typed_as_its_layout_says()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));
        var kinds = new HashSet<MeasureValueKind>();

        foreach (var table in BinhPhuoc.Tables)
        {
            var layout = TableLayout.Of(table.Table!, ExportOptions.Default);
            var rows = Rows(Worksheet(document, table.Id)).Skip(2).ToList();
            foreach (var (row, cells) in layout.Rows.Zip(rows))
            {
                Assert.Equal(layout.Columns.Length, cells.Count);
                for (var i = 0; i < cells.Count; i++)
                {
                    var expected = row.Cells[i];
                    var cell = cells[i];
                    Assert.Null(cell.CellFormula);
                    if (expected.Value is not { } value)
                    {
                        // A label is text; the empty label beside a subtotal or the total is a cell with no value.
                        Assert.Equal(expected.Text.Length == 0 ? null : CellValues.InlineString, cell.DataType?.Value);
                        Assert.Equal(expected.Text, Text(cell));
                        continue;
                    }
                    kinds.Add(value.Kind);
                    if (expected.Text == TableLayout.MissingText)
                    {
                        Assert.Equal((CellValues.InlineString, "–"), (cell.DataType?.Value, Text(cell)));
                        continue;
                    }
                    Assert.Null(cell.DataType);
                    Assert.Equal(Number(value), cell.CellValue?.Text);
                }
            }
        }
        Assert.Equal([MeasureValueKind.Count, MeasureValueKind.Money, MeasureValueKind.Rate], kinds.Order());
    }

    [Fact]
    public async Task Money_cells_are_numbers_of_dong_with_a_dong_number_format()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { MoneyStyle = DongStyle.Compact }));
        var table = BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.Funds);
        var fund = table.Table!.Find(BinhPhuoc2023.FundIds.PhuocLong.ToString())!;
        var contributions = table.Table.ValueOf(fund, table.Table.Measures[0]).Money!.Value;
        Assert.Equal(new Dong(6_100_542_700), contributions);

        var layoutRow = TableLayout.Of(table.Table, ExportOptions.Default).Rows.ToList().FindIndex(r => r.Cells[0].Key == fund.Keys[0].Key);
        var cell = Rows(Worksheet(document, table.Id))[layoutRow + 2][1];

        Assert.Null(cell.DataType);
        Assert.Equal("6100542700", cell.CellValue!.Text);
        Assert.Equal(contributions.Value, long.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture));
        Assert.Equal("#,##0 \"đ\"", NumberFormat(document, cell));
    }

    [Fact]
    public async Task Rate_cells_are_the_exact_fraction_as_a_number_with_a_percent_format()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));
        var table = BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.PledgesByUnit);
        var layout = TableLayout.Of(table.Table!, ExportOptions.Default);
        var column = layout.Columns.IndexOf(layout.Columns.Single(c => c.Kind == ColumnKind.Rate));
        var total = Rows(Worksheet(document, table.Id))[layout.RowCount + 1];
        var rate = table.Table!.Total.Values[column - layout.DimensionCount].Rate!.Value;

        var cell = total[column];
        Assert.Null(cell.DataType);
        Assert.Equal(((decimal)rate.Numerator / rate.Denominator).ToString(CultureInfo.InvariantCulture), cell.CellValue!.Text);
        Assert.Equal("0.0%", NumberFormat(document, cell));
        Assert.True(Font(document, cell).Bold is not null, "The total row is bold.");
    }

    [Fact]
    public async Task Subtotal_and_total_rows_are_bold_and_detail_rows_are_not()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc));
        var table = BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.FundFlowsByQuarter);
        var layout = TableLayout.Of(table.Table!, ExportOptions.Default);
        var rows = Rows(Worksheet(document, table.Id)).Skip(2).ToList();

        Assert.Contains(layout.Rows, r => r.Kind == RowKind.Subtotal);
        foreach (var (row, cells) in layout.Rows.Zip(rows))
        {
            Assert.All(cells, cell => Assert.Equal(row.Kind != RowKind.Detail, Font(document, cell).Bold is not null));
        }
    }

    [Fact]
    public async Task Missing_values_are_a_dash_aligned_right_not_zero_and_the_sheet_says_what_it_means()
    {
        var report = Hostile();
        using var document = Open(await ExportAsync(Exporter, report));
        var layout = TableLayout.Of(report.Tables[0].Table!, ExportOptions.Default);
        var rows = Rows(Worksheet(document, "hostile")).Skip(2).ToList();

        var missing = 0;
        foreach (var (row, cells) in layout.Rows.Zip(rows))
        {
            for (var i = layout.DimensionCount; i < cells.Count; i++)
            {
                var value = row.Cells[i].Value!.Value;
                if (!value.HasValue || (value.Kind == MeasureValueKind.Rate && value.Rate is null))
                {
                    missing++;
                    Assert.Equal(CellValues.InlineString, cells[i].DataType?.Value);
                    Assert.Equal("–", Text(cells[i]));
                }
            }
        }
        Assert.True(missing > 0, "The hostile report has missing values.");
        Assert.Equal("–: không có số liệu", Text(Rows(Worksheet(document, "hostile"))[^1][0]));
    }

    [Fact]
    public async Task Text_that_looks_like_a_formula_is_a_string_cell_and_no_cell_is_a_formula()
    {
        var report = Hostile();
        using var document = Open(await ExportAsync(Exporter, report));

        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
        }
        var labels = Rows(Worksheet(document, "hostile")).Skip(2).Select(r => r[0]).ToList();
        foreach (var name in OpenXmlReports.HostileNames.Where(n => n[0] is '=' or '+' or '-' or '@'))
        {
            var cell = Assert.Single(labels, c => Text(c) == name);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Null(cell.CellValue);
            Assert.True(Format(document, cell).QuotePrefix?.Value, "Editing the cell keeps it text.");
        }
        var report0 = Rows(Worksheet(document, "report"));
        Assert.Equal(OpenXmlReports.HostileNames[0], Text(report0[0][0]));
        Assert.Equal(CellValues.InlineString, report0[0][0].DataType!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task Characters_XML_cannot_hold_are_escaped_as_spreadsheets_escape_them()
    {
        using var document = Open(await ExportAsync(Exporter, Hostile()));

        var labels = Rows(Worksheet(document, "hostile")).Skip(2).Select(r => Text(r[0])).ToList();
        // Spreadsheets read _x0007_ back as the bell character and _x005F_ as the underscore.
        Assert.Contains("bell_x0007_ and _x005F_x0041_", labels);
        Assert.Contains("<script>alert(1)</script>", labels);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0001b", "a_x0001_b")]
    [InlineData("_x0041_", "_x005F_x0041_")]
    [InlineData("_x41_ and _xZZZZ_", "_x41_ and _xZZZZ_")]
    [InlineData("tab\tnew\nline", "tab\tnew\nline")]
    [InlineData("😀", "😀")]
    public void Cell_text_is_escaped_only_where_it_must_be(string text, string escaped)
        => Assert.Equal(escaped, OpenXmlText.ForCell(text));

    [Fact]
    public void Unpaired_surrogates_and_non_characters_are_escaped()
    {
        // Not a theory: test data with an unpaired surrogate does not survive xunit's serialisation.
        Assert.Equal("_xFFFE__xD800_x_xDC00_", OpenXmlText.ForCell("\uFFFE\uD800x\uDC00"));
        Assert.Equal("\uFFFD\uFFFDx\uFFFD", OpenXmlText.ForWord("\uFFFE\uD800x\uDC00"));
    }

    [Fact]
    public void Cell_text_longer_than_a_cell_holds_is_cut()
    {
        Assert.Equal(OpenXmlText.MaxCellLength, OpenXmlText.ForCell(new string('a', 40_000)).Length);
        // A surrogate pair is not split.
        Assert.Equal(OpenXmlText.MaxCellLength - 1, OpenXmlText.ForCell(new string('a', OpenXmlText.MaxCellLength - 1) + "😀").Length);
    }

    [Fact]
    public async Task The_report_sheet_has_the_title_issuer_place_date_and_period_in_the_culture()
    {
        using var vietnamese = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { DateStyle = DateStyle.Official }));
        using var english = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { Culture = TextCulture.English }));

        var vi = Rows(Worksheet(vietnamese, "report")).Select(r => r.Select(Text).ToArray()).ToList();
        Assert.Equal(BinhPhuoc.Title.Vietnamese, vi[0][0]);
        Assert.Contains(["Cơ quan ban hành", "Tỉnh ủy Bình Phước"], vi);
        Assert.Contains(["Địa danh", "Bình Phước"], vi);
        Assert.Contains(["Ngày", "ngày 10 tháng 11 năm 2023"], vi);
        Assert.Contains(["Kỳ báo cáo", PeriodFormat.Format(BinhPhuoc.Period!.Value, TextCulture.Vietnamese)], vi);
        Assert.Contains(["models-by-field", "Mô hình theo lĩnh vực"], vi);
        Assert.Contains(["Ghi chú", BinhPhuoc.Notes[0].Vietnamese], vi);

        var en = Rows(Worksheet(english, "report")).Select(r => r.Select(Text).ToArray()).ToList();
        Assert.Equal(BinhPhuoc.Title.English, en[0][0]);
        Assert.Contains(["Date", "2023-11-10"], en);
        Assert.Contains(["Period", PeriodFormat.Format(BinhPhuoc.Period!.Value, TextCulture.English)], en);
        Assert.Contains(["models-by-field", "Models by field"], en);
    }

    [Fact]
    public async Task The_findings_sheet_lists_each_finding_in_the_culture()
    {
        Assert.NotEmpty(BinhPhuoc.Findings);
        using var english = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { Culture = TextCulture.English }));
        using var without = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { IncludeFindings = false }));

        var rows = Rows(Worksheet(english, "findings"));
        Assert.Equal(["Code", "Severity", "Entity", "Field", "Message"], rows[1].Select(Text));
        Assert.Equal(
            BinhPhuoc.Findings.Select(f => new[] { f.Code, f.Severity == DomainKit.Validation.Severity.Error ? "Error" : f.Severity == DomainKit.Validation.Severity.Warning ? "Warning" : "Information", f.Entity.ToString(), f.Field ?? string.Empty, f.Message.English }),
            rows.Skip(2).Select(r => r.Select(Text).ToArray()));
        Assert.DoesNotContain("findings", without.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public async Task Only_the_tables_the_options_name_are_written()
    {
        using var document = Open(await ExportAsync(Exporter, BinhPhuoc, ExportOptions.Default with { Tables = [BinhPhuoc2023.TableIds.Funds] }));

        Assert.Equal(["report", "funds", "findings"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public async Task A_table_named_like_a_sheet_of_the_workbook_keeps_its_name_and_the_other_sheet_moves_aside()
    {
        var table = BinhPhuoc.Tables[0].Table!;
        var report = new ReportDocument
        {
            Title = BinhPhuoc.Title,
            Tables = [new DocumentTable("report", BinhPhuoc.Title, table), new DocumentTable("findings", BinhPhuoc.Title, table)],
            Findings = BinhPhuoc.Findings,
        };

        using var document = Open(await ExportAsync(Exporter, report));

        Assert.Equal(["report-2", "report", "findings", "findings-2"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public async Task A_non_seekable_destination_gets_the_same_workbook_written_asynchronously()
    {
        var destination = new NonSeekableStream();
        await using (destination)
        {
            await Exporter.ExportAsync(BinhPhuoc, destination);

            Assert.Equal(await ExportAsync(Exporter, BinhPhuoc), destination.ToArray());
            using var document = Open(destination.ToArray());
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }
    }

    [Fact]
    public async Task A_destination_holding_data_keeps_it_and_gets_the_workbook_after_it()
    {
        using var destination = new MemoryStream();
        destination.Write([1, 2, 3]);

        await Exporter.ExportAsync(BinhPhuoc, destination);

        var bytes = destination.ToArray();
        Assert.Equal([1, 2, 3], bytes[..3]);
        Assert.Equal(await ExportAsync(Exporter, BinhPhuoc), bytes[3..]);
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
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exporter.ExportAsync(BinhPhuoc, new NonSeekableStream(), null, source.Token));
    }

    [Fact]
    public async Task Cancelling_while_rows_are_written_stops_the_export()
    {
        var report = LargeReport(20_000, out _);
        using var source = new CancellationTokenSource();
        using var destination = new CancellingStream(source);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Exporter.ExportAsync(report, destination, null, source.Token));
        Assert.True(source.IsCancellationRequested);
    }

    [Fact]
    public async Task Null_arguments_and_an_unwritable_destination_throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Exporter.ExportAsync(null!, new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Exporter.ExportAsync(BinhPhuoc, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => Exporter.ExportAsync(BinhPhuoc, new MemoryStream([], writable: false)));
    }

    [Fact]
    public async Task A_table_of_50000_rows_from_the_report_engine_is_streamed_whole()
    {
        var report = LargeReport(50_000, out var rowCount);
        var destination = new NonSeekableStream();
        await using (destination)
        {
            await Exporter.ExportAsync(report, destination);

            // Read with a plain XML reader: the SDK's reader would take longer than the export.
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(destination.ToArray()));
            using var reader = System.Xml.XmlReader.Create(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
            var rows = 0;
            var formulas = 0;
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element)
                {
                    rows += reader.LocalName == "row" ? 1 : 0;
                    formulas += reader.LocalName == "f" ? 1 : 0;
                }
            }
            Assert.True(rowCount >= 50_000, $"{rowCount} rows");
            Assert.Equal(rowCount + 2, rows);
            Assert.Equal(0, formulas);
        }
    }

    /// <summary>A table of communes by month, through the report engine: 12 rows per commune, a subtotal each, and the total.</summary>
    private static ReportDocument LargeReport(int detailRows, out int rowCount)
    {
        var communes = detailRows / 12 + 1;
        var builder = new DomainKit.Data.DatasetBuilder().Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.PartyCommittee });
        var units = new List<Unit>(communes);
        var funds = new List<DomainKit.Funds.Fund>(communes);
        var entries = new List<DomainKit.Funds.FundEntry>(communes * 12);
        for (var c = 0; c < communes; c++)
        {
            var id = "xa-" + c.ToString(CultureInfo.InvariantCulture);
            units.Add(new Unit { Id = id, Name = "Xã " + c.ToString(CultureInfo.InvariantCulture), Kind = UnitKind.BasePartyOrganisation, ParentId = new UnitId("tinh") });
            funds.Add(new DomainKit.Funds.Fund { Id = "q-" + id, Name = "Quỹ " + id, OwnerId = id });
            for (var m = 1; m <= 12; m++)
            {
                entries.Add(new DomainKit.Funds.Contribution("q-" + id, new LocalDate(2023, m, 1 + c % 28), new Dong(1_000L * (c + m))));
            }
        }
        var engine = new ReportEngine(builder.Add(units).Add(funds).Add(entries).Build(), new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)));
        var table = engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot, Dimension.Month],
            Measures = [Measure.Contributions, Measure.FundBalance],
        });
        rowCount = TableLayout.Of(table, ExportOptions.Default).RowCount;
        return new ReportDocument { Title = new("Lớn", "Large"), Tables = [new DocumentTable("large", new("Lớn", "Large"), table)] };
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Worksheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<List<Cell>> Rows(Worksheet sheet)
        => [.. sheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList())];

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;

    private static string? Number(MeasureValue value) => value.Kind switch
    {
        MeasureValueKind.Count => value.Count?.ToString(CultureInfo.InvariantCulture),
        MeasureValueKind.Money => value.Money?.Value.ToString(CultureInfo.InvariantCulture),
        _ => value.Rate is { } rate ? ((decimal)rate.Numerator / rate.Denominator).ToString(CultureInfo.InvariantCulture) : null,
    };

    private static CellFormat Format(SpreadsheetDocument document, Cell cell)
        => document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static Font Font(SpreadsheetDocument document, Cell cell)
        => document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(document, cell).FontId!.Value);

    private static string? NumberFormat(SpreadsheetDocument document, Cell cell)
    {
        var id = Format(document, cell).NumberFormatId!.Value;
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == id)?.FormatCode;
    }
}
