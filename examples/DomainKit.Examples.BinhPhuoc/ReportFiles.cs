using DomainKit.Export;
using DomainKit.Text;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>Writes the Bình Phước report in every format an app registers, as a portal's "download" page would.</summary>
public static class ReportFiles
{
    /// <summary>The file name of the report, before its extension.</summary>
    public const string BaseName = "binh-phuoc-2023";

    /// <summary>
    /// The exporter catalogue of an app that registers DomainKit through dependency injection, with the Office
    /// formats of DomainKit.Export.OpenXml.
    /// </summary>
    public static ExporterCatalog Catalog()
        => new ServiceCollection()
            .AddDomainKit(kit => kit.AddOpenXmlExporters())
            .BuildServiceProvider()
            .GetRequiredService<ExporterCatalog>();

    /// <summary>
    /// Writes <see cref="BinhPhuoc2023.Report()"/> into <paramref name="folder"/> (created if need be) once per
    /// exporter, as <c>binh-phuoc-2023</c> with the exporter's extension, and returns the paths written.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(string folder, TextCulture culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var report = BinhPhuoc2023.Report();
        var options = ExportOptions.Default with { Culture = culture };
        var paths = new List<string>();
        foreach (var exporter in Catalog())
        {
            var path = Path.Combine(folder, BaseName + exporter.FileExtension);
            var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                await exporter.ExportAsync(report, file, options, cancellationToken).ConfigureAwait(false);
            }
            paths.Add(path);
        }
        return paths;
    }
}
