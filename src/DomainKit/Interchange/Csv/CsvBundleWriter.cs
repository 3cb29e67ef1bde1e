using DomainKit.Data;

namespace DomainKit.Interchange.Csv;

// PLACEHOLDER for the contract commit: the csv-bundle branch replaces this file.
internal static class CsvBundleWriter
{
    public static Task WriteFolderAsync(Dataset dataset, string folder, CsvBundleOptions options, CancellationToken cancellationToken)
        => throw new NotImplementedException();

    public static Task WriteZipAsync(Dataset dataset, Stream destination, CsvBundleOptions options, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
