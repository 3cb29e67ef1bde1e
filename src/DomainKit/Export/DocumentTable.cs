using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export;

/// <summary>
/// A table of a <see cref="ReportDocument"/> with an id and a title, holding one of: a computed
/// <see cref="ReportTable"/> (<see cref="Table"/>), an indicator report (<see cref="Indicators"/>), the figures of
/// one submission as its unit stated them (<see cref="Submission"/>), or who filed a form for a period
/// (<see cref="Completeness"/>). Every exporter lays each out with
/// <see cref="TableLayout.Of(DocumentTable, ExportOptions)"/>. Immutable and thread-safe.
/// </summary>
public sealed class DocumentTable
{
    /// <summary>The longest id: what a spreadsheet allows for a sheet name.</summary>
    public const int MaxIdLength = 31;

    /// <summary>Creates a table of a report.</summary>
    /// <param name="id">
    /// A stable id, unique in its report, used to select the table in <see cref="ExportOptions.Tables"/>, as a
    /// sheet name and as a key: lower-case ASCII letters, digits and hyphens, starting with a letter, at most
    /// <see cref="MaxIdLength"/> characters: <c>models-by-field</c>.
    /// </param>
    /// <param name="title">The title shown above the table.</param>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is the default value.</exception>
    public DocumentTable(string id, LocalizedText title, ReportTable table)
        : this(id, title)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    /// <summary>Creates a table of a report that shows an indicator report: a line per indicator and breakdown, a column per unit and the total.</summary>
    /// <param name="id">A stable id, unique in its report, as for a computed table: <c>indicators</c>.</param>
    /// <param name="title">The title shown above the table.</param>
    /// <param name="indicators">The indicator report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="indicators"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is the default value.</exception>
    public DocumentTable(string id, LocalizedText title, IndicatorTable indicators)
        : this(id, title)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        Indicators = indicators;
    }

    /// <summary>
    /// Creates a table of a report that shows the figures of <paramref name="submission"/> as its unit stated them, a
    /// line each: the indicator, the breakdown, the value as stated and the words it was quoted from. Indicators are
    /// named as <paramref name="submissions"/> names them (the app's first, then the built-in ones).
    /// </summary>
    /// <param name="id">A stable id, unique in its report: <c>figures</c>.</param>
    /// <param name="title">The title shown above the table.</param>
    /// <param name="submission">The submission.</param>
    /// <param name="submissions">The set that defines the submission's indicators; <see cref="SubmissionSet.Empty"/> for the built-in ones only.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is the default value.</exception>
    public DocumentTable(string id, LocalizedText title, Submission submission, SubmissionSet submissions)
        : this(id, title)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(submissions);
        Submission = submission;
        SubmissionSet = submissions;
    }

    /// <summary>
    /// Creates a table of a report that shows the completeness and timeliness of one form and period: its counts
    /// (<see cref="CompletenessView.Summary"/>) or its units (<see cref="CompletenessView.Units"/>).
    /// <see cref="ReportDocument.Of(CompletenessTable)"/> makes a report of both.
    /// </summary>
    /// <param name="id">A stable id, unique in its report: <c>completeness</c>.</param>
    /// <param name="title">The title shown above the table.</param>
    /// <param name="completeness">The completeness table.</param>
    /// <param name="view">Which side of it the table shows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="completeness"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> is not defined.</exception>
    public DocumentTable(string id, LocalizedText title, CompletenessTable completeness, CompletenessView view = CompletenessView.Summary)
        : this(id, title)
    {
        ArgumentNullException.ThrowIfNull(completeness);
        if (view is not (CompletenessView.Summary or CompletenessView.Units))
        {
            throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown completeness view.");
        }
        Completeness = completeness;
        CompletenessView = view;
    }

    private DocumentTable(string id, LocalizedText title)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"'{id}' is not a table id: use 1 to {MaxIdLength} lower-case ASCII letters, digits and hyphens, starting with a letter.", nameof(id));
        }
        if (title.Vietnamese is null)
        {
            throw new ArgumentException("The title has no text; create it with new LocalizedText(vietnamese, english).", nameof(title));
        }
        Id = id;
        Title = title;
    }

    /// <summary>The id: <c>models-by-field</c>.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The computed table; <see langword="null"/> when the table shows something else.</summary>
    public ReportTable? Table { get; }

    /// <summary>The indicator report; <see langword="null"/> when the table shows something else.</summary>
    public IndicatorTable? Indicators { get; }

    /// <summary>The submission whose figures the table shows; <see langword="null"/> when it shows something else.</summary>
    public Submission? Submission { get; }

    /// <summary>The completeness table; <see langword="null"/> when the table shows something else.</summary>
    public CompletenessTable? Completeness { get; }

    /// <summary>Which side of <see cref="Completeness"/> the table shows; <see cref="CompletenessView.Summary"/> when it shows something else.</summary>
    public CompletenessView CompletenessView { get; }

    /// <summary>The period the table covers: that of its table, indicator report, submission or completeness table.</summary>
    public ReportingPeriod Period => Table?.Metadata.Period ?? Indicators?.Query.Period ?? Completeness?.Query.Period ?? Submission!.Key.Period;

    /// <summary>What was found while computing the table: those of its <see cref="Table"/> or <see cref="Indicators"/>; none for a submission or completeness.</summary>
    public ImmutableArray<Finding> Findings => Table?.Findings ?? Indicators?.Findings ?? [];

    // Names the submission's indicators.
    internal SubmissionSet? SubmissionSet { get; }

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    internal static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] is < 'a' or > 'z')
        {
            return false;
        }
        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
