using System.Xml.Linq;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Validation;
using DomainKit.Units;
using static DomainKit.Tests.Export.Rendering.RenderingFixture;

namespace DomainKit.Tests.Export.Rendering;

/// <summary>Validation, reconciliation and import results and datasets render as a summary line and a table.</summary>
public sealed class ResultRenderingTests
{
    [Theory]
    [InlineData(TextCulture.Vietnamese)]
    [InlineData(TextCulture.English)]
    public void A_validation_report_renders_its_summary_and_a_row_per_finding(TextCulture culture)
    {
        var report = QuickStartChecks;
        var summary = report.ToString(culture).Split('\n')[0];

        var fragment = Parse(report.ToHtml(culture));
        var markdown = report.ToMarkdown(culture);

        Assert.Equal(summary, ByClass(fragment, "summary").Value);
        var rows = Rows(fragment).ToList();
        Assert.Equal(report.Findings.Length, rows.Count);
        Assert.Equal(
            report.Findings.Select(f => new[] { f.Code, f.Entity.ToString(), f.Field ?? "", f.Message.In(culture) }),
            rows.Select(r => r.Elements(X + "td").Where((_, i) => i != 1).Select(td => td.Value).ToArray()));
        Assert.StartsWith(MarkdownExporter.Escape(summary) + "\n\n| ", markdown, StringComparison.Ordinal);
        Assert.Equal(report.Findings.Length + 2, TableLines(markdown).Count);
    }

    [Fact]
    public void A_reconciliation_report_renders_its_findings_figure_by_figure()
    {
        var report = BinhPhuocFigures;

        var fragment = Parse(report.ToHtml(TextCulture.Vietnamese));
        var markdown = report.ToMarkdown(TextCulture.English);

        Assert.StartsWith($"{report.FigureCount} số liệu đã đối chiếu: ", ByClass(fragment, "summary").Value, StringComparison.Ordinal);
        Assert.Equal(report.Findings.Select(f => f.Code), Rows(fragment).Select(r => r.Elements(X + "td").First().Value));
        Assert.Equal(report.Findings.Select(f => HtmlSeverityClass(f.Severity)), Rows(fragment).Select(r => (string?)r.Attribute("class")));
        Assert.StartsWith($"{report.FigureCount} figures checked: ", markdown, StringComparison.Ordinal);
        Assert.Contains("| Code | Severity | Item | Field | Message |\n| --- | --- | --- | --- | --- |\n", markdown, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.Code == "DK813");
    }

