using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Periods;

namespace DomainKit.Submissions;

/// <summary>
/// The reports units filed, with what they are filed on: every version of every submission, the app's own indicators
/// and forms beside the built-in ones, and the approval history of each report. It is what the indicator engine rolls
/// up, checks and counts for completeness. Immutable and thread-safe once built.
/// </summary>
public sealed class SubmissionSet
{
    private readonly FigureColumns columns;
    private readonly Dictionary<SubmissionKey, int> latest = [];
    private readonly Dictionary<ReportingPeriod, Dictionary<string, List<int>>> latestByPeriod = [];
    private readonly Dictionary<SubmissionKey, ApprovalHistory> approvals = [];
    private readonly Dictionary<string, Indicator> indicators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Form> forms = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the set.</summary>
    /// <param name="submissions">Every version of every submission; the highest version of a slot is its current one.</param>
    /// <param name="indicators">The app's own indicators; one with a built-in code stands in for the built-in one.</param>
    /// <param name="forms">The app's own forms; one with a built-in code stands in for the built-in one.</param>
    /// <param name="approvals">The approval history of each report, at most one a slot.</param>
    /// <exception cref="ArgumentNullException">A list or an item of one is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two app indicators or forms share a code, or two histories a slot.</exception>
    public SubmissionSet(IEnumerable<Submission> submissions, IEnumerable<Indicator>? indicators = null, IEnumerable<Form>? forms = null,
        IEnumerable<ApprovalHistory>? approvals = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Indicators = [.. indicators ?? []];
        Forms = [.. forms ?? []];
        Approvals = [.. approvals ?? []];
        var builder = new FigureColumns.Builder();
        foreach (var submission in submissions)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            var at = builder.Keys.Count;
            if (!latest.TryGetValue(submission.Key, out var current) || submission.Version > builder.Versions[current])
            {
                latest[submission.Key] = at;
            }
            builder.Add(submission);
        }
        var (order, columnOf) = ByFormAndPeriod(builder.Keys);
        columns = builder.Build(order);
        Submissions = new ColumnList(columns, columnOf);
        foreach (var key in latest.Keys)
        {
            latest[key] = columnOf[latest[key]];
        }
        foreach (var at in latest.Values.Order())
        {
            var key = columns.KeyAt(at);
            if (!latestByPeriod.TryGetValue(key.Period, out var byForm))
            {
                latestByPeriod[key.Period] = byForm = new(StringComparer.OrdinalIgnoreCase);
            }
            if (!byForm.TryGetValue(key.FormCode, out var list))
            {
                byForm[key.FormCode] = list = [];
            }
            list.Add(at);
        }
        foreach (var indicator in Indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (!this.indicators.TryAdd(indicator.Code, indicator))
            {
                throw new ArgumentException($"Two indicators have the code '{indicator.Code}'.", nameof(indicators));
            }
        }
        foreach (var form in Forms)
        {
            ArgumentNullException.ThrowIfNull(form, nameof(forms));
            if (!this.forms.TryAdd(form.Code, form))
            {
                throw new ArgumentException($"Two forms have the code '{form.Code}'.", nameof(forms));
            }
        }
        foreach (var history in Approvals)
        {
            ArgumentNullException.ThrowIfNull(history, nameof(approvals));
            if (!this.approvals.TryAdd(history.Key, history))
            {
                throw new ArgumentException($"Two approval histories are for {history.Key}.", nameof(approvals));
            }
        }
    }

    /// <summary>A set with no submission, only the built-in indicators and forms.</summary>
    public static SubmissionSet Empty { get; } = new([]);

    /// <summary>
    /// Every version of every submission, in the order given. The set holds its submissions in columns; each one read
    /// from this list is made from them and equals, figure for figure, the one given.
    /// </summary>
    public IReadOnlyList<Submission> Submissions { get; }

    /// <summary>The app's own indicators.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>The app's own forms.</summary>
    public ImmutableArray<Form> Forms { get; }

    /// <summary>The approval histories.</summary>
    public ImmutableArray<ApprovalHistory> Approvals { get; }

    /// <summary>The indicator with <paramref name="code"/>: the app's own, or else the built-in one; <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public Indicator? FindIndicator(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return indicators.TryGetValue(code, out var own) ? own : Indicator.TryFromCode(code, out var builtIn) ? builtIn : null;
    }

    /// <summary>The form with <paramref name="code"/>: the app's own, or else the built-in one; <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public Form? FindForm(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return forms.TryGetValue(code, out var own) ? own : Form.TryFromCode(code, out var builtIn) ? builtIn : null;
    }

    /// <summary>The current version of the report for <paramref name="key"/>: its highest version; <see langword="null"/> when none was filed.</summary>
    public Submission? Latest(SubmissionKey key) => latest.TryGetValue(key, out var at) ? columns.SubmissionAt(at) : null;

    /// <summary>The current version of every report filed on <paramref name="formCode"/> for <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="formCode"/> is <see langword="null"/>.</exception>
    public IEnumerable<Submission> LatestFor(string formCode, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(formCode);
        return LatestAt(formCode, period).Select(columns.SubmissionAt);
    }

    /// <summary>The columns the submissions are held in.</summary>
    internal FigureColumns Columns => columns;

    /// <summary>Where in the columns the current version of each report on the form for the period is, in the order given.</summary>
    internal IReadOnlyList<int> LatestAt(string formCode, ReportingPeriod period)
        => latestByPeriod.TryGetValue(period, out var byForm) && byForm.TryGetValue(formCode, out var list) ? list : [];

    /// <summary>The periods that some current report is for.</summary>
    internal IEnumerable<ReportingPeriod> Periods => latestByPeriod.Keys;

    /// <summary>Where in the columns the current version of each report is, in the order given.</summary>
    internal IEnumerable<int> AllLatest => latest.Values.Order();

    /// <summary>The approval history of the report for <paramref name="key"/>; <see langword="null"/> when none is kept.</summary>
    public ApprovalHistory? ApprovalOf(SubmissionKey key) => approvals.GetValueOrDefault(key);

    /// <summary>Writes how many submissions, slots and app definitions the set holds.</summary>
    public override string ToString()
        => $"{Submissions.Count} submission(s) for {latest.Count} report(s); {Indicators.Length} indicator(s), {Forms.Length} form(s), {Approvals.Length} approval histories";

    // The columns hold the reports of one form and period together, in the order given, so that a roll-up of a form
    // and period reads its figures in one run: the order to build them in, and where each submission given went.
    private static (int[] Order, int[] ColumnOf) ByFormAndPeriod(List<SubmissionKey> keys)
    {
        var groups = new Dictionary<(ReportingPeriod Period, string Form), int>();
        var groupOf = new int[keys.Count];
        var sizes = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            var group = (keys[i].Period, keys[i].FormCode.ToUpperInvariant());
            if (!groups.TryGetValue(group, out var g))
            {
                groups[group] = g = sizes.Count;
                sizes.Add(0);
            }
            groupOf[i] = g;
            sizes[g]++;
        }
        var next = new int[sizes.Count];
        for (var g = 1; g < next.Length; g++)
        {
            next[g] = next[g - 1] + sizes[g - 1];
        }
        var order = new int[keys.Count];
        var columnOf = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var at = next[groupOf[i]]++;
            order[at] = i;
            columnOf[i] = at;
        }
        return (order, columnOf);
    }

    // The submissions as a list in the order given, each made from the columns when read.
    private sealed class ColumnList(FigureColumns columns, int[] columnOf) : IReadOnlyList<Submission>
    {
        public int Count => columns.Count;

        public Submission this[int index]
            => (uint)index < (uint)columns.Count ? columns.SubmissionAt(columnOf[index]) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Submission> GetEnumerator()
        {
            for (var i = 0; i < columns.Count; i++)
            {
                yield return columns.SubmissionAt(columnOf[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
