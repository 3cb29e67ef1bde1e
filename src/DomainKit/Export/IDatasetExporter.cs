using DomainKit.Data;

namespace DomainKit.Export;

/// <summary>
/// An exporter of a data format that can also write a whole <see cref="Dataset"/>, not only a report: every unit,
/// model, pledge, payment, fund entry and commendation, so that nothing the dataset holds is lost.
/// </summary>
public interface IDatasetExporter : IExporter
{
    /// <summary>Writes every record of <paramref name="dataset"/> to <paramref name="destination"/>, which stays open.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="destination">A writable stream; it need not be seekable.</param>
    /// <param name="cancellationToken">Stops the export; what was written so far stays in the stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task ExportDatasetAsync(Dataset dataset, Stream destination, CancellationToken cancellationToken = default);
}
