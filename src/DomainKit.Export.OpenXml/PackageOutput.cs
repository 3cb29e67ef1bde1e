using System.IO.Compression;

namespace DomainKit.Export.OpenXml;

/// <summary>
/// Writes an Open XML package to a destination stream as a zip built in <see cref="ZipArchiveMode.Create"/>:
/// the small parts are copied from a package the SDK built in memory, and the large ones are streamed by a
/// writer of their own straight into their zip entries.
/// </summary>
/// <remarks>
/// <para>System.IO.Packaging opens a package it writes in <see cref="ZipArchiveMode.Update"/>, which holds every
/// part uncompressed in memory until the package is closed, and the SDK refuses a package opened write-only; a
/// sheet of a million rows written through the SDK's package would therefore sit in memory whole, however it
/// was written. Streaming the large parts into a zip of our own keeps memory flat.</para>
/// <para>A zip is written with seeks back to each entry's header; the destination gets it directly only when it
/// is seekable and empty (a zip's offsets count from the start of the stream). Otherwise, such as a web
/// response, the zip goes to a temporary file deleted on close, which is then copied to the destination
/// asynchronously.</para>
/// <para>Every entry has the same fixed time, so the same report gives the same bytes.</para>
/// </remarks>
internal static class PackageOutput
{
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the package whose small parts are in <paramref name="skeleton"/> and whose streamed parts are written by <paramref name="streamed"/>, keyed by entry name.</summary>
    public static async Task WriteAsync(
        MemoryStream skeleton,
        IReadOnlyDictionary<string, Action<Stream>> streamed,
        Stream destination,
        CancellationToken cancellationToken)
    {
        if (destination.CanSeek && destination.Position == 0 && destination.Length == 0)
        {
            Repack(skeleton, streamed, destination, cancellationToken);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), "domainkit-" + Path.GetRandomFileName());
        var temporary = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        await using (temporary.ConfigureAwait(false))
        {
            Repack(skeleton, streamed, temporary, cancellationToken);
            temporary.Position = 0;
            await temporary.CopyToAsync(destination, 1 << 16, cancellationToken).ConfigureAwait(false);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Repack(MemoryStream skeleton, IReadOnlyDictionary<string, Action<Stream>> streamed, Stream target, CancellationToken cancellationToken)
    {
        skeleton.Position = 0;
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true);
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var written = 0;
        // The content types first, as Office writes them, for tools that recognise a package by its first entry.
        foreach (var entry in source.Entries.OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var isStreamed = streamed.TryGetValue(entry.FullName, out var write);
            // The streamed parts are the large ones: the fastest compression keeps a million rows to seconds.
            var copy = zip.CreateEntry(entry.FullName, isStreamed ? CompressionLevel.Fastest : CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var output = copy.Open();
            if (isStreamed)
            {
                write!(output);
                written++;
            }
            else
            {
                using var input = entry.Open();
                input.CopyTo(output);
            }
        }
        if (written != streamed.Count)
        {
            throw new InvalidOperationException("A streamed part of the package has no entry in the package the SDK built.");
        }
    }
}
