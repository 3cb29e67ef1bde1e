using DomainKit.Interchange.Submissions;
using DomainKit.Submissions;

namespace DomainKit.Interchange;

/// <summary>
/// The JSON format of a <see cref="SubmissionSet"/> described in docs/format.md
/// (<c>"format": "domainkit-submissions", "version": 1</c>): the app's indicators and forms, every version of every
/// submission with its figures as stated, and the approval histories. Writing and reading back loses nothing.
/// </summary>
public static class SubmissionJson
{
    /// <summary>Writes <paramref name="set"/> to <paramref name="destination"/>, which stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(SubmissionSet set, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(destination);
        return SubmissionJsonWriter.WriteAsync(set, destination, cancellationToken);
    }

    /// <summary>
    /// Reads a set of submissions from <paramref name="source"/>. Bad records are reported and left out, a broken
    /// file is reported where it breaks, and the stored approval histories are replayed through
    /// <see cref="ApprovalHistory.Replay"/>: a step the workflow does not allow is reported (DK919) and left out.
    /// Nothing about the input throws.
    /// </summary>
    /// <param name="source">The input, read to its end.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="options">Limits and all-or-nothing; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<SubmissionImportResult> ReadAsync(Stream source, string fileName, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        return SubmissionJsonReader.ReadAsync(source, fileName, options ?? ImportOptions.Default, cancellationToken);
    }
}
