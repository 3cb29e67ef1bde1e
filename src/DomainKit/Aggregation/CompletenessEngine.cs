using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Completeness and timeliness of a form: for a root unit and a period, which units under the root were expected to
/// file (a kind the form expects, in existence for at least a day of the period, on the query's map), which filed and
/// whether on time (the current version's <see cref="Submission.FiledOn"/> against <see cref="Indicators.Form.DueOn"/>),
/// which did not, and the approval state of each report filed.
/// </summary>
/// <remarks>
/// <para>
/// "Today" comes from the injected clock, in Vietnam: a report not filed before its due date (or, for a form without
/// one, before the period's end) is not due yet rather than missing. A report filed on a day not known is filed, its
/// timeliness unknown; a form that sets no due date has no late reports.
/// </para>
/// <para>
/// Nothing is dropped: a report from a unit the form does not expect, or from a unit the dataset does not hold, has a
/// row of its own and is counted apart. The root itself receives the reports and is not counted among those expected
/// to file; reports from units outside the root's subtree belong to another report and are not shown.
/// </para>
/// <para>
/// Cost: one pass over the current versions of the form and period to index them by unit, one pass over the root's
/// subtree; no per-unit search of the submissions. Thread-safe: each run works on its own state.
/// </para>
/// </remarks>
public sealed class CompletenessEngine
{
    // Vietnam keeps one offset all year; the time zone database ships with NodaTime, not with the host.
    private static readonly DateTimeZone Vietnam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly Dataset dataset;
    private readonly SubmissionSet submissions;
    private readonly IClock clock;

    /// <summary>Creates an engine over the units of <paramref name="dataset"/> and the reports in <paramref name="submissions"/>.</summary>
    /// <param name="dataset">The units and their map.</param>
    /// <param name="submissions">The filed reports, with the app's forms and the approval histories.</param>
    /// <param name="clock">The clock that says what day it is and stamps tables; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="submissions"/> is <see langword="null"/>.</exception>
    public CompletenessEngine(Dataset dataset, SubmissionSet submissions, IClock? clock = null)
    {
        this.dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        this.submissions = submissions ?? throw new ArgumentNullException(nameof(submissions));
        this.clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Computes the completeness table <paramref name="query"/> asks for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> or its form code is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The form is unknown, the period is not of the form's kind, or the root is not on the query's map.
    /// </exception>
    public CompletenessTable Run(CompletenessQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.FormCode, nameof(query));
        var form = submissions.FindForm(query.FormCode) ?? throw new ArgumentException($"No form has the code '{query.FormCode}'.", nameof(query));
        var period = query.Period;
        if (form.PeriodKind != period.Kind)
        {
            throw new ArgumentException($"The form '{form.Code}' is filed for each {form.PeriodKind}; the period {period.Id} is a {period.Kind}.", nameof(query));
        }
        var mapDay = query.Basis.AsOf;
        var tree = dataset.OrganisationTreeOn(mapDay ?? period.End);
        var root = tree.Find(query.Root) ?? throw new ArgumentException($"The unit {query.Root} is not on the map of the query.", nameof(query));
        var now = clock.GetCurrentInstant();
        var today = now.InZone(Vietnam).Date;
        var dueOn = form.DueOn(period);
        var deadline = dueOn ?? period.End;

        // The current version of each unit's report, indexed once.
        var filed = new Dictionary<UnitId, Submission>();
        foreach (var submission in submissions.LatestFor(form.Code, period))
        {
            // Form codes that differ only in case are one form: the higher version of them stands.
            if (!filed.TryGetValue(submission.Key.Unit, out var other) || submission.Version > other.Version)
            {
                filed[submission.Key.Unit] = submission;
            }
        }

        // The column of each unit of the subtree, by pre-order position: the unit directly under the root that it lies under.
        var rootAt = tree.PositionOf(root.Id);
        var subtree = tree.DescendantsOf(root.Id).Span;
        var columnAt = new int[subtree.Length + 1];
        columnAt[0] = rootAt;
        for (var i = 0; i < subtree.Length; i++)
        {
            var parent = tree.ParentAt(rootAt + 1 + i);
            columnAt[i + 1] = parent == rootAt ? rootAt + 1 + i : columnAt[parent - rootAt];
        }

        var expectedKinds = new Dictionary<UnitKind, bool>();
        var rows = ImmutableArray.CreateBuilder<CompletenessRow>();
        for (var i = 0; i < subtree.Length; i++)
        {
            var unit = subtree[i];
            if (!expectedKinds.TryGetValue(unit.Kind, out var kindExpected))
            {
                expectedKinds[unit.Kind] = kindExpected = form.IsExpectedFrom(unit.Kind);
            }
            var expected = kindExpected && Overlaps(unit, period);
            var hasFiled = filed.Remove(unit.Id, out var submission);
            if (!expected && !hasFiled)
            {
                continue;
            }
            var status = (expected, submission) switch
            {
                (false, _) => CompletenessStatus.NotExpected,
                (true, null) => today <= deadline ? CompletenessStatus.NotDueYet : CompletenessStatus.Missing,
                (true, { FiledOn: null }) => CompletenessStatus.FiledDateUnknown,
                (true, { FiledOn: { } day }) => dueOn is { } due && day > due ? CompletenessStatus.Late : CompletenessStatus.OnTime,
            };
            var approval = submission is null ? null : submissions.ApprovalOf(submission.Key)?.State;
            var column = tree.UnitAt(columnAt[i + 1]).Id;
            rows.Add(new CompletenessRow(unit.Id, unit, ColumnOf(unit, column, mapDay, tree, rootAt, columnAt), expected, status, submission, dueOn, approval));
        }
        filed.Remove(root.Id);
        foreach (var (unitId, submission) in filed.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            // Units elsewhere on the map file to another root; a unit the dataset does not hold is named here.
            if (dataset.FindUnit(unitId) is null)
            {
                rows.Add(new CompletenessRow(unitId, null, null, false, CompletenessStatus.NotOnMap, submission, dueOn,
                    submissions.ApprovalOf(submission.Key)?.State));
            }
        }

        var columns = Columns(tree, root, period, mapDay, rows);
        var summaries = Summarise(columns, rows);
        return new CompletenessTable(query, form, dueOn, today, columns, summaries, rows.ToImmutable(), now);
    }

