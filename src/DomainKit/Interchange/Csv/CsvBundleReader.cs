namespace DomainKit.Interchange.Csv;

// PLACEHOLDER for the contract commit: the csv-bundle branch replaces this file.
internal static class CsvBundleReader
{
    public static Task<ImportResult> ReadAsync(string path, ImportOptions options, CancellationToken cancellationToken)
        => throw new NotImplementedException();

    public static Task<ImportResult> ReadZipAsync(Stream zip, string fileName, ImportOptions options, CancellationToken cancellationToken)
        => throw new NotImplementedException();
}
