using System.IO.Compression;
using DomainKit.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// Reads a CSV bundle from a folder or a zip: finds the files of <see cref="CsvTables.All"/> by name (any case),
/// reports the others (DK907) and the missing ones (DK906), and streams each through <see cref="CsvBundleLoad"/>.
/// </summary>
internal static class CsvBundleReader
{
    private const int BufferSize = 1 << 16;

    public static async Task<ImportResult> ReadAsync(string path, ImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(path))
        {
            return await ReadFolderAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no folder or file '{path}'.", path);
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadSeekableZipAsync(stream, Path.GetFileName(path), options, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<ImportResult> ReadZipAsync(Stream zip, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (zip.CanSeek)
        {
            return await ReadSeekableZipAsync(zip, fileName, options, cancellationToken).ConfigureAwait(false);
        }
        // A zip's directory is at its end: a stream that cannot seek is first copied to a temporary file.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (temp.ConfigureAwait(false))
        {
            await zip.CopyToAsync(temp, cancellationToken).ConfigureAwait(false);
            temp.Position = 0;
            return await ReadSeekableZipAsync(temp, fileName, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<ImportResult> ReadFolderAsync(string folder, ImportOptions options, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, CsvSource>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        long total = 0;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!IsBundleFile(name) || files.ContainsKey(name))
            {
                unknown.Add(name);
                continue;
            }
            var length = new FileInfo(path).Length;
            total += length;
            files.Add(name, new CsvSource(name, length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan)));
        }
        return new CsvBundleLoad(options, total, cancellationToken).ReadAsync(files, unknown, folder);
    }

    private static async Task<ImportResult> ReadSeekableZipAsync(Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        ZipArchive? archive = null;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            // The directory is read when the entries are first asked for; a broken one fails here.
            entries = [.. archive.Entries];
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or IOException)
        {
            archive?.Dispose();
            return CsvBundleLoad.Failure(ImportRules.Problem(ImportRules.UnsupportedFormat, fileName, 0, 0, null, null, false,
                ("expected", new LocalizedText("bộ tệp CSV (zip)", "CSV bundle (zip)")),
                ("reason", new LocalizedText("tệp không phải zip đọc được: " + e.Message, "the file is not a readable zip: " + e.Message))));
        }
        using (archive)
        {
            var files = new Dictionary<string, CsvSource>(StringComparer.OrdinalIgnoreCase);
            var unknown = new List<string>();
            long total = 0;
            foreach (var entry in entries)
            {
                // Folders are listed as entries of their own; a bundle zipped with its folder has its files one level down.
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }
                var name = entry.Name;
                if (!IsBundleFile(name) || files.ContainsKey(name))
                {
                    unknown.Add(entry.FullName);
                    continue;
                }
                total += entry.Length;
                files.Add(name, new CsvSource(entry.FullName, entry.Length, entry.Open));
            }
            return await new CsvBundleLoad(options, total, cancellationToken).ReadAsync(files, unknown, fileName).ConfigureAwait(false);
        }
    }

    private static bool IsBundleFile(string name) => CsvTables.All.Any(t => string.Equals(t.FileName, name, StringComparison.OrdinalIgnoreCase));
}
