using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// The template of an exporter: it checks the arguments, applies the options' choice of tables and findings, and
/// calls <see cref="WriteAsync"/> with a report holding only what is to be written. Derive from it for a binary
/// format; derive from <see cref="TextExporterBase"/> for a text one.
/// </summary>
public abstract class ExporterBase : IExporter
{
    /// <summary>Describes the format.</summary>
    /// <param name="formatId">The id, unique in a catalogue: lower-case ASCII letters, digits, '.', '+' and '-', starting with a letter or digit.</param>
    /// <param name="displayName">The name of the format for people.</param>
    /// <param name="mediaType">The media type: <c>text/csv</c>.</param>
    /// <param name="fileExtension">The file extension with its dot: <c>.csv</c>.</param>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id, media type or extension is malformed.</exception>
    protected ExporterBase(string formatId, LocalizedText displayName, string mediaType, string fileExtension)
    {
        ArgumentNullException.ThrowIfNull(formatId);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(fileExtension);
        if (!IsValidFormatId(formatId))
        {
            throw new ArgumentException($"'{formatId}' is not a format id: use lower-case ASCII letters, digits, '.', '+' and '-'.", nameof(formatId));
        }
        if (displayName.Vietnamese is null)
        {
            throw new ArgumentException("The display name has no text; create it with new LocalizedText(vietnamese, english).", nameof(displayName));
        }
        if (mediaType.IndexOf('/') is <= 0 || mediaType.EndsWith('/') || mediaType.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{mediaType}' is not a media type such as 'text/csv'.", nameof(mediaType));
        }
        if (fileExtension.Length < 2 || fileExtension[0] != '.' || fileExtension.Skip(1).Any(c => !IsFormatIdChar(c)))
        {
            throw new ArgumentException($"'{fileExtension}' is not a file extension such as '.csv'.", nameof(fileExtension));
        }
        FormatId = formatId;
        DisplayName = displayName;
        MediaType = mediaType;
        FileExtension = fileExtension;
    }

    /// <inheritdoc/>
    public string FormatId { get; }

    /// <inheritdoc/>
    public LocalizedText DisplayName { get; }

    /// <inheritdoc/>
    public string MediaType { get; }

    /// <inheritdoc/>
    public string FileExtension { get; }

    /// <inheritdoc/>
    public Task ExportAsync(ReportDocument report, Stream destination, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        CheckWritable(destination);
        options ??= ExportOptions.Default;
        var selected = Select(report, options);
        cancellationToken.ThrowIfCancellationRequested();
        return WriteAsync(selected, destination, options, cancellationToken);
    }

    /// <summary>Returns the format id.</summary>
    public override string ToString() => FormatId;

    /// <summary>
    /// Writes <paramref name="report"/>, which holds only the tables and findings to be written, to
    /// <paramref name="destination"/> and leaves it open. Check <paramref name="cancellationToken"/> now and then,
    /// such as every few thousand rows, and write to the stream asynchronously: a web server's response stream
    /// refuses synchronous writes.
    /// </summary>
    protected abstract Task WriteAsync(ReportDocument report, Stream destination, ExportOptions options, CancellationToken cancellationToken);

    /// <summary>Throws unless <paramref name="destination"/> is a writable stream.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not writable.</exception>
    protected static void CheckWritable(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream is not writable.", nameof(destination));
        }
    }

    /// <summary>
    /// <paramref name="report"/> with only the tables and findings <paramref name="options"/> selects: what every
    /// exporter, and every rendering as a string, writes.
    /// </summary>
    /// <exception cref="ArgumentException">The options name a table the report does not have.</exception>
    internal static ReportDocument Select(ReportDocument report, ExportOptions options) => new()
    {
        Title = report.Title,
        Tables = report.TablesFor(options),
        Issuer = report.Issuer,
        Number = report.Number,
        Signer = report.Signer,
        Place = report.Place,
        Date = report.Date,
        Period = report.Period,
        Findings = options.IncludeFindings ? report.Findings : [],
        Notes = report.Notes,
    };

    internal static bool IsValidFormatId(string id)
        => id.Length > 0 && id[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9') && id.All(IsFormatIdChar);

    private static bool IsFormatIdChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '+' or '-';
}
