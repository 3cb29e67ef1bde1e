using DomainKit.Export;
using DomainKit.Export.OpenXml;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Tests.Export.OpenXml;

public sealed class OpenXmlExporterRegistrationTests
{
    [Fact]
    public void AddOpenXmlExporters_puts_both_exporters_in_the_catalogue()
    {
        using var provider = new ServiceCollection().AddDomainKit(kit => kit.AddOpenXmlExporters()).BuildServiceProvider();

        var catalog = provider.GetRequiredService<ExporterCatalog>();

        Assert.IsType<XlsxExporter>(catalog.Get("xlsx"));
        Assert.IsType<DocxExporter>(catalog.Get("DOCX"));
        Assert.IsType<DocxExporter>(catalog.FindByExtension("report.docx"));
        Assert.IsType<XlsxExporter>(catalog.FindByExtension("bao-cao.XLSX"));
    }

    [Fact]
    public void Adding_the_exporters_twice_adds_them_once()
    {
        using var provider = new ServiceCollection()
            .AddDomainKit(kit => kit.AddOpenXmlExporters())
            .AddDomainKit(kit => kit.AddOpenXmlExporters())
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<ExporterCatalog>();

        Assert.Single(catalog, e => e.FormatId == "xlsx");
        Assert.Single(catalog, e => e.FormatId == "docx");
    }

    [Fact]
    public void A_null_builder_throws()
        => Assert.Throws<ArgumentNullException>(() => DomainKitOpenXmlBuilderExtensions.AddOpenXmlExporters(null!));
}
