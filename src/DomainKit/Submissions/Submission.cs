using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// The report a unit files on a form for a period (<see cref="Key"/>): the document it was filed as and the figures
/// it states. A correction is a new <see cref="Version"/> of the same key that supersedes the earlier ones, which are
/// kept; what was approved is recorded per key in an <see cref="ApprovalHistory"/>. Immutable and thread-safe.
/// Construction never rejects bad data (a version below 1, a figure twice): validation reports it.
/// </summary>
public sealed class Submission
{
    private readonly ImmutableArray<SubmittedFigure> figures = [];

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
        get => figures;
        init => figures = value.IsDefault ? [] : value.Any(f => f is null) ? throw new ArgumentNullException(nameof(Figures)) : value;
    }

    /// <summary>Writes <c>xa-binh-duc/dvk-half-year/2023H1 v2 (17 figures)</c>.</summary>
    public override string ToString() => $"{Key} v{Version} ({Figures.Length} figures)";
}
