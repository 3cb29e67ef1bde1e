using System.Text;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Export;

/// <summary>
/// The template of an exporter of a text format: the report is written as UTF-8 through a <see cref="TextWriter"/>,
/// with a byte order mark or not, and the writer is flushed at the end while the stream stays open.
/// </summary>
public abstract class TextExporterBase : ExporterBase
{
    /// <summary>Describes the format.</summary>
    /// <param name="formatId">The id, unique in a catalogue.</param>
    /// <param name="displayName">The name of the format for people.</param>
    /// <param name="mediaType">The media type: <c>text/markdown</c>.</param>
    /// <param name="fileExtension">The file extension with its dot: <c>.md</c>.</param>
    /// <param name="byteOrderMark">Whether the text starts with the UTF-8 byte order mark, which some spreadsheets need to read UTF-8.</param>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id, media type or extension is malformed.</exception>
    protected TextExporterBase(string formatId, LocalizedText displayName, string mediaType, string fileExtension, bool byteOrderMark = false)
        : base(formatId, displayName, mediaType, fileExtension)
    {
        ByteOrderMark = byteOrderMark;
    }

    /// <summary>Whether the text starts with the UTF-8 byte order mark.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The line ending: "\n" unless the format says otherwise (CSV says "\r\n").</summary>
    protected virtual string NewLine => "\n";

    /// <inheritdoc/>
    protected sealed override async Task WriteAsync(ReportDocument report, Stream destination, ExportOptions options, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(destination, new UTF8Encoding(ByteOrderMark), bufferSize: 1 << 16, leaveOpen: true) { NewLine = NewLine };
        await using (writer.ConfigureAwait(false))
        {
            await WriteAsync(report, writer, options, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What <see cref="ExporterBase.ExportAsync"/> writes for <paramref name="report"/> and <paramref name="options"/>,
    /// as a string: encoded as the exporter encodes it (UTF-8, after its byte order mark if it writes one), it gives
    /// the same bytes. For DomainKit's own exporters only, whose writing awaits nothing but the writer (see
    /// <see cref="InMemoryText"/>).
    /// </summary>
    internal string WriteToString(ReportDocument report, ExportOptions options)
    {
        var selected = Select(report, options);
        return InMemoryText.Write(writer =>
        {
            writer.NewLine = NewLine;
            return WriteAsync(selected, writer, options, CancellationToken.None);
        });
    }

    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="writer"/>. Use the writer's asynchronous methods (or
    /// build a chunk of text and write it with <see cref="TextWriter.WriteAsync(StringBuilder, CancellationToken)"/>),
    /// since the stream under it may refuse synchronous writes.
    /// </summary>
    protected abstract Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken);
}
