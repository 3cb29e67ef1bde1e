using DomainKit.Export;
using DomainKit.Export.OpenXml;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The Open XML exporters' settings of <see cref="IDomainKitBuilder"/>.</summary>
public static class DomainKitOpenXmlBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="XlsxExporter"/> (<c>xlsx</c>) and the <see cref="DocxExporter"/> (<c>docx</c>) to the
    /// <see cref="ExporterCatalog"/>: <c>services.AddDomainKit(kit =&gt; kit.AddOpenXmlExporters())</c>. Calling it
    /// twice adds them once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IDomainKitBuilder AddOpenXmlExporters(this IDomainKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddExporter<XlsxExporter>().AddExporter<DocxExporter>();
    }
}
