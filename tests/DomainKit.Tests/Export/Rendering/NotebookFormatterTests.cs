using System.Reflection;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Export.Html;
using DomainKit.Interchange;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Validation;
using DomainKit.Money;
using DomainKit.Periods;
using static DomainKit.Tests.Export.Rendering.RenderingFixture;

namespace DomainKit.Tests.Export.Rendering;

/// <summary>
/// Notebooks find DomainKit's formatters by .NET Interactive's convention, applied here by <see cref="NotebookConvention"/>
/// through reflection alone, as the notebook applies it.
/// </summary>
public sealed class NotebookFormatterTests
{
    private static readonly Type[] Decorated =
    [
        typeof(ReportDocument), typeof(ReportTable), typeof(ValidationResult), typeof(ReconciliationResult), typeof(ImportResult),
        typeof(Dataset), typeof(Dong), typeof(Rate), typeof(StatedRate), typeof(ReportingPeriod), typeof(Finding),
    ];

    [Fact]
    public void The_results_and_values_meant_for_notebooks_are_exactly_those_that_carry_the_attribute()
    {
        var carrying = typeof(Dataset).Assembly.GetTypes()
            .Where(t => t.IsPublic && NotebookConvention.IsDecorated(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

        Assert.Equal(Decorated.OrderBy(t => t.FullName, StringComparer.Ordinal), carrying);
        Assert.Equal(Decorated.OrderBy(t => t.FullName, StringComparer.Ordinal), Samples().Keys.OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_decorated_type_gets_an_html_and_a_plain_text_formatter()
    {
        Assert.All(Decorated, type =>
        {
            var formatters = NotebookConvention.FormattersFor(type);
            Assert.Equal(["text/html", "text/plain"], formatters.Select(f => f.MimeType).Order(StringComparer.Ordinal));
            Assert.All(formatters, f => Assert.Equal(type, f.FormattedType));
        });
    }

    [Fact]
    public void Reports_and_results_show_as_their_html_fragment_in_Vietnamese()
    {
        var samples = Samples();

        Assert.Equal(Report.ToHtml(), NotebookConvention.Display(samples[typeof(ReportDocument)], "text/html"));
        Assert.Equal(ModelsByField.ToHtml(ExportOptions.Default), NotebookConvention.Display(samples[typeof(ReportTable)], "text/html"));
        Assert.Equal(QuickStartChecks.ToHtml(TextCulture.Vietnamese), NotebookConvention.Display(samples[typeof(ValidationResult)], "text/html"));
        Assert.Equal(BinhPhuocFigures.ToHtml(TextCulture.Vietnamese), NotebookConvention.Display(samples[typeof(ReconciliationResult)], "text/html"));
        Assert.Equal(((ImportResult)samples[typeof(ImportResult)]).ToHtml(TextCulture.Vietnamese), NotebookConvention.Display(samples[typeof(ImportResult)], "text/html"));
        Assert.Equal(BinhPhuocData.ToHtml(TextCulture.Vietnamese), NotebookConvention.Display(samples[typeof(Dataset)], "text/html"));
        Assert.Contains("Tổng cộng", NotebookConvention.Display(samples[typeof(ReportTable)], "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_show_as_their_text_encoded_in_html()
    {
        foreach (var type in new[] { typeof(Dong), typeof(Rate), typeof(StatedRate), typeof(ReportingPeriod), typeof(Finding) })
        {
            var value = Samples()[type];
            Assert.Equal(HtmlText.Encode(value.ToString()), NotebookConvention.Display(value, "text/html"));
        }
        Assert.Equal("6,100,542,700 VND", NotebookConvention.Display(Samples()[typeof(Dong)], "text/html"));
    }

    [Fact]
    public void Every_decorated_type_shows_its_ToString_as_plain_text()
    {
        Assert.All(Samples(), sample => Assert.Equal(sample.Value.ToString(), NotebookConvention.Display(sample.Value, "text/plain")));
    }

    [Fact]
    public void A_formatter_says_no_to_what_is_not_DomainKit_s_and_writes_nothing()
    {
        foreach (var formatter in NotebookConvention.FormattersFor(typeof(ReportTable)))
        {
            using var writer = new StringWriter();
            Assert.False(formatter.Format("a string", writer));
            Assert.False(formatter.Format(new DocumentTable("t", new("T", "T"), ModelsByField), writer));
            Assert.Equal(string.Empty, writer.ToString());
        }
    }

    [Fact]
    public void A_script_in_a_formatted_value_comes_out_inert()
    {
        var finding = QuickStartChecks.Findings[0] with { Message = new(Script, Script), Field = Script };

        var html = NotebookConvention.Display(finding, "text/html");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", NotebookConvention.Display(HostileReport(), "text/html"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", NotebookConvention.Display(HostileImport(), "text/html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_notebook_can_create_the_source_and_find_one_format_method_on_each_formatter()
    {
        var attribute = typeof(ReportTable).GetCustomAttributes(true).Single(a => a.GetType().Name == NotebookConvention.AttributeName);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;

        Assert.NotNull(sourceType.GetConstructor(Type.EmptyTypes));
        Assert.Equal(typeof(IEnumerable<object>), sourceType.GetMethod("CreateTypeFormatters")!.ReturnType);
        // Hosts without the convention are not asked to choose: no preferred MIME type is set.
        Assert.Null(attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute));
        var usage = attribute.GetType().GetCustomAttribute<AttributeUsageAttribute>()!;
        Assert.Equal(AttributeTargets.Class | AttributeTargets.Struct, usage.ValidOn);
        var formatterTypes = ((System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!)
            .Cast<object>().Select(f => f.GetType()).ToList();
        Assert.All(formatterTypes, t =>
        {
            var format = Assert.Single(t.GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name == "Format");
            Assert.Equal(typeof(bool), format.ReturnType);
            Assert.Equal([typeof(object), typeof(TextWriter)], format.GetParameters().Select(p => p.ParameterType));
        });
    }

    [Fact]
    public void What_notebooks_show_does_not_depend_on_the_current_culture()
    {
        var html = NotebookConvention.Display(Report, "text/html");
        var text = NotebookConvention.Display(Samples()[typeof(Dong)], "text/plain");

        var (arabic, turkish) = UnderOtherCultures(() => (NotebookConvention.Display(Report, "text/html"), NotebookConvention.Display(Samples()[typeof(Dong)], "text/plain")));

        Assert.Equal((html, text), arabic);
        Assert.Equal((html, text), turkish);
    }
}
