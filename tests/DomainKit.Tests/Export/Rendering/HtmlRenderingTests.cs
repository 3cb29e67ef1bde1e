using System.Text;
using System.Xml.Linq;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using FsCheck;
using DomainKit.Aggregation;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DomainKit.Tests.Export.Rendering.RenderingFixture;

namespace DomainKit.Tests.Export.Rendering;

/// <summary>
/// <see cref="RenderingExtensions.ToHtml(ReportDocument, ExportOptions?)"/> gives the page's content as a fragment: parsed
/// as XML, as the page is, so that what a browser sees can be checked element by element.
/// </summary>
public sealed class HtmlRenderingTests
{
    private static readonly string[] Documentless = ["html", "head", "body", "title", "meta", "main"];

    [Theory]
    [InlineData(TextCulture.Vietnamese, DongStyle.Full, DateStyle.Short)]
    [InlineData(TextCulture.Vietnamese, DongStyle.Words, DateStyle.Official)]
    [InlineData(TextCulture.English, DongStyle.Compact, DateStyle.Short)]
    [InlineData(TextCulture.English, DongStyle.Plain, DateStyle.Official)]
    public void The_fragment_parses_as_xml_and_has_no_document_around_it(TextCulture culture, DongStyle money, DateStyle date)
    {
        var html = Report.ToHtml(new ExportOptions { Culture = culture, MoneyStyle = money, DateStyle = date });

        var fragment = Parse(html);

        Assert.Equal(X + "div", fragment.Name);
        Assert.Equal(money == DongStyle.Words ? "domainkit money-words" : "domainkit", (string?)fragment.Attribute("class"));
        Assert.Equal(culture == TextCulture.Vietnamese ? "vi" : "en", (string?)fragment.Attribute("lang"));
        Assert.DoesNotContain(fragment.DescendantsAndSelf(), e => e.Name.Namespace == X && Documentless.Contains(e.Name.LocalName));
        Assert.DoesNotContain("<!DOCTYPE", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, fragment.Descendants(X + "section").Count(s => (string?)s.Attribute("class") == "report-table"));
    }

    [Fact]
    public void Every_rule_of_the_style_sheet_is_under_the_fragment_s_class()
    {
        var css = Parse(Report.ToHtml()).Element(X + "style")!.Value;

        var preludes = Preludes(css).ToList();

        Assert.Contains("@media print", preludes);
        Assert.DoesNotContain("@page", css, StringComparison.Ordinal);
        var selectors = preludes.Where(p => !p.StartsWith('@')).SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.True(selectors.Count > 30);
        Assert.All(selectors, selector => Assert.StartsWith(".domainkit", selector, StringComparison.Ordinal));
        Assert.DoesNotContain(selectors, s => s.Split(' ').Any(part => part is "html" or "body"));
        // Its own white background and black text, so that a dark notebook theme leaves it readable.
        Assert.Contains(".domainkit { color: #000; background: #fff; }", css, StringComparison.Ordinal);
        Assert.Contains(".domainkit.money-words .num", css, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_and_the_fragment_share_their_header_tables_charts_findings_and_notes()
    {
        var page = PageOf(Report, English);
        var html = Report.ToHtml(English);
        var ids = (string)Parse(html).Descendants(X + "section").First().Attribute("id")!;
        var prefix = ids[..^$"table-{BinhPhuoc2023.TableIds.ModelsByField}".Length];
        var fragment = Parse(html.Replace(prefix, string.Empty, StringComparison.Ordinal));

        Assert.Matches("^dk[0-9a-f]{8}-$", prefix);
        Assert.Equal(page.Descendants(X + "header").Single().ToString(), fragment.Element(X + "header")!.ToString());
        Assert.Equal(
            page.Descendants(X + "main").Single().Elements().Select(e => e.ToString()),
            fragment.Elements(X + "section").Select(e => e.ToString()));
    }

    [Fact]
    public void A_distribution_by_field_comes_with_its_chart()
    {
        var fragment = Parse(ModelsByField.ToHtml());

        var chart = fragment.Descendants(Svg + "svg").Single();

        Assert.Equal("img", (string?)chart.Attribute("role"));
        Assert.Equal(
            ModelsByField.Rows.Select(r => r.Keys[0].Key),
            chart.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("data-key")));
        Assert.Empty(Parse(Report.ToHtml(ExportOptions.Default with { Tables = [BinhPhuoc2023.TableIds.Funds] })).Descendants(Svg + "svg"));
    }

    [Fact]
    public void The_header_findings_and_notes_are_in_the_fragment()
    {
        var fragment = Parse(Report.ToHtml(ExportOptions.Default with { DateStyle = DateStyle.Official }));

        var header = fragment.Element(X + "header")!;
        Assert.Equal("Tỉnh ủy Bình Phước", ByClass(header, "issuer").Value);
        Assert.Equal("Bình Phước, ngày 10 tháng 11 năm 2023", ByClass(header, "place-date").Value);
        Assert.Equal(Report.Title.Vietnamese, header.Element(X + "h1")!.Value);
        Assert.StartsWith("Kỳ báo cáo: ", ByClass(header, "period").Value, StringComparison.Ordinal);
        var findings = ByClass(fragment, "findings");
        Assert.Equal(Report.Findings.Length, findings.Descendants(X + "tbody").Single().Elements(X + "tr").Count());
        Assert.Equal(Report.Notes.Select(n => n.Vietnamese), ByClass(fragment, "notes").Descendants(X + "li").Select(li => li.Value));
    }

    [Fact]
    public void Options_choose_the_tables_and_leave_out_the_findings_as_for_the_page()
    {
        var fragment = Parse(Report.ToHtml(new ExportOptions { Tables = [BinhPhuoc2023.TableIds.Funds], IncludeFindings = false }));

        Assert.Equal(["report-table", "notes"], fragment.Elements(X + "section").Select(s => (string?)s.Attribute("class")));
        Assert.Throws<ArgumentException>(() => Report.ToHtml(new ExportOptions { Tables = ["khong-co"] }));
    }

    [Fact]
    public void Headers_are_in_Vietnamese_or_English_as_the_culture_says()
    {
        var vietnamese = Parse(ModelsByField.ToHtml());
        var english = Parse(ModelsByField.ToHtml(English));

        Assert.Equal(["Lĩnh vực chính", "Mô hình đang hoạt động", "Mô hình tiêu biểu"], vietnamese.Descendants(X + "th").Select(th => th.Value));
        Assert.Equal(["Main field", "Active models", "Exemplary models"], english.Descendants(X + "th").Select(th => th.Value));
        Assert.Equal("Tổng cộng", vietnamese.Descendants(X + "tr").Last().Elements(X + "td").First().Value);
        Assert.Equal("Total", english.Descendants(X + "tr").Last().Elements(X + "td").First().Value);
    }

    [Fact]
    public void A_script_in_a_model_or_unit_name_renders_as_inert_text()
    {
        var report = HostileReport();

        var html = report.ToHtml();
        var fragment = Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fragment.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "b" or "i");
        Assert.DoesNotContain(fragment.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Script, fragment.Descendants(X + "h1").Single().Value);
        Assert.Contains(fragment.Descendants(X + "td"), td => td.Value == Script);
        Assert.Contains(fragment.Descendants(Svg + "text"), t => t.Value == Script);
        Assert.Equal(Script, ByClass(fragment, "notes").Descendants(X + "li").First().Value);
    }

