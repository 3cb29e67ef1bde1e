using System.Text;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.VisualBasic.FileIO;

namespace DomainKit.Tests.Export;

public sealed class CsvExporterTests
{
    private static async Task<byte[]> Export(ReportDocument report, ExportOptions? options = null, CsvOptions? csv = null)
    {
        using var stream = new MemoryStream();
        await new CsvExporter(csv).ExportAsync(report, stream, options);
        return stream.ToArray();
    }

    // The CSV parser of the .NET runtime (Microsoft.VisualBasic), which knows nothing of DomainKit, reads the file.
    private static List<string[]> Parse(byte[] bytes, char delimiter = ',')
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(delimiter.ToString());
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }
        return rows;
    }

    [Fact]
    public async Task Each_Binh_Phuoc_table_read_back_by_a_CSV_parser_gives_the_cells_of_its_layout()
    {
        var report = ExportFixture.BinhPhuoc;
        foreach (var table in report.Tables)
        {
            var options = ExportOptions.Default with { Tables = [table.Id], IncludeFindings = false };

            var rows = Parse(await Export(report, options));

            var layout = TableLayout.Of(table.Table!, options);
            string[][] expected =
            [
                [table.Title.Vietnamese],
                [.. layout.Columns.Select(c => c.Header)],
                .. layout.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()),
            ];
            Assert.Equal(expected, rows);
        }
    }

    [Fact]
    public async Task The_funds_table_holds_the_amounts_of_the_report_in_Vietnamese_style()
    {
        var rows = Parse(await Export(ExportFixture.BinhPhuoc, ExportOptions.Default with { Tables = [BinhPhuoc2023.TableIds.Funds] }));

        Assert.Equal("Quỹ", rows[1][0]);
        Assert.Contains(rows, r => r.Contains("6.100.542.700 đ"));
    }

    [Fact]
    public async Task Plain_money_style_writes_digits_that_parse_as_integers()
    {
        var options = ExportOptions.Default with { MoneyStyle = DongStyle.Plain, Tables = [BinhPhuoc2023.TableIds.Funds], IncludeFindings = false };

        var rows = Parse(await Export(ExportFixture.BinhPhuoc, options));

        Assert.Contains(rows, r => r.Contains("6100542700"));
        // A figure not reported is "–" in every style: not a number, and never 0.
        Assert.All(rows.Skip(2), r => Assert.All(r.Skip(1).Where(c => c.Length > 0 && c != "–"), c => Assert.True(long.TryParse(c, out _), c)));
        Assert.Contains(rows, r => r.Skip(1).Contains("–"));
    }

    [Fact]
    public async Task The_whole_report_is_blocks_of_tables_then_the_findings()
    {
        var report = ExportFixture.BinhPhuoc;

        var rows = Parse(await Export(report));

        foreach (var table in report.Tables)
        {
            Assert.Contains(rows, r => r.Length == 1 && r[0] == table.Title.Vietnamese);
        }
        var findings = rows.FindIndex(r => r.Length == 1 && r[0] == "Phát hiện");
        Assert.True(findings > 0);
        Assert.Equal(["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"], rows[findings + 1]);
        Assert.Equal(report.Findings.Length, rows.Count - findings - 2);
        Assert.Equal(report.Findings.Select(f => f.Code), rows.Skip(findings + 2).Select(r => r[0]));
    }

    [Fact]
    public async Task Findings_are_left_out_when_the_options_say_so()
    {
        var rows = Parse(await Export(ExportFixture.BinhPhuoc, ExportOptions.Default with { IncludeFindings = false }));

        Assert.DoesNotContain(rows, r => r.Length == 1 && r[0] == "Phát hiện");
    }

    [Fact]
    public async Task English_headers_come_with_the_invariant_culture()
    {
        var rows = Parse(await Export(ExportFixture.BinhPhuoc, new ExportOptions { Culture = TextCulture.English, Tables = [BinhPhuoc2023.TableIds.ModelsByField], IncludeFindings = false }));

        Assert.Equal(["Models by field"], rows[0]);
        Assert.Equal(["Main field", "Active models", "Exemplary models"], rows[1]);
        Assert.Equal("Total", rows[^1][0]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string name)
    {
        var rows = Parse(await Export(ExportFixture.Named(name, "Xã An Bình")));

        Assert.Contains(rows, r => r[0] == "'" + name);
        Assert.DoesNotContain(rows, r => r.Any(c => c == name));
    }

    [Fact]
    public async Task Negative_amounts_stay_numbers_and_are_not_prefixed()
    {
        var rows = Parse(await Export(ExportFixture.Named("Xã A", "Xã B")));

        var overdrawn = rows.Single(r => r[0] == "Xã B");
        Assert.Equal("-250.000 đ", overdrawn[2]);
        Assert.Equal("–", overdrawn[3]);
    }

    [Fact]
    public async Task Delimiters_quotes_and_line_breaks_in_names_are_quoted_per_RFC_4180()
    {
        const string name = "Xã \"An\", Bình\r\nmới";
        var bytes = await Export(ExportFixture.Named(name));

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"Xã \"\"An\"\", Bình\r\nmới\"", text, StringComparison.Ordinal);
        Assert.Contains(Parse(bytes), r => r[0] == name);
    }

    [Fact]
    public async Task Lines_end_with_CRLF_and_there_is_no_byte_order_mark_by_default()
    {
        var bytes = await Export(ExportFixture.Named("Xã A"));

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_options_write_a_byte_order_mark_and_semicolons()
    {
        var bytes = await Export(ExportFixture.BinhPhuoc, ExportOptions.Default with { Tables = [BinhPhuoc2023.TableIds.Funds] }, CsvOptions.Spreadsheet);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Parse(bytes, ';');
        Assert.Equal("Quỹ", rows[1][0]);
        Assert.Equal(6, rows[1].Length);
    }

    [Fact]
    public void Only_a_comma_a_semicolon_or_a_tab_can_delimit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsvOptions { Delimiter = '|' });
    }

    [Property]
    public Property Any_text_read_back_is_the_text_written_with_formulas_neutralised()
    {
        // Text made of what CSV must take care of: delimiters, quotes, formula starters, Vietnamese letters. Line
        // breaks are left to the fact above: the runtime's parser drops one that ends a quoted field.
        var text = Gen.Elements("aZ0 ,;\"'\t=+-@.%đĐếộỹ|<>&".ToCharArray())
            .ArrayOf().Select(chars => new string(chars)).ToArbitrary();
        return Prop.ForAll(text, title =>
        {
            var report = ExportFixture.Named("Xã A");
            var titled = new ReportDocument { Title = report.Title, Tables = [new DocumentTable("communes", new(title, title), report.Tables[0].Table!)] };
            using var stream = new MemoryStream();
            new CsvExporter().ExportAsync(titled, stream, ExportOptions.Default with { IncludeFindings = false }).GetAwaiter().GetResult();
            var rows = Parse(stream.ToArray());
            return rows[0].Length == 1 && rows[0][0] == SpreadsheetText.Neutralise(title) && rows[1][0] == "Đơn vị trực thuộc";
        });
    }
}
