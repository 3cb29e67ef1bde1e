using System.Text;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.Examples.Bulletin;

/// <summary>
/// Registers the <see cref="BulletinExporter"/> of this assembly next to DomainKit's built-in exporters, finds it
/// in the catalogue by its format id, and writes the Bình Phước report with it to the console.
/// </summary>
public static class Program
{
    /// <summary>Writes the bulletin; returns 0.</summary>
    public static async Task<int> Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        await WriteAsync(Console.OpenStandardOutput());
        return 0;
    }

    /// <summary>Writes the Bình Phước bulletin in Vietnamese to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var services = new ServiceCollection()
            .AddDomainKit(kit => kit.AddExporter<BulletinExporter>())
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<ExporterCatalog>();

        var bulletin = catalog.Get("bulletin");
        await bulletin.ExportAsync(BinhPhuoc2023.Report(), output, cancellationToken: cancellationToken);
    }
}
