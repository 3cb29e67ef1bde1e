using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// The report a unit files on a form for a period (<see cref="Key"/>): the document it was filed as and the figures
/// it states. A correction is a new <see cref="Version"/> of the same key that supersedes the earlier ones, which are
/// kept; what was approved is recorded per key in an <see cref="ApprovalHistory"/>. Immutable and thread-safe; equal by
/// value (key, version, day filed, document and figures), as a <see cref="SubmissionSet"/> gives back submissions
/// it made from its columns.
/// Construction never rejects bad data (a version below 1, a figure twice): validation reports it.
/// </summary>
public sealed class Submission : IEquatable<Submission>
{
    // A submission read from a set's columns makes its figures when first asked for (two threads may both make
    // them; they are equal).
    private readonly FigureColumns? columns;
    private readonly int index;
    private ImmutableArray<SubmittedFigure> figures = [];

    /// <summary>Creates a submission; set its <see cref="Key"/> and the rest with an object initializer.</summary>
    public Submission()
    {
    }

    internal Submission(FigureColumns columns, int index)
    {
        this.columns = columns;
        this.index = index;
        figures = default;
    }

    /// <summary>The unit, form and period the report is for.</summary>
    public required SubmissionKey Key { get; init; }

    /// <summary>Which version of the report this is: 1 for the first, higher for each correction.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The day the report was filed, for timeliness; <see langword="null"/> when not known.</summary>
    public LocalDate? FiledOn { get; init; }

    /// <summary>The document the report was filed as, where known.</summary>
    public SubmissionDocument? Document { get; init; }

    /// <summary>The figures the report states, in its order.</summary>
    /// <exception cref="ArgumentNullException">A figure is <see langword="null"/>.</exception>
    public ImmutableArray<SubmittedFigure> Figures
    {
        get
        {
            if (figures.IsDefault && columns is { } source)
            {
                figures = source.FiguresAt(index);
            }
            return figures;
        }
        init => figures = value.IsDefault ? [] : value.Any(f => f is null) ? throw new ArgumentNullException(nameof(Figures)) : value;
    }

    /// <inheritdoc/>
    public bool Equals(Submission? other)
        => other is not null && (ReferenceEquals(this, other)
            || (Key == other.Key && Version == other.Version && FiledOn == other.FiledOn && Equals(Document, other.Document)
                && Figures.SequenceEqual(other.Figures)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Submission);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Version, FiledOn);

    /// <summary>Writes <c>xa-binh-duc/dvk-half-year/2023H1 v2 (17 figures)</c>.</summary>
    public override string ToString() => $"{Key} v{Version} ({Figures.Length} figures)";
}
