using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Export.Html;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Tests.Aggregation;
using DomainKit.Tests.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Export;

/// <summary>
/// The exporter writes XHTML-compatible markup (every element closed, attributes quoted, only XML's five escapes),
/// so these tests parse each page with System.Xml: a page that parses has every element it opens closed, and its
/// elements, attributes and texts can be checked as a browser would see them.
/// </summary>
public sealed class HtmlExporterTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ExportOptions English = new() { Culture = TextCulture.English };
    private static readonly ReportDocument BinhPhuoc = BinhPhuoc2023.Report();

    private const string Script = "<script>alert(1)</script>";

    // Values that would close an attribute and add an event handler if quotes were not escaped.
    private const string DoubleQuoteAttack = "x\" onmouseover=\"alert(1)";
    private const string SingleQuoteAttack = "y' onclick='alert(2)";

    [Fact]
    public void The_exporter_describes_the_html_format()
    {
        var exporter = new HtmlExporter();

        Assert.Equal("html", exporter.FormatId);
        Assert.Equal("text/html", exporter.MediaType);
        Assert.Equal(".html", exporter.FileExtension);
        Assert.Equal("Trang HTML", exporter.DisplayName.Vietnamese);
        Assert.Equal("HTML page", exporter.DisplayName.English);
        Assert.False(exporter.ByteOrderMark);
    }

    [Fact]
    public async Task Null_arguments_throw()
    {
        var exporter = new HtmlExporter();

        await Assert.ThrowsAsync<ArgumentNullException>(() => exporter.ExportAsync(null!, new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => exporter.ExportAsync(BinhPhuoc, null!));
    }

    [Theory]
    [InlineData(TextCulture.Vietnamese, DongStyle.Full, DateStyle.Short)]
    [InlineData(TextCulture.Vietnamese, DongStyle.Compact, DateStyle.Official)]
    [InlineData(TextCulture.Vietnamese, DongStyle.Words, DateStyle.Official)]
    [InlineData(TextCulture.English, DongStyle.Plain, DateStyle.Short)]
    [InlineData(TextCulture.English, DongStyle.Words, DateStyle.Official)]
    public async Task Every_element_opened_is_closed_in_every_culture_and_style(TextCulture culture, DongStyle money, DateStyle date)
    {
        var options = new ExportOptions { Culture = culture, MoneyStyle = money, DateStyle = date };

        var page = Parse(await ExportAsync(BinhPhuoc, options));

        Assert.Equal(X + "html", page.Root!.Name);
        Assert.Equal(culture == TextCulture.Vietnamese ? "vi" : "en", (string?)page.Root.Attribute("lang"));
        Assert.Equal(5, page.Descendants(X + "section").Count(s => ((string?)s.Attribute("class")) == "report-table"));
        // Amounts in words may wrap; figures may not.
        Assert.Equal(money == DongStyle.Words ? "money-words" : null, (string?)page.Root.Element(X + "body")!.Attribute("class"));
    }

    [Fact]
    public async Task The_page_stands_alone_and_prints_with_table_headers_repeated()
    {
        var bytes = await ExportAsync(BinhPhuoc);
        var page = Parse(bytes);
        var head = page.Root!.Element(X + "head")!;

        Assert.Equal("utf-8", (string?)head.Element(X + "meta")!.Attribute("charset"));
        Assert.Equal(BinhPhuoc.Title.Vietnamese, head.Element(X + "title")!.Value);
        var css = head.Element(X + "style")!.Value;
        Assert.Contains("@media print", css);
        Assert.Contains("size: A4", css);
        Assert.Contains("thead { display: table-header-group; }", css);
        // Nothing is fetched from elsewhere: no scripts, links, images, fonts or imports.
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        // Every table, the findings' too, has its header in a thead so that printing repeats it on each page.
        Assert.All(page.Descendants(X + "table"), t => Assert.NotNull(t.Element(X + "thead")));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    [Fact]
    public async Task The_header_gives_issuer_place_date_title_and_period()
    {
        var options = new ExportOptions { DateStyle = DateStyle.Official };

        var header = Parse(await ExportAsync(BinhPhuoc, options)).Descendants(X + "header").Single();

        Assert.Equal("Tỉnh ủy Bình Phước", ByClass(header, "issuer").Value);
        Assert.Equal("Bình Phước, ngày 10 tháng 11 năm 2023", ByClass(header, "place-date").Value);
        Assert.Equal("2023-11-10", (string?)header.Descendants(X + "time").Single().Attribute("datetime"));
        Assert.Equal(BinhPhuoc.Title.Vietnamese, header.Element(X + "h1")!.Value);
        Assert.Equal("Kỳ báo cáo: " + PeriodFormat.Format(BinhPhuoc.Period!.Value, TextCulture.Vietnamese), ByClass(header, "period").Value);
    }

    [Fact]
    public async Task Each_table_title_is_a_heading_in_the_report_order()
    {
        var page = Parse(await ExportAsync(BinhPhuoc));

        var headings = page.Descendants(X + "section")
            .Where(s => ((string?)s.Attribute("class")) == "report-table")
            .Select(s => s.Element(X + "h2")!.Value);

        Assert.Equal(BinhPhuoc.Tables.Select(t => t.Title.Vietnamese), headings);
    }

    [Fact]
    public async Task The_funds_table_holds_the_figures_of_the_layout()
    {
        var page = Parse(await ExportAsync(BinhPhuoc));
        var table = TableOf(page, BinhPhuoc2023.TableIds.Funds);
        var layout = TableLayout.Of(BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.Funds).Table!, ExportOptions.Default);

        Assert.Equal(layout.Columns.Select(c => c.Header), table.Descendants(X + "th").Select(th => th.Value));
        Assert.Equal(
            layout.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()),
            Rows(table).Select(tr => tr.Elements(X + "td").Select(td => td.Value).ToArray()));
        var phuocLong = Rows(table).Single(tr => tr.Elements(X + "td").First().Value == "Thực hành tiết kiệm vì người nghèo");
        Assert.Equal(
            ["6.100.542.700 đ", "3.990.589.000 đ", "0 đ", "2.109.953.700 đ", "–"],
            phuocLong.Elements(X + "td").Skip(1).Select(td => td.Value));
        Assert.Equal("10.994.141.300 đ", Rows(table).Last().Elements(X + "td").ElementAt(1).Value);
    }

    [Fact]
    public async Task Numeric_columns_are_right_aligned_and_labels_are_not()
    {
        var table = TableOf(Parse(await ExportAsync(BinhPhuoc)), BinhPhuoc2023.TableIds.Funds);

        Assert.Equal([null, "num", "num", "num", "num", "num"], table.Descendants(X + "th").Select(th => (string?)th.Attribute("class")));
        Assert.All(Rows(table), tr => Assert.Equal(
            [null, "num", "num", "num", "num", "num"],
            tr.Elements(X + "td").Select(td => (string?)td.Attribute("class"))));
    }

    [Fact]
    public async Task Subtotal_and_total_rows_have_classes_of_their_own()
    {
        var table = TableOf(Parse(await ExportAsync(BinhPhuoc)), BinhPhuoc2023.TableIds.FundFlowsByQuarter);
        var source = BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.FundFlowsByQuarter).Table!;

        var classes = Rows(table).Select(tr => (string?)tr.Attribute("class")).ToList();

        Assert.Equal(source.Subtotals.Length, classes.Count(c => c == "subtotal"));
        Assert.Equal("total", classes[^1]);
        Assert.Equal(1, classes.Count(c => c == "total"));
        Assert.Equal(source.Rows.Length, classes.Count(c => c is null));
        Assert.Contains(".subtotal", Parse(await ExportAsync(BinhPhuoc)).Descendants(X + "style").Single().Value);
    }

    [Fact]
    public async Task Missing_values_are_a_dash_not_zero_and_the_table_says_what_it_means()
    {
        var table = TableOf(Parse(await ExportAsync(BinhPhuoc)), BinhPhuoc2023.TableIds.PledgesByUnit);

        var locNinh = Rows(table).Single(tr => tr.Elements(X + "td").First().Value == "Huyện ủy Lộc Ninh");

        // Pledges 56, members registered 0, and no head count: eligible members and the rate are missing.
        Assert.Equal(["56", "0", "–", "–"], locNinh.Elements(X + "td").Skip(1).Select(td => td.Value));
        Assert.Equal("–: không có số liệu", table.Parent!.Elements(X + "p").Single(p => (string?)p.Attribute("class") == "missing-note").Value);
    }

    [Fact]
    public async Task Charts_are_drawn_for_distributions_by_field_and_by_unit_only()
    {
        var page = Parse(await ExportAsync(BinhPhuoc));

        Assert.NotNull(ChartOf(page, BinhPhuoc2023.TableIds.ModelsByField));
        Assert.NotNull(ChartOf(page, BinhPhuoc2023.TableIds.ModelsByUnit));
        Assert.NotNull(ChartOf(page, BinhPhuoc2023.TableIds.PledgesByUnit));
        Assert.Null(ChartOf(page, BinhPhuoc2023.TableIds.Funds));
        Assert.Null(ChartOf(page, BinhPhuoc2023.TableIds.FundFlowsByQuarter));
        Assert.Equal(3, page.Descendants(Svg + "svg").Count());
    }

    [Fact]
    public async Task A_chart_is_an_accessible_image_with_a_title_and_a_bar_per_value()
    {
        var page = Parse(await ExportAsync(BinhPhuoc));
        var source = BinhPhuoc.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.ModelsByUnit).Table!;

        var chart = ChartOf(page, BinhPhuoc2023.TableIds.ModelsByUnit)!;

        Assert.Equal("img", (string?)chart.Attribute("role"));
        var label = (string?)chart.Attribute("aria-label");
        Assert.Equal("Mô hình theo đơn vị trực thuộc: Biểu đồ Mô hình đang hoạt động theo Đơn vị trực thuộc", label);
        Assert.Equal(label, chart.Element(Svg + "title")!.Value);
        Assert.Equal(source.Rows.Select(r => r.Keys[0].Key), Bars(chart).Select(b => (string?)b.Attribute("data-key")));
        Assert.Equal(
            source.Rows.Select(r => r.Keys[0].Label.Vietnamese),
            chart.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class")) == "label").Select(t => t.Value));
        Assert.Equal(
            source.Rows.Select(r => r.Values[0].Count!.Value.ToString(CultureInfo.InvariantCulture)),
            chart.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class")) == "value").Select(t => t.Value));
    }

    [Fact]
    public async Task Bar_lengths_are_proportional_to_the_values()
    {
        var page = Parse(await ExportAsync(BinhPhuoc));
        var bars = Bars(ChartOf(page, BinhPhuoc2023.TableIds.ModelsByField)!).ToDictionary(b => (string)b.Attribute("data-key")!);

        // Economy has 18 active models, the political system 19, the most: its bar takes the whole width.
        var economy = bars["economy"];
        var political = bars["political-system"];
        Assert.Equal(18, (long)economy.Attribute("data-value")!);
        Assert.Equal(19, (long)political.Attribute("data-value")!);
        Assert.Equal(BarChart.Width, Width(political));
        Assert.Equal(644.2m, Width(economy));
        Assert.InRange(Width(economy) * 19 - Width(political) * 18, -0.05m * 19, 0.05m * 19);
        Assert.All(bars.Values, b => Assert.Equal(0m, X0(b)));
    }

    [Fact]
    public async Task Bars_of_a_table_of_two_dimensions_are_its_subtotals()
    {
        var table = new ReportEngine(BinhPhuoc2023.Build(), new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0))).Run(new ReportQuery
        {
            Root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc,
            Period = ReportingPeriod.YearToDate(new LocalDate(2023, 11, 10)),
            GroupBy = [Dimension.FieldRoot, Dimension.ModelKind],
            Measures = [Measure.ExemplaryModels, Measure.ActiveModels],
        });
        var report = new ReportDocument { Title = new("Mô hình", "Models"), Tables = [new DocumentTable("by-field-and-kind", new("Theo lĩnh vực và loại", "By field and kind"), table)] };

        var bars = Bars(ChartOf(Parse(await ExportAsync(report)), "by-field-and-kind")!).ToList();

        Assert.Equal(table.Subtotals.Select(s => s.Keys[0].Key), bars.Select(b => (string?)b.Attribute("data-key")));
        Assert.Equal(table.Subtotals.Select(s => s.Values[0].Count!.Value), bars.Select(b => (long)b.Attribute("data-value")!));
    }

    [Fact]
    public async Task Negative_balances_are_drawn_left_of_the_zero_line()
    {
        var report = Hostile();

        var chart = ChartOf(Parse(await ExportAsync(report)), "balances")!;

        var bars = Bars(chart).ToDictionary(b => (long)b.Attribute("data-value")!);
        var zero = decimal.Parse((string)chart.Element(Svg + "line")!.Attribute("x1")!, CultureInfo.InvariantCulture);
        // Balances -2.000.000 and 5.000.000 đ: the scale spans 7.000.000, the zero line is 2/7 of the way in.
        Assert.Equal(Math.Round(BarChart.Width * 2m / 7, 1), zero);
        var overdrawn = bars[-2_000_000];
        var positive = bars[5_000_000];
        Assert.Equal("bar negative", (string?)overdrawn.Attribute("class"));
        Assert.Equal(zero, X0(overdrawn) + Width(overdrawn));
        Assert.Equal(zero, X0(positive));
        Assert.InRange(X0(overdrawn), 0m, zero);
        Assert.InRange(X0(positive) + Width(positive), 0m, BarChart.Width + 0.1m);
        Assert.InRange(Width(overdrawn) * 5 - Width(positive) * 2, -0.5m, 0.5m);
    }

    [Fact]
    public async Task Headers_are_in_Vietnamese_or_English_as_the_culture_says()
    {
        var vietnamese = Parse(await ExportAsync(BinhPhuoc));
        var english = Parse(await ExportAsync(BinhPhuoc, English));

        Assert.Equal(["Lĩnh vực chính", "Mô hình đang hoạt động", "Mô hình tiêu biểu"], Headers(TableOf(vietnamese, BinhPhuoc2023.TableIds.ModelsByField)));
        Assert.Equal(["Main field", "Active models", "Exemplary models"], Headers(TableOf(english, BinhPhuoc2023.TableIds.ModelsByField)));
        Assert.Equal("Tổng cộng", Rows(TableOf(vietnamese, BinhPhuoc2023.TableIds.Funds)).Last().Elements(X + "td").First().Value);
        Assert.Equal("Total", Rows(TableOf(english, BinhPhuoc2023.TableIds.Funds)).Last().Elements(X + "td").First().Value);
        Assert.Equal("10,994,141,300 VND", Rows(TableOf(english, BinhPhuoc2023.TableIds.Funds)).Last().Elements(X + "td").ElementAt(1).Value);
        Assert.Equal(["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"], Headers(Section(vietnamese, "findings").Element(X + "table")!));
        Assert.Equal(["Code", "Severity", "Item", "Field", "Message"], Headers(Section(english, "findings").Element(X + "table")!));
        Assert.Equal("Models by field", Section(english, "table-models-by-field").Element(X + "h2")!.Value);
        Assert.StartsWith("Reporting period: ", ByClass(english.Descendants(X + "header").Single(), "period").Value);
    }

    [Fact]
    public async Task Findings_and_notes_are_written_in_the_culture()
    {
        var page = Parse(await ExportAsync(BinhPhuoc, English));

        var rows = Rows(Section(page, "findings").Element(X + "table")!).ToList();
        Assert.Equal(BinhPhuoc.Findings.Length, rows.Count);
        var first = BinhPhuoc.Findings[0];
        Assert.Equal(
            [first.Code, "Info", first.Entity.ToString(), first.Field ?? "", first.Message.English],
            rows[0].Elements(X + "td").Select(td => td.Value));
        var error = BinhPhuoc.Findings.Select((f, i) => (f, i)).First(p => p.f.Severity == Severity.Error);
        Assert.Equal("error", (string?)rows[error.i].Attribute("class"));
        Assert.Equal("Error", rows[error.i].Elements(X + "td").ElementAt(1).Value);
        Assert.Equal(BinhPhuoc.Notes.Select(n => n.English), Section(page, "notes").Descendants(X + "li").Select(li => li.Value));
    }

    [Fact]
    public async Task Options_choose_the_tables_and_leave_out_findings()
    {
        var options = new ExportOptions { Tables = [BinhPhuoc2023.TableIds.Funds], IncludeFindings = false };

        var page = Parse(await ExportAsync(BinhPhuoc, options));

        Assert.Equal(["table-funds", "notes"], page.Descendants(X + "section").Select(s => (string?)s.Attribute("id")));
    }

    [Fact]
    public async Task A_script_in_any_name_comes_out_as_inert_text()
    {
        var report = Hostile();

        var bytes = await ExportAsync(report);
        var text = Encoding.UTF8.GetString(bytes);
        var page = Parse(bytes);

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "b" or "i");
        // The text is there, encoded, wherever the name is shown: page title, heading, issuer, table cells, chart labels and titles, findings, notes.
        Assert.Equal(Script, page.Root!.Element(X + "head")!.Element(X + "title")!.Value);
        Assert.Equal(Script, page.Descendants(X + "h1").Single().Value);
        Assert.Contains(page.Descendants(X + "td"), td => td.Value == Script);
        Assert.Contains(page.Descendants(Svg + "text"), t => t.Value == Script);
        Assert.Contains(page.Descendants(Svg + "title"), t => t.Value.StartsWith(Script, StringComparison.Ordinal));
        Assert.Contains(Section(page, "findings").Descendants(X + "td"), td => td.Value == Script);
        Assert.Equal(Script, Section(page, "notes").Descendants(X + "li").First().Value);
    }

    [Fact]
    public async Task Quotes_in_attribute_values_cannot_add_attributes()
    {
        var report = Hostile();

        var page = Parse(await ExportAsync(report));

        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        // The unit's id is a bar's key, and the table's title is in the chart's label, exactly as given.
        var bars = Bars(ChartOf(page, "models-by-unit")!).ToList();
        Assert.Contains(bars, b => (string?)b.Attribute("data-key") == DoubleQuoteAttack);
        Assert.Contains(bars, b => (string?)b.Attribute("data-key") == SingleQuoteAttack);
        var label = (string?)ChartOf(page, "models-by-unit")!.Attribute("aria-label");
        Assert.StartsWith("Mô hình \"theo\" 'đơn vị' <i>x</i> & y: ", label);
        Assert.Equal("Mô hình \"theo\" 'đơn vị' <i>x</i> & y", Section(page, "table-models-by-unit").Element(X + "h2")!.Value);
    }

    [Fact]
    public async Task Vietnamese_letters_are_written_as_utf8_characters_not_entities()
    {
        var text = Encoding.UTF8.GetString(await ExportAsync(BinhPhuoc));

        Assert.Contains("Tỉnh ủy Bình Phước", text);
        Assert.Contains("Thực hành tiết kiệm vì người nghèo", text);
        Assert.DoesNotContain("&#x", text);
        Assert.DoesNotContain("&#", text.Replace("&#39;", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_encoder_escapes_markup_and_keeps_every_other_letter()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", HtmlText.Encode("<a href=\"x\">Tom & Jerry's</a>"));
        Assert.Equal("Đảng ủy Công an tỉnh Bình Phước – 😀", HtmlText.Encode("Đảng ủy Công an tỉnh Bình Phước – 😀"));
        // Characters that neither HTML nor XML carry become U+FFFD instead of breaking the page.
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD", HtmlText.Encode("a\u0001b\uD800c\uDC00"));
        Assert.Equal("tab\tline\n", HtmlText.Encode("tab\tline\n"));
        Assert.Equal("", HtmlText.Encode(null));
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_export()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new HtmlExporter().ExportAsync(BinhPhuoc, new MemoryStream(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_while_a_large_table_is_written_stops_the_export()
    {
        // 6000 communes with a model each: a table and a chart far larger than the writer's buffer.
        var ids = Enumerable.Range(0, 6000).Select(i => "xa-" + i.ToString("D4", CultureInfo.InvariantCulture)).ToList();
        var builder = new DatasetBuilder()
            .Add(new Unit { Id = "root", Name = "Tỉnh", Kind = UnitKind.PartyCommittee })
            .Add(ids.Select(id => new Unit { Id = id, Name = "Xã " + id, Kind = UnitKind.BasePartyOrganisation, ParentId = new UnitId("root") }))
            .Add(ids.Select(id => Model("mh-" + id, id, ModelField.Economy)));
        var table = new ReportEngine(builder.Build(), Clock).Run(new ReportQuery
        {
            Root = "root",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [Measure.ActiveModels],
        });
        using var cts = new CancellationTokenSource();
        var stream = new CancellingStream(cts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new HtmlExporter().ExportAsync(ReportDocument.Of(table), stream, cancellationToken: cts.Token));
        Assert.Equal(6000, table.Rows.Length);
        Assert.True(stream.Length > 0);
        Assert.DoesNotContain("</html>", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task The_same_report_gives_the_same_bytes_every_time_and_in_every_current_culture()
    {
        var first = await ExportAsync(BinhPhuoc);
        var second = await ExportAsync(BinhPhuoc2023.Report());
        var saved = CultureInfo.CurrentCulture;
        byte[] underArabic;
        byte[] underTurkish;
        try
        {
            CultureInfo.CurrentCulture = DateFormatTests.TryCulture("ar-SA");
            underArabic = await ExportAsync(BinhPhuoc);
            CultureInfo.CurrentCulture = DateFormatTests.TryCulture("tr-TR");
            underTurkish = await ExportAsync(BinhPhuoc);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(first, second);
        Assert.Equal(first, underArabic);
        Assert.Equal(first, underTurkish);
        Assert.Equal(await ExportAsync(Hostile(), English), await ExportAsync(Hostile(), English));
    }

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2024, 1, 15, 3, 0));

    /// <summary>
    /// A province whose every name is an attack: units, a field, a model and a fund named with a script, unit ids
    /// with quotes, a title, issuer, notes and findings with markup, and a fund overdrawn by 2.000.000 đ.
    /// </summary>
    internal static ReportDocument Hostile()
    {
        var field = new ModelField("hostile", new(Script, Script));
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "tinh", Name = Script, Kind = UnitKind.PartyCommittee },
                new Unit { Id = DoubleQuoteAttack, Name = Script, Kind = UnitKind.PartyCommittee, ParentId = new UnitId("tinh") },
                new Unit { Id = SingleQuoteAttack, Name = "Huyện \"B\" & 'C'", Kind = UnitKind.PartyCommittee, ParentId = new UnitId("tinh") })
            .Add(
                Model("m1", DoubleQuoteAttack, field),
                Model("m2", SingleQuoteAttack, ModelField.Economy),
                Model("m3", SingleQuoteAttack, field))
            .Add(
                new Fund { Id = "f-a", Name = Script, OwnerId = DoubleQuoteAttack },
                new Fund { Id = "f-b", Name = "Quỹ \"B\"", OwnerId = SingleQuoteAttack })
            .Add(
                new Contribution("f-a", new LocalDate(2023, 2, 1), new Dong(1_000_000)),
                new Disbursement("f-a", new LocalDate(2023, 3, 1), new Dong(3_000_000)),
                new Contribution("f-b", new LocalDate(2023, 2, 1), new Dong(5_000_000)))
            .Build();
        var engine = new ReportEngine(dataset, Clock);
        ReportTable Run(Dimension dimension, params Measure[] measures) => engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [dimension],
            Measures = [.. measures],
        });
        var finding = new Finding
        {
            Code = Script,
            Severity = Severity.Warning,
            Entity = new EntityRef(EntityKind.Unit, DoubleQuoteAttack),
            Field = Script,
            Message = new(Script, Script),
        };
        return new ReportDocument
        {
            Title = new(Script, Script),
            Issuer = "<b>Tỉnh ủy \"X\" & 'Y'</b>",
            Place = Script,
            Date = new LocalDate(2024, 1, 15),
            Tables =
            [
                new("models-by-field", new(Script, Script), Run(Dimension.Field, Measure.ActiveModels)),
                new("models-by-unit", new("Mô hình \"theo\" 'đơn vị' <i>x</i> & y", "Models \"by\" 'unit'"), Run(Dimension.ChildOfRoot, Measure.ActiveModels)),
                new("balances", new("Số dư", "Balances"), Run(Dimension.ChildOfRoot, Measure.FundBalance)),
                new("funds", new("Quỹ", "Funds"), Run(Dimension.Fund, Measure.Contributions, Measure.FundBalance)),
            ],
            Findings = [.. DatasetValidator.CreateDefault(clock: Clock).Validate(dataset).Findings, finding],
            Notes = [new(Script, Script), new("'\"&<>", "'\"&<>")],
        };
    }

    private static EmulationModel Model(string id, string owner, ModelField field) => new()
    {
        Id = id,
        Name = Script,
        OwnerId = owner,
        Kind = ModelKind.Model,
        Field = field,
        Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 3, 1))],
    };

    private static async Task<byte[]> ExportAsync(ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await new HtmlExporter().ExportAsync(report, stream, options);
        return stream.ToArray();
    }

    private static XDocument Parse(byte[] html)
    {
        // DtdProcessing.Ignore lets the reader accept <!DOCTYPE html>, which has no DTD to read.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(html), settings);
        return XDocument.Load(reader);
    }

    private static XElement Section(XDocument page, string id)
        => page.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == id);

    private static XElement TableOf(XDocument page, string tableId) => Section(page, "table-" + tableId).Element(X + "table")!;

    private static XElement? ChartOf(XDocument page, string tableId) => Section(page, "table-" + tableId).Descendants(Svg + "svg").SingleOrDefault();

    private static IEnumerable<XElement> Rows(XElement table) => table.Element(X + "tbody")!.Elements(X + "tr");

    private static IEnumerable<string> Headers(XElement table) => table.Element(X + "thead")!.Descendants(X + "th").Select(th => th.Value);

    private static IEnumerable<XElement> Bars(XElement chart) => chart.Descendants(Svg + "rect");

    private static XElement ByClass(XElement parent, string name) => parent.Descendants().Single(e => (string?)e.Attribute("class") == name);

    private static decimal Width(XElement bar) => decimal.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture);

    private static decimal X0(XElement bar) => decimal.Parse((string)bar.Attribute("x")!, CultureInfo.InvariantCulture);
}
