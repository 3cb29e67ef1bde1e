using System.Text;
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

public sealed class MarkdownRenderingTests
{
    public static TheoryData<ExportOptions?> OptionSets() =>
    [
        null,
        ExportOptions.Default,
        new ExportOptions { Culture = TextCulture.English },
        new ExportOptions { MoneyStyle = DongStyle.Words, DateStyle = DateStyle.Official },
        new ExportOptions { Culture = TextCulture.English, MoneyStyle = DongStyle.Plain, IncludeFindings = false },
        new ExportOptions { MoneyStyle = DongStyle.Compact, Tables = [BinhPhuoc2023.TableIds.Funds, BinhPhuoc2023.TableIds.PledgesByUnit] },
    ];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void A_report_s_markdown_is_what_the_exporter_writes(ExportOptions? options)
    {
        Assert.Equal(Export(Report, options), Report.ToMarkdown(options));
        var everyTable = (options ?? ExportOptions.Default) with { Tables = null };
        Assert.Equal(Export(HostileReport(), everyTable), HostileReport().ToMarkdown(everyTable));
    }

    [Fact]
    public void A_table_s_markdown_is_that_of_its_report_of_one_table()
    {
        Assert.Equal(Export(ReportDocument.Of(ModelsByField), null), ModelsByField.ToMarkdown());
        Assert.Equal(Export(ReportDocument.Of(ModelsByField), English), ModelsByField.ToMarkdown(English));
        Assert.StartsWith("# Tỉnh ủy Bình Phước: ", ModelsByField.ToMarkdown(), StringComparison.Ordinal);
    }

    [Property]
    public Property For_any_names_the_markdown_written_as_utf8_is_the_exporter_s_bytes()
    {
        var names = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty).ArrayOf().ToArbitrary();

        return Prop.ForAll(names, given =>
        {
            var report = ExportFixture.Named(given);
            using var stream = new MemoryStream();
            new MarkdownExporter().ExportAsync(report, stream).GetAwaiter().GetResult();
            return Encoding.UTF8.GetBytes(report.ToMarkdown()).AsSpan().SequenceEqual(stream.ToArray());
        });
    }

    [Fact]
    public void A_script_in_a_model_or_unit_name_renders_as_inert_text()
    {
        var markdown = HostileReport().ToMarkdown();

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_are_in_Vietnamese_or_English_as_the_culture_says()
    {
        Assert.Contains("| Lĩnh vực chính | Mô hình đang hoạt động | Mô hình tiêu biểu |\n| --- | ---: | ---: |\n", ModelsByField.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("| Main field | Active models | Exemplary models |\n| --- | ---: | ---: |\n", ModelsByField.ToMarkdown(English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_does_not_depend_on_the_current_culture()
    {
        var markdown = Report.ToMarkdown();

        var (arabic, turkish) = UnderOtherCultures(() => Report.ToMarkdown());

        Assert.Equal(markdown, arabic);
        Assert.Equal(markdown, turkish);
    }

    [Fact]
    public async Task Rendering_inside_a_single_threaded_synchronisation_context_does_not_deadlock()
    {
        // A UI thread or an old ASP.NET request: continuations posted to the context would wait for a thread that is blocked.
        var rendered = await Task.Run(() =>
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(new BlockingContext());
            try
            {
                return (Report.ToMarkdown(), Report.ToHtml());
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Export(Report, null), rendered.Item1);
        Assert.Equal(Report.ToHtml(), rendered.Item2);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ReportDocument)null!).ToMarkdown());
        Assert.Throws<ArgumentNullException>(() => ((ReportTable)null!).ToMarkdown());
    }

    private static string Export(ReportDocument report, ExportOptions? options)
    {
        using var stream = new MemoryStream();
        new MarkdownExporter().ExportAsync(report, stream, options).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A context that never runs what is posted to it, so that anything waiting on it hangs.</summary>
    private sealed class BlockingContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
