using System.Text;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Tests.Export;

public sealed class MarkdownExporterTests
{
    private static async Task<string> Export(ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await new MarkdownExporter().ExportAsync(report, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task The_Binh_Phuoc_report_has_a_heading_the_issuer_and_date_and_a_GitHub_table_per_table()
    {
        var report = ExportFixture.BinhPhuoc;

        var text = await Export(report, ExportOptions.Default with { DateStyle = DateStyle.Official });

        Assert.StartsWith($"# {BinhPhuoc2023.ReportTitle}\n\nTỉnh ủy Bình Phước  \nBình Phước, ngày 10 tháng 11 năm 2023  \nKỳ báo cáo: từ đầu năm 2023 đến ngày 10/11/2023\n\n## ", text, StringComparison.Ordinal);
        foreach (var table in report.Tables)
        {
            Assert.Contains($"\n## {MarkdownExporter.Escape(table.Title.Vietnamese)}\n\n| ", text, StringComparison.Ordinal);
        }
        Assert.Contains("| Lĩnh vực chính | Mô hình đang hoạt động | Mô hình tiêu biểu |\n| --- | ---: | ---: |\n", text, StringComparison.Ordinal);
        Assert.Contains("| **Tổng cộng** | **60** | **14** |", text, StringComparison.Ordinal);
        Assert.Contains("\n## Phát hiện\n\n- `DK", text, StringComparison.Ordinal);
        Assert.Contains("\n## Ghi chú\n\n- Nguồn: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_row_has_as_many_cells_as_the_header()
    {
        var text = await Export(ExportFixture.BinhPhuoc);

        foreach (var block in text.Split("\n\n").Where(b => b.StartsWith('|')))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var cells = CellCount(lines[0]);
            Assert.All(lines, line => Assert.Equal(cells, CellCount(line)));
        }
    }

    [Fact]
    public async Task Names_with_markup_are_escaped_and_change_no_table()
    {
        var text = await Export(ExportFixture.Named("<script>alert(1)</script>", "Xã | *đậm* [link](x)"), ExportOptions.Default with { Culture = TextCulture.English });

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text, StringComparison.Ordinal);
        Assert.Contains(@"Xã \| \*đậm\* \[link\](x)", text, StringComparison.Ordinal);
        var table = text.Split("\n\n").Single(b => b.StartsWith('|')).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(table, line => Assert.Equal(4, CellCount(line)));
    }

    [Fact]
    public async Task A_finding_code_is_code_when_it_looks_like_one_and_escaped_text_otherwise()
    {
        var report = ExportFixture.Named("Xã A");
        var finding = ExportFixture.BinhPhuoc.Findings[0];
        var withCodes = new ReportDocument
        {
            Title = report.Title,
            Tables = report.Tables,
            Findings = [finding, finding with { Code = "x` <script>alert(1)</script> `" }],
        };

        var text = await Export(withCodes);

        Assert.Contains($"- `{finding.Code}` ", text, StringComparison.Ordinal);
        // A backtick would end a code span, where nothing can be escaped; as text it is escaped like any other.
        Assert.Contains(@"- x\` &lt;script&gt;alert(1)&lt;/script&gt; \` ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    // Cells are the '|' not escaped by a backslash, less one.
    private static int CellCount(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }
        return count - 1;
    }
}
