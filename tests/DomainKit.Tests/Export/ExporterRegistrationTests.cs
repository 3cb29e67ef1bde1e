using DomainKit.Examples.Bulletin;
using DomainKit.Export;
using DomainKit.Interchange;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Tests.Export;

public sealed class ExporterRegistrationTests
{
    private static ExporterCatalog Catalog(Action<IDomainKitBuilder>? configure = null)
        => new ServiceCollection().AddDomainKit(configure).BuildServiceProvider().GetRequiredService<ExporterCatalog>();

    [Fact]
    public void AddDomainKit_registers_the_built_in_exporters_in_a_catalogue()
    {
        Assert.Equal(["csv", "json", "markdown", "html"], Catalog().FormatIds);
    }

    [Fact]
    public void An_exporter_of_your_own_joins_the_catalogue_once()
    {
        var catalog = Catalog(kit => kit.AddExporter<BulletinExporter>().AddExporter<BulletinExporter>());

        Assert.Equal(["csv", "json", "markdown", "html", "bulletin"], catalog.FormatIds);
        Assert.IsType<BulletinExporter>(catalog.FindByExtension("tin.txt"));
    }

    [Fact]
    public void Calling_AddDomainKit_twice_registers_each_exporter_once()
    {
        var services = new ServiceCollection().AddDomainKit().AddDomainKit(kit => kit.AddExporter<BulletinExporter>());

        Assert.Equal(5, services.BuildServiceProvider().GetRequiredService<ExporterCatalog>().Count);
    }

    [Fact]
    public void Two_exporters_with_one_id_fail_when_the_catalogue_is_resolved()
    {
        var provider = new ServiceCollection()
            .AddDomainKit(kit => kit.AddExporter(new CsvExporter(CsvOptions.Spreadsheet)))
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<ExporterCatalog>);
        Assert.Contains("'csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_exporter_can_be_replaced_by_one_with_other_options()
    {
        var catalog = Catalog(kit => kit.RemoveExporter("csv").AddExporter(new CsvExporter(CsvOptions.Spreadsheet)));

        var csv = Assert.IsType<CsvExporter>(catalog.Get("csv"));
        Assert.Equal(';', csv.Options.Delimiter);
        Assert.True(csv.ByteOrderMark);
        Assert.Equal(4, catalog.Count);
    }

    [Fact]
    public void Registration_refuses_null()
    {
        var services = new ServiceCollection();
        services.AddDomainKit(kit =>
        {
            Assert.Throws<ArgumentNullException>(() => kit.AddExporter(null!));
            Assert.Throws<ArgumentNullException>(() => kit.RemoveExporter(null!));
        });
        Assert.Throws<ArgumentNullException>(() => DomainKitExportBuilderExtensions.AddExporter<CsvExporter>(null!));
    }
}
