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
    /// exporter, as <c>binh-phuoc-2023</c> with the exporter's extension, then the roll-up of the units' submissions
    /// (<see cref="SubmissionsSummary.Rollup"/>) as text in <c>binh-phuoc-2023-chi-tieu.txt</c>, and returns the paths written.
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
        // The roll-up of the units' submissions, beside the report's files (which stay as they were): the indicator
        // table as text, with the findings of its checks.
        var rollup = Path.Combine(folder, BaseName + "-chi-tieu.txt");
        var table = SubmissionsSummary.Rollup(BinhPhuoc2023.Build());
        await File.WriteAllTextAsync(rollup, table.ToString(culture), new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        paths.Add(rollup);
        return paths;
    }
}