    [Property]
    public Property Any_names_give_a_fragment_that_parses_and_holds_no_element_of_their_making()
    {
        string[] allowed = ["div", "style", "header", "p", "time", "h1", "h2", "section", "figure", "svg", "title", "g", "text", "rect", "line", "table", "thead", "tbody", "tr", "th", "td"];
        var names = ArbMap.Default.GeneratorFor<string>().Where(s => !string.IsNullOrEmpty(s)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

        return Prop.ForAll(names, given =>
        {
            var fragment = Parse(ExportFixture.Named(given).ToHtml());
            return fragment.DescendantsAndSelf().All(e => allowed.Contains(e.Name.LocalName));
        });
    }

    [Fact]
    public void Two_reports_on_one_page_have_ids_of_their_own_and_one_report_always_the_same()
    {
        var first = Parse(Report.ToHtml());
        var second = Parse(ModelsByField.ToHtml());

        var ids = first.Descendants().Concat(second.Descendants()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Report.ToHtml(), BinhPhuoc2023.Report().ToHtml());
        // Every label names an id of its own fragment.
        Assert.All(first.Descendants().Attributes("aria-labelledby"), a => Assert.Contains(first.Descendants(), e => (string?)e.Attribute("id") == a.Value));
    }

    [Fact]
    public void The_fragment_does_not_depend_on_the_current_culture()
    {
        var html = Report.ToHtml();

        var (arabic, turkish) = UnderOtherCultures(() => Report.ToHtml());

        Assert.Equal(html, arabic);
        Assert.Equal(html, turkish);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ReportDocument)null!).ToHtml());
        Assert.Throws<ArgumentNullException>(() => ((ReportTable)null!).ToHtml());
    }

    private static XDocument PageOf(ReportDocument report, ExportOptions options)
    {
        using var stream = new MemoryStream();
        new HtmlExporter().ExportAsync(report, stream, options).GetAwaiter().GetResult();
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null };
        using var reader = System.Xml.XmlReader.Create(new StringReader(Encoding.UTF8.GetString(stream.ToArray())), settings);
        return XDocument.Load(reader);
    }

    private static XElement ByClass(XElement parent, string name) => parent.Descendants().Single(e => (string?)e.Attribute("class") == name);
}
