using DomainKit.Data;

namespace DomainKit.Interchange;

/// <summary>
/// The JSON dataset format of docs/format.md (<c>"format": "domainkit-dataset", "version": 1</c>), read and written
/// as streams: a file of 20,000,000 fund entries is never held whole in memory.
/// </summary>
public static class DatasetJson
{
    /// <summary>The file extension.</summary>
    public const string FileExtension = ".json";

    /// <summary>Writes every record of <paramref name="dataset"/> to <paramref name="destination"/>, which stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Dataset dataset, Stream destination, CancellationToken cancellationToken = default)
        => Json.DatasetJsonWriter.WriteAsync(dataset, destination, cancellationToken);

    /// <summary>
    /// Reads a dataset from <paramref name="source"/>. Bad records are reported and left out, a broken file is
    /// reported where it breaks; nothing about the input throws.
    /// </summary>
    /// <param name="source">The input; read to its end or to the point it cannot be read past.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="options">Limits and all-or-nothing; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ReadAsync(Stream source, string fileName, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        return Json.DatasetJsonReader.ReadAsync(source, fileName, options ?? ImportOptions.Default, cancellationToken);
    }

    /// <summary>Reads the dataset in the file at <paramref name="path"/>; an I/O failure (no such file) throws, as it is not the file's content.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static async Task<ImportResult> ReadFileAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            // The file is read ahead on another thread while it is parsed on this one.
            var ahead = new ReadAheadStream(stream, cancellationToken);
            await using (ahead.ConfigureAwait(false))
            {
                // A large file's fund entries, most of it, are read on another core while the sections before them are read.
                options ??= ImportOptions.Default;
                var name = Path.GetFileName(path);
                var entries = stream.Length >= (Json.JsonEntriesAhead.ReadAheadFromForTests.Value ?? Json.JsonEntriesAhead.ReadAheadFrom)
                    ? Json.JsonEntriesAhead.Start(path, name, options, cancellationToken)
                    : null;
                return await Json.DatasetJsonReader.ReadAsync(ahead, name, options, cancellationToken, stream.Length, entries).ConfigureAwait(false);
            }
        }
    }
}
