using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// Writes a <see cref="ReportDocument"/> in one file format. This is DomainKit's main extension point: derive from
/// <see cref="ExporterBase"/> or <see cref="TextExporterBase"/> to write your own, register it with
/// <c>services.AddDomainKit(kit =&gt; kit.AddExporter&lt;MyExporter&gt;())</c>, and find it in the
/// <see cref="ExporterCatalog"/> by <see cref="FormatId"/> or <see cref="FileExtension"/>.
/// </summary>
/// <remarks>
/// An exporter holds no state between calls and may be used from many threads at once. Bad data in a report is
/// written as it is, never thrown; null arguments, an unwritable stream and options naming a table the report
/// does not have are programming errors and throw.
/// </remarks>
public interface IExporter
{
    /// <summary>The stable, lower-case id of the format, unique in a catalogue: <c>csv</c>, <c>xlsx</c>, <c>bulletin</c>.</summary>
    string FormatId { get; }

    /// <summary>The name of the format for people, in Vietnamese and English.</summary>
    LocalizedText DisplayName { get; }

    /// <summary>The media type of what it writes: <c>text/csv</c>.</summary>
    string MediaType { get; }

    /// <summary>The file extension, lower case with its dot: <c>.csv</c>.</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="destination"/>, which stays open. The tables written
    /// are those <paramref name="options"/> selects, in the report's order.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">A writable stream; it need not be seekable.</param>
    /// <param name="options">Culture, styles and tables; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the export; what was written so far stays in the stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not writable, or the options name a table the report lacks.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task ExportAsync(ReportDocument report, Stream destination, ExportOptions? options = null, CancellationToken cancellationToken = default);
}
