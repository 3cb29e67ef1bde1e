using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DomainKit.Export;

/// <summary>
/// The exporters an app has, looked up by format id or by file extension. With dependency injection it is the
/// singleton <c>AddDomainKit</c> registers, holding the built-in exporters and those added with
/// <c>AddExporter</c>; without it, <see cref="BuiltIn"/> or a catalogue of your own. Immutable and thread-safe.
/// </summary>
public sealed class ExporterCatalog : IReadOnlyCollection<IExporter>
{
    private readonly ImmutableArray<IExporter> exporters;
    private readonly Dictionary<string, IExporter> byId;

    /// <summary>A catalogue of <paramref name="exporters"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exporters"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Two exporters claim the same format id; the message names both.</exception>
    public ExporterCatalog(IEnumerable<IExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        this.exporters = [.. exporters];
        byId = new Dictionary<string, IExporter>(StringComparer.OrdinalIgnoreCase);
        foreach (var exporter in this.exporters)
        {
            if (exporter is null)
            {
                throw new ArgumentNullException(nameof(exporters), "An exporter of the catalogue is null.");
            }
            if (!byId.TryAdd(exporter.FormatId, exporter))
            {
                var first = byId[exporter.FormatId];
                throw new InvalidOperationException(
                    $"Two exporters claim the format id '{exporter.FormatId}': {first.GetType().FullName} and {exporter.GetType().FullName}. "
                    + "Give your exporter an id of its own, or register only one of them.");
            }
        }
    }

    /// <summary>The exporters of the core library: CSV, JSON, Markdown and HTML.</summary>
    public static ExporterCatalog BuiltIn { get; } = new(BuiltInExporters());

    /// <summary>The number of exporters.</summary>
    public int Count => exporters.Length;

    /// <summary>The format ids, in the order the exporters were registered.</summary>
    public IEnumerable<string> FormatIds => exporters.Select(e => e.FormatId);

    /// <summary>The exporter of format <paramref name="formatId"/> (ignoring case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="formatId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No exporter has the id; the message lists those there are.</exception>
    public IExporter Get(string formatId)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        return TryGet(formatId, out var exporter)
            ? exporter
            : throw new KeyNotFoundException($"No exporter has the format id '{formatId}'. There are: {string.Join(", ", FormatIds)}.");
    }

    /// <summary>Looks up the exporter of format <paramref name="formatId"/> (ignoring case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="formatId"/> is <see langword="null"/>.</exception>
    public bool TryGet(string formatId, [NotNullWhen(true)] out IExporter? exporter)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        return byId.TryGetValue(formatId, out exporter);
    }

    /// <summary>
    /// The first exporter registered for the extension of <paramref name="pathOrExtension"/> (ignoring case):
    /// <c>report.xlsx</c>, <c>.xlsx</c> or <c>xlsx</c>; <see langword="null"/> when none has it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="pathOrExtension"/> is <see langword="null"/>.</exception>
    public IExporter? FindByExtension(string pathOrExtension)
    {
        ArgumentNullException.ThrowIfNull(pathOrExtension);
        var extension = Path.GetExtension(pathOrExtension);
        if (string.IsNullOrEmpty(extension))
        {
            extension = "." + pathOrExtension;
        }
        return exporters.FirstOrDefault(e => string.Equals(e.FileExtension, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public IEnumerator<IExporter> GetEnumerator() => ((IEnumerable<IExporter>)exporters).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the format ids.</summary>
    public override string ToString() => string.Join(", ", FormatIds);

    internal static IEnumerable<IExporter> BuiltInExporters() => [new CsvExporter(), new JsonExporter(), new MarkdownExporter(), new HtmlExporter()];
}
