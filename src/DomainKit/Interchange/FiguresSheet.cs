using DomainKit.Interchange.Submissions;
using DomainKit.Submissions;

namespace DomainKit.Interchange;

/// <summary>
/// The figures sheet of docs/format.md: a CSV file an officer fills in a spreadsheet, one row a figure (unit, form,
/// period, indicator, breakdown keys, the value as written in Vietnamese such as <c>2,5 tỷ</c>, <c>trên 500</c> or
/// <c>98,4%</c>, and the quote), with English or Vietnamese headers. Rows of one unit, form, period and version make
/// one submission. The sheet holds submissions only: the app's indicators and forms and the approval histories travel
/// in <see cref="SubmissionJson"/>.
/// </summary>
public static class FiguresSheet
{
    /// <summary>
    /// Writes every version of every submission of <paramref name="set"/>, a row a figure (a submission with no
    /// figure as one row without one), values in Vietnamese, headers in <see cref="CsvOptions.Culture"/>. A text a
    /// spreadsheet would take for a formula is written with a leading apostrophe, which the reader takes off.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(SubmissionSet set, Stream destination, CsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(destination);
        return FiguresSheetFormat.WriteAsync(set, destination, options ?? CsvOptions.Spreadsheet, cancellationToken);
    }

    /// <summary>
    /// Reads a figures sheet. Each value is read as its indicator's kind, found among <paramref name="definitions"/>'
    /// app indicators or the built-in ones; a value that cannot be read (DK915) or an unknown indicator (DK916) leaves
    /// its row out with the reason. Nothing about the input throws. The result's set carries the definitions' app
    /// indicators and forms, not their submissions or approvals.
    /// </summary>
    /// <param name="source">The input, UTF-8 with or without a byte order mark, delimited by <c>,</c>, <c>;</c> or a tab.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="definitions">The app's indicators and forms; <see langword="null"/> for the built-in ones only.</param>
    /// <param name="options">Limits and all-or-nothing; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<SubmissionImportResult> ReadAsync(Stream source, string fileName, SubmissionSet? definitions = null, ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        return FiguresSheetFormat.ReadAsync(source, fileName, definitions ?? SubmissionSet.Empty, options ?? ImportOptions.Default, cancellationToken);
    }
}