    [Fact]
    public void An_import_result_renders_each_problem_with_where_it_is_and_the_value_as_written()
    {
        var result = Import();
        var problem = result.Problems.Single(p => p.Value is not null);

        var fragment = Parse(result.ToHtml(TextCulture.English));
        var markdown = result.ToMarkdown(TextCulture.Vietnamese);

        Assert.Equal(result.ToString(TextCulture.English).Split('\n')[0], ByClass(fragment, "summary").Value);
        Assert.Equal(["Code", "Severity", "File", "Line", "Column", "Field", "Value", "Message"], fragment.Descendants(X + "th").Select(th => th.Value));
        var row = Rows(fragment).Single(r => r.Elements(X + "td").ElementAt(6).Value == problem.Value);
        Assert.Equal(
            [problem.Code, "Error", problem.File, problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                problem.Column > 0 ? problem.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", problem.Field ?? "", problem.Value!, problem.Message.English],
            row.Elements(X + "td").Select(td => td.Value));
        Assert.Contains("| Mã | Mức độ | Tệp | Dòng | Cột | Trường | Giá trị | Nội dung |\n| --- | --- | --- | ---: | ---: | --- | --- | --- |\n", markdown, StringComparison.Ordinal);
        Assert.StartsWith("2 bản ghi đã đọc, 1 bị loại: ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_renders_how_many_records_of_each_kind_it_holds()
    {
        var dataset = BinhPhuocData;

        var vietnamese = Parse(dataset.ToHtml(TextCulture.Vietnamese));
        var english = Parse(dataset.ToHtml(TextCulture.English));

        Assert.Equal(["Loại bản ghi", "Số lượng"], vietnamese.Descendants(X + "th").Select(th => th.Value));
        Assert.Equal(["Kind of record", "Count"], english.Descendants(X + "th").Select(th => th.Value));
        Assert.Equal(
            [
                ["Units", Count(dataset.Units.Length)], ["Emulation models", Count(dataset.Models.Length)], ["Pledges", Count(dataset.Pledges.Length)],
                ["Pledge payments", Count(dataset.Payments.Length)], ["Funds", Count(dataset.Funds.Length)],
                ["Fund entries", Count(dataset.FundEntries.Count)], ["Commendations", Count(dataset.Commendations.Length)],
            ],
            Rows(english).Select(r => r.Elements(X + "td").Select(td => td.Value).ToArray()));
        Assert.Equal("Đơn vị", Rows(vietnamese).First().Elements(X + "td").First().Value);
        Assert.StartsWith(
            "| Kind of record | Count |\n| --- | ---: |\n| Units | " + Count(dataset.Units.Length) + " |\n",
            dataset.ToMarkdown(TextCulture.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_are_grouped_as_the_culture_says()
    {
        var builder = new DatasetBuilder();
        for (var i = 0; i < 1234; i++)
        {
            builder.Add(new Unit { Id = $"u{i}", Name = "Xã", Kind = UnitKind.Commune });
        }
        var dataset = builder.Build();

        Assert.Contains("| Đơn vị | 1.234 |", dataset.ToMarkdown(TextCulture.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("| Units | 1,234 |", dataset.ToMarkdown(TextCulture.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_without_findings_is_its_summary_alone()
    {
        var report = DatasetValidator.CreateDefault().Validate(Dataset.Empty);

        Assert.Equal(report.ToString(TextCulture.English) + "\n", report.ToMarkdown(TextCulture.English));
        Assert.Empty(Parse(report.ToHtml(TextCulture.English)).Descendants(X + "table"));
    }

    [Fact]
    public void A_script_anywhere_in_a_result_renders_as_inert_text()
    {
        string[] renderings =
        [
            HostileImport().ToHtml(TextCulture.Vietnamese), HostileImport().ToMarkdown(TextCulture.Vietnamese),
            HostileValidation().ToHtml(TextCulture.English), HostileValidation().ToMarkdown(TextCulture.English),
            Import().ToHtml(TextCulture.Vietnamese), Import().ToMarkdown(TextCulture.English),
        ];

        Assert.All(renderings, text => Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase));
        Assert.All(renderings, text => Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal));
        var fragment = Parse(renderings[0]);
        Assert.DoesNotContain(fragment.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([Script, "Cảnh báo", Script, "12", "4", Script, "\" onmouseover=\"alert(1)", Script], Rows(fragment).Single().Elements(X + "td").Select(td => td.Value));
    }

    [Fact]
    public void Result_fragments_are_styled_like_report_fragments()
    {
        string[] fragments = [QuickStartChecks.ToHtml(TextCulture.Vietnamese), BinhPhuocFigures.ToHtml(TextCulture.Vietnamese), Import().ToHtml(TextCulture.Vietnamese), BinhPhuocData.ToHtml(TextCulture.Vietnamese)];

        Assert.All(fragments, html =>
        {
            var fragment = Parse(html);
            Assert.Equal("domainkit", (string?)fragment.Attribute("class"));
            Assert.Equal(Parse(Report.ToHtml()).Element(X + "style")!.Value, fragment.Element(X + "style")!.Value);
        });
    }

    [Fact]
    public void Renderings_of_results_do_not_depend_on_the_current_culture()
    {
        string Render() => QuickStartChecks.ToHtml(TextCulture.Vietnamese) + BinhPhuocFigures.ToMarkdown(TextCulture.Vietnamese)
            + Import().ToHtml(TextCulture.Vietnamese) + BinhPhuocData.ToMarkdown(TextCulture.Vietnamese) + BinhPhuocData.ToHtml(TextCulture.English);
        var expected = Render();

        var (arabic, turkish) = UnderOtherCultures(Render);

        Assert.Equal(expected, arabic);
        Assert.Equal(expected, turkish);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ValidationResult)null!).ToHtml(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((ValidationResult)null!).ToMarkdown(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((ReconciliationResult)null!).ToHtml(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((ReconciliationResult)null!).ToMarkdown(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((ImportResult)null!).ToHtml(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((ImportResult)null!).ToMarkdown(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((Dataset)null!).ToHtml(TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => ((Dataset)null!).ToMarkdown(TextCulture.Vietnamese));
    }

    private static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string HtmlSeverityClass(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static IEnumerable<XElement> Rows(XElement fragment) => fragment.Descendants(X + "tbody").Single().Elements(X + "tr");

    private static List<string> TableLines(string markdown) => markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();

    private static XElement ByClass(XElement parent, string name) => parent.Descendants().Single(e => (string?)e.Attribute("class") == name);
}