    /// <summary>Says what the engine reads.</summary>
    public override string ToString() => $"CompletenessEngine over {dataset.Units.Length} unit(s) and {submissions.Submissions.Count} submission(s)";

    private static bool Overlaps(Unit unit, ReportingPeriod period)
        => (unit.ValidFrom is not { } from || from <= period.End) && (unit.ValidTo is not { } to || to >= period.Start);

    // On the map of a day, a unit that had ended by then counts under the unit it had become, where that is under the root.
    private UnitId? ColumnOf(Unit unit, UnitId column, LocalDate? mapDay, UnitTree tree, int rootAt, int[] columnAt)
    {
        if (mapDay is not { } day || unit.IsValidOn(day))
        {
            return column;
        }
        var became = dataset.FindUnitOn(unit.Id, day) is { } successor ? tree.PositionOf(successor.Id) : -1;
        return became > rootAt && tree.Contains(became, rootAt) ? tree.UnitAt(columnAt[became - rootAt]).Id : null;
    }

    // The units directly under the root that exist on the map's day (or during the period, as recorded), and any other
    // that a row counts under, in the map's order; then the root.
    private static ImmutableArray<Unit> Columns(UnitTree tree, Unit root, ReportingPeriod period, LocalDate? mapDay, ImmutableArray<CompletenessRow>.Builder rows)
    {
        var used = new HashSet<UnitId>();
        foreach (var row in rows)
        {
            if (row.Column is { } column)
            {
                used.Add(column);
            }
        }
        var columns = ImmutableArray.CreateBuilder<Unit>();
        foreach (var child in tree.ChildrenOf(root.Id))
        {
            if (used.Contains(child.Id) || (mapDay is { } day ? child.IsValidOn(day) : Overlaps(child, period)))
            {
                columns.Add(child);
            }
        }
        columns.Add(root);
        return columns.ToImmutable();
    }

    private static ImmutableArray<CompletenessSummary> Summarise(ImmutableArray<Unit> columns, ImmutableArray<CompletenessRow>.Builder rows)
    {
        var statuses = Enum.GetValues<CompletenessStatus>().Length;
        var states = Enum.GetValues<ApprovalState>().Length;
        var index = new Dictionary<UnitId, int>(columns.Length);
        for (var i = 0; i < columns.Length; i++)
        {
            index[columns[i].Id] = i;
        }
        var byStatus = new int[columns.Length][];
        var byApproval = new int[columns.Length][];
        var outside = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            byStatus[i] = new int[statuses];
            byApproval[i] = new int[states];
        }
        var total = columns.Length - 1;
        foreach (var row in rows)
        {
            Count(total, row);
            if (row.Column is { } column && index.TryGetValue(column, out var i) && i != total)
            {
                Count(i, row);
            }
        }
        var summaries = ImmutableArray.CreateBuilder<CompletenessSummary>(columns.Length);
        for (var i = 0; i < columns.Length; i++)
        {
            summaries.Add(new CompletenessSummary(columns[i], byStatus[i], byApproval[i], outside[i]));
        }
        return summaries.MoveToImmutable();

        void Count(int i, CompletenessRow row)
        {
            byStatus[i][(int)row.Status]++;
            if (row.IsExpected && row.HasFiled)
            {
                if (row.Approval is { } state && (int)state >= 0 && (int)state < states)
                {
                    byApproval[i][(int)state]++;
                }
                else
                {
                    outside[i]++;
                }
            }
        }
    }
}
