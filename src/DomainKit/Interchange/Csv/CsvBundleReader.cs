using System.IO.Compression;
using DomainKit.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// Reads a CSV bundle from a folder or a zip: lists its files (a zip's with their declared sizes and CRC-32, names
/// split on '/' and '\' alike, as zips made on Windows write them) and hands them to <see cref="CsvBundleLoad"/>, which
/// finds the files of <see cref="CsvTables.All"/> by name (any case) and streams each.
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
        var name = Path.GetFileName(path);
        if (RegularFile.Is(path) == false)
        {
            // Opening a FIFO would wait for a writer; a device may never end.
            return CsvBundleLoad.Failure(ImportRules.Problem(ImportRules.NotARegularFile, name, 0, 0, null, null, false, ("file", name)));
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadSeekableZipAsync(stream, name, options, cancellationToken,
                () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous)).ConfigureAwait(false);
        }
    }

    public static async Task<ImportResult> ReadZipAsync(Stream zip, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (zip.CanSeek)
        {
            // A zip in memory can be opened a second time, for a file read beside the others.
            Func<Stream>? again = zip is MemoryStream memory && memory.TryGetBuffer(out var bytes)
                ? () => new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
                : null;
            return await ReadSeekableZipAsync(zip, fileName, options, cancellationToken, again).ConfigureAwait(false);
        }
        // A zip's directory is at its end: a stream that cannot seek is first copied to a temporary file, no larger
        // than the bundle may be.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (temp.ConfigureAwait(false))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await zip.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (temp.Length + read > options.MaxBundleBytes)
                {
                    return CsvBundleLoad.Failure(ImportRules.Problem(ImportRules.BundleTooLarge, fileName, 0, 0, null, null, false, ("limit", options.MaxBundleBytes)));
                }
                await temp.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
            temp.Position = 0;
            return await ReadSeekableZipAsync(temp, fileName, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<ImportResult> ReadFolderAsync(string folder, ImportOptions options, CancellationToken cancellationToken)
    {
        var files = new List<CsvSource>();
        var unknown = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!IsBundleFile(name))
            {
                unknown.Add(name);
                continue;
            }
            // Asked before anything is opened: a FIFO would wait for a writer, a device might never end.
            var regular = RegularFile.Is(path) != false;
            Func<Stream> open = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            files.Add(new CsvSource(name, name, regular ? new FileInfo(path).Length : 0, null, regular, open) { OpenAlone = open });
        }
        return new CsvBundleLoad(options, cancellationToken).ReadAsync(files, unknown, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
    }

    private static async Task<ImportResult> ReadSeekableZipAsync(Stream stream, string fileName, ImportOptions options, CancellationToken cancellationToken,
        Func<Stream>? openAgain = null)
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
            var files = new List<CsvSource>();
            var unknown = new List<string>();
            foreach (var entry in entries)
            {
                // Folders are listed as entries of their own; a bundle zipped with its folder has its files one level down.
                var fullName = entry.FullName;
                if (fullName.EndsWith('/') || fullName.EndsWith('\\'))
                {
                    continue;
                }
                var name = LastPart(fullName);
                if (!IsBundleFile(name))
                {
                    unknown.Add(fullName);
                    continue;
                }
                files.Add(new CsvSource(fullName, name, entry.Length, entry.Crc32, true, entry.Open)
                {
                    CompressedLength = entry.CompressedLength,
                    OpenAlone = openAgain is null ? null : () => AloneEntryStream.Open(openAgain, fullName),
                });
            }
            return await new CsvBundleLoad(options, cancellationToken).ReadAsync(files, unknown, fileName).ConfigureAwait(false);
        }
    }

    /// <summary>The name of a zip entry without its folders, whichever separator the zip was made with.</summary>
    internal static string LastPart(string fullName) => fullName[(fullName.LastIndexOfAny(['/', '\\']) + 1)..];

    private static bool IsBundleFile(string name) => CsvTables.All.Any(t => string.Equals(t.FileName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A zip entry opened through a handle on the zip of its own, so that it can be read on another thread while the
    /// other entries are read through the first; closing it closes that handle.
    /// </summary>
    private sealed class AloneEntryStream(Stream entry, ZipArchive archive, Stream zip) : Stream
    {
        public static Stream Open(Func<Stream> openZip, string fullName)
        {
            var zip = openZip();
            ZipArchive? archive = null;
            try
            {
                archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
                var entry = archive.Entries.First(e => string.Equals(e.FullName, fullName, StringComparison.Ordinal));
                return new AloneEntryStream(entry.Open(), archive, zip);
            }
            catch
            {
                archive?.Dispose();
                zip.Dispose();
                throw;
            }
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => entry.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => entry.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => entry.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => entry.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                entry.Dispose();
                archive.Dispose();
                zip.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
