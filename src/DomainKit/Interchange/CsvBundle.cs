using DomainKit.Data;

namespace DomainKit.Interchange;

/// <summary>
/// The CSV bundle of docs/format.md: one CSV file per kind of record (<c>units.csv</c>, <c>fund-entries.csv</c>, ...)
/// with the fields of the JSON format, in a folder or a zip, as a spreadsheet user fills it in: headers in English
/// or Vietnamese, amounts as integers or "6.100.542.700", dates as ISO or dd/MM/yyyy. Read and written as streams.
/// </summary>
public static class CsvBundle
{
    /// <summary>The extension of a zipped bundle.</summary>
    public const string ZipExtension = ".zip";

    /// <summary>
    /// Writes <paramref name="dataset"/> as a bundle into <paramref name="folder"/>, created if need be; existing files
    /// of the bundle are replaced. A symbolic link found under a bundle file's name is replaced by the file, never
    /// written through, and a write that fails leaves the file that was there.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    public static Task WriteFolderAsync(Dataset dataset, string folder, CsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(folder);
        return Csv.CsvBundleWriter.WriteFolderAsync(dataset, folder, options ?? CsvOptions.Default, cancellationToken);
    }

    /// <summary>Writes <paramref name="dataset"/> as a zipped bundle to <paramref name="destination"/>, which stays open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    public static Task WriteZipAsync(Dataset dataset, Stream destination, CsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(destination);
        return Csv.CsvBundleWriter.WriteZipAsync(dataset, destination, options ?? CsvOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Reads the bundle in <paramref name="path"/>: a folder, or a <c>.zip</c> file. Bad rows are reported and left out;
    /// nothing about the content throws. A path that does not exist throws, as it is not the bundle's content.
    /// </summary>
    /// <remarks>
    /// A zip or folder holding none of the bundle's files is DK902. Zip entries are found by name whatever their folder
    /// and separator ('/' or ''); each is checked against the size and CRC-32 the zip's directory gives (DK910). Two
    /// files of one name, in any case or folder, are DK911, and neither is read. A file that is not a regular file (a
    /// FIFO, a device) is not opened (DK914). The files may hold <see cref="ImportOptions.MaxBundleBytes"/> bytes and
    /// <see cref="ImportOptions.MaxRecords"/> rows at most (DK912, DK913).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The folder or file does not exist or cannot be opened.</exception>
    public static Task<ImportResult> ReadAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Csv.CsvBundleReader.ReadAsync(path, options ?? ImportOptions.Default, cancellationToken);
    }

    /// <summary>Reads a zipped bundle from <paramref name="zip"/>; <paramref name="fileName"/> names it in problems. As <see cref="ReadAsync"/> reads a zip file.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Task<ImportResult> ReadZipAsync(Stream zip, string fileName, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(fileName);
        return Csv.CsvBundleReader.ReadZipAsync(zip, fileName, options ?? ImportOptions.Default, cancellationToken);
    }
}
