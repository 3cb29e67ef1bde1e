using System.Collections.Concurrent;
using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Answers indicators for a unit's subtree and a period from the figures units submitted, from the records DomainKit
/// holds, or from both, and says where each value came from.
/// </summary>
/// <remarks>
/// <para>
/// <b>Precedence.</b> Submitted figures roll up the map with one rule: the lowest level that reported, summed upward.
/// Where every unit under a unit reported (every unit the form expects, or every unit without a form), their sum
/// stands and the unit's own figure is checked against it (DK831); where only some did, the unit's own figure stands
/// for its subtree and is checked not to be less than theirs (DK832). Where nobody in a column's subtree submitted a
/// figure, the records give it, if the indicator names a measure and the query allows records; where both exist, the
/// submitted value stands and the records are checked against it (DK833). So no figure is ever counted twice.
/// </para>
/// <para>
/// <b>Approximation.</b> A figure stated approximately (<c>trên 730 triệu</c>, <c>khoảng 2,5 tỷ</c>, <c>2,5 tỷ</c> to
/// the nearest 100 million) is a range of values; sums of ranges are ranges and are written honestly
/// (<see cref="AmountRange"/>, <see cref="CountRange"/>, <see cref="QuantityRange"/>); a rate is recomputed from its
/// counts as a <see cref="RateRange"/>, and a rate a unit stated is checked against its own counts (DK834).
/// </para>
/// <para>
/// <b>The map.</b> Submissions go on the units of the query's <see cref="IndicatorQuery.Basis"/>: a unit that is not on
/// that map is followed to its primary successor (so a merged commune's figures count in the commune it joined); a
/// submission that still has no place is named (DK836), as is a figure that cannot go in the table (DK835).
/// </para>
/// Thread-safe: each run works on its own state; runs share only what they would each make the same (where the units
/// of the submissions are on a map, the lists of units that submitted).
/// </remarks>
public sealed class IndicatorEngine
{
    private readonly Dataset dataset;
    private readonly SubmissionSet submissions;
    private readonly IClock clock;
    private readonly ReportEngine records;

    /// <summary>Creates an engine over the records of <paramref name="dataset"/> and the reports in <paramref name="submissions"/>.</summary>
    /// <param name="dataset">The units and records.</param>
    /// <param name="submissions">The submitted reports, with the app's indicators and forms.</param>
    /// <param name="clock">The clock that stamps tables; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="submissions"/> is <see langword="null"/>.</exception>
    public IndicatorEngine(Dataset dataset, SubmissionSet submissions, IClock? clock = null)
    {
        this.dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        this.submissions = submissions ?? throw new ArgumentNullException(nameof(submissions));
        this.clock = clock ?? SystemClock.Instance;
        records = new ReportEngine(dataset, this.clock);
        lineReading = new Lazy<LineReading>(() => new LineReading(submissions.Columns, submissions));
    }

    private readonly Lazy<LineReading> lineReading;
    private readonly ConcurrentDictionary<UnitTree, int[]> positionsOn = new(ReferenceEqualityComparer.Instance);
    private readonly SubmissionRollup.SubmitterLists submitterLists = new();

    // Whether figures are placed in one pass where they can be, in how many chunks of reports at most, each of how many
    // at least; the tests that compare both placements set them.
    internal bool OnePass { get; init; } = true;

    internal int OnePassChunks { get; init; } = Environment.ProcessorCount;

    internal int OnePassChunkSize { get; init; } = 4096;

    /// <summary>Computes the indicator report <paramref name="query"/> asks for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The root is not on the query's map, the form is unknown, an indicator is unknown, or neither a form nor indicators are given.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IndicatorTable Run(IndicatorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = query.FormCode is { } formCode
            ? submissions.FindForm(formCode) ?? throw new ArgumentException($"No form has the code '{formCode}'.", nameof(query))
            : null;
        var indicators = IndicatorsOf(query, form);
        // As recorded, the map is the one on the period's last day, as the report engine and completeness draw it.
        var tree = dataset.OrganisationTreeOn(query.Basis.AsOf ?? query.Period.End);
        var root = tree.Find(query.Root) ?? throw new ArgumentException($"The unit {query.Root} is not on the report's map.", nameof(query));
        var findings = new List<Finding>();
        ImmutableArray<Unit> columns = [.. tree.ChildrenOf(root.Id), root];
        var placed = Place(query, form, indicators, tree, columns, findings);

        var covered = new Dictionary<MeasureSubject, HashSet<UnitId>>();
        var scratch = new SubmissionRollup.Scratch(tree, form, submitterLists);
        var lines = ImmutableArray.CreateBuilder<IndicatorLine>();
        foreach (var indicator in indicators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<FigureKey>[] keySets = [[], .. placed.KeySetsOf(indicator.Code)];
            if (indicator.Kind == IndicatorKind.Rate)
            {
                keySets = [[], .. keySets.Skip(1).Concat(indicator.Numerator is { } n ? placed.KeySetsOf(n) : [])
                    .DistinctBy(PlacedFigures.KeyText)];
            }
            foreach (var keys in keySets)
            {
                var cells = indicator.Kind == IndicatorKind.Rate
                    ? RateCells(scratch, root, placed, indicator, keys, columns, findings)
                    : Cells(query, scratch, root, placed, indicator, keys, columns, findings, covered, cancellationToken);
                lines.Add(new IndicatorLine(indicator, [.. keys], cells));
            }
        }
        return new IndicatorTable(query, columns, lines.ToImmutable(), [.. findings], clock.GetCurrentInstant());
    }

    /// <summary>Says what the engine reads: the units and submissions it holds.</summary>
    public override string ToString() => $"IndicatorEngine over {dataset.Units.Length} unit(s) and {submissions.Submissions.Count} submission(s)";

    private ImmutableArray<Indicator> IndicatorsOf(IndicatorQuery query, Form? form)
    {
        var codes = !query.IndicatorCodes.IsDefaultOrEmpty ? query.IndicatorCodes
            : form is not null ? [.. form.Items.Select(i => i.IndicatorCode)]
            : throw new ArgumentException("A query names a form or indicators.", nameof(query));
        return [.. codes.Select(code => submissions.FindIndicator(code ?? throw new ArgumentException("An indicator code is null.", nameof(query)))
            ?? throw new ArgumentException($"No indicator has the code '{code}'.", nameof(query)))];
    }

    // The current version of each report read, its figures placed on the unit of the map that stands for its unit,
    // each unit's figures of the periods within the query's combined over time as their indicator does. The figures
    // are read from the set's columns: a line (indicator and breakdown) is looked up once, not once a figure, and the
    // figures are gathered by line before they are placed, so that a unit's figures of one line come together.
    private PlacedFigures Place(IndicatorQuery query, Form? form, ImmutableArray<Indicator> indicators, UnitTree tree, ImmutableArray<Unit> columnUnits,
        List<Finding> findings)
    {
        var placed = new PlacedFigures(tree);
        if (!query.Sources.HasFlag(FigureSources.Submissions))
        {
            return placed;
        }
        var columns = submissions.Columns;
        var wanted = new HashSet<string>(indicators.SelectMany(i => new[] { i.Code, i.Numerator, i.Denominator }).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        var reports = new List<int>();
        // Whether every report read is for the query's period itself, which the one-pass placement needs.
        var allForPeriod = true;
        foreach (var period in submissions.Periods)
        {
            if (!query.Period.Contains(period))
            {
                continue;
            }
            if (form is not null)
            {
                var latest = submissions.LatestAt(form.Code, period);
                reports.AddRange(latest);
                allForPeriod &= latest.Count == 0 || period == query.Period;
            }
        }
        if (form is null)
        {
            reports.AddRange(submissions.AllLatest.Where(at => query.Period.Contains(columns.KeyAt(at).Period)));
            allForPeriod = reports.All(at => columns.KeyAt(at).Period == query.Period);
        }
        var lines = lineReading.Value;
        if (OnePass && allForPeriod
            && OnePassPlacement.TryPlace(query, tree, PositionsOn(tree), columnUnits, reports, wanted, lines, columns, placed, OnePassChunks, OnePassChunkSize))
        {
            return placed;
        }
        reports = [.. reports.OrderBy(at => columns.KeyAt(at).ToString(), StringComparer.Ordinal)];
        var rootName = new LocalizedText(tree.Find(query.Root)!.Name, tree.Find(query.Root)!.Name);
        // Reports come in key order, so the figures of one unit and line are next to each other in the line's list.
        var byLine = new List<PlacedAt>?[columns.Lines.Length];
        var lineOrder = new List<int>();
        var isWanted = new bool?[columns.Lines.Length];
        // Consecutive reports of one unit share a group number, so that a line's figures of one unit are found by it.
        var group = 0;
        UnitId? previous = null;
        foreach (var at in reports)
        {
            var key = columns.KeyAt(at);
            if (previous != key.Unit)
            {
                (previous, group) = (key.Unit, group + 1);
            }
            var forPeriod = key.Period == query.Period;
            var unit = PlaceUnit(key.Unit, tree);
            if (unit is null)
            {
                // A report from elsewhere in the country is simply not this report's; one from under the root that
                // the map cannot place is named.
                if (dataset.FindUnit(key.Unit) is null || dataset.OrganisationTree.IsInSubtree(key.Unit, query.Root))
                {
                    findings.Add(FigureFindings.SubmissionNotPlaced(columns.SubmissionAt(at), rootName));
                }
                continue;
            }
            if (!tree.IsInSubtree(unit.Value, query.Root))
            {
                continue;
            }
            var position = tree.PositionOf(unit.Value);
            var figures = columns.FiguresOf(at);
            var first = figures.Start.Value;
            for (var f = first; f < figures.End.Value; f++)
            {
                var line = lines[columns.LineAt(f)];
                if (line.Indicator is not { } indicator)
                {
                    findings.Add(FigureFindings.FigureNotPlaced(key, f - first, columns.FigureAt(f), key.Unit.ToString(), IndicatorTexts.Unknown));
                    continue;
                }
                if (!(isWanted[line.Canonical] ??= wanted.Contains(indicator.Code)))
                {
                    continue;
                }
                if (columns.KindAt(f) != indicator.Kind)
                {
                    findings.Add(FigureFindings.FigureNotPlaced(key, f - first, columns.FigureAt(f), key.Unit.ToString(), IndicatorTexts.OtherKind(indicator)));
                    continue;
                }
                if (byLine[line.Canonical] is not { } list)
                {
                    byLine[line.Canonical] = list = [];
                    lineOrder.Add(line.Canonical);
                }
                list.Add(new PlacedAt(at, f, position, group, forPeriod));
            }
        }
        // Where on a line each position's value is, plus one; emptied after each line.
        var slotOf = new int[tree.Count];
        var rated = new HashSet<int>();
        foreach (var canonical in lineOrder)
        {
            var figures = byLine[canonical]!;
            var indicator = lines[canonical].Indicator!;
            var target = placed.LineOf(indicator.Code.ToLowerInvariant(), lines.KeyTextOf(canonical), columns.Lines[canonical].Keys);
            rated.Clear();
            target.Ranges.EnsureCapacity(figures.Count);
            for (var start = 0; start < figures.Count;)
            {
                var end = start + 1;
                while (end < figures.Count && figures[end].Group == figures[start].Group)
                {
                    end++;
                }
                if (end - start == 1 && figures[start].ForPeriod && indicator.Kind != IndicatorKind.Rate
                    && FigureRange.At(columns, figures[start].Figure) is { } range)
                {
                    // The common case, a unit's one figure for the period itself, needs no combining over time.
                    Add(target, slotOf, figures[start].Position, range, columns, figures[start], findings);
                }
                else
                {
                    var stated = new List<StatedFigure>(end - start);
                    for (var i = start; i < end; i++)
                    {
                        var (report, figure, position, _, _) = figures[i];
                        stated.Add(new StatedFigure(indicator, columns.KeyAt(report), figure - columns.FiguresOf(report).Start.Value, figure, position, report));
                    }
                    var (used, partial) = OverTime(stated, query.Period, indicator);
                    PlaceUnitFigures(used, partial, indicator, target, slotOf, rated, columns, findings);
                }
                start = end;
            }
            foreach (var (position, _) in target.Ranges)
            {
                slotOf[position] = 0;
            }
        }
        return placed;
    }

    // Where the unit of each submission of the set is on a map, looked up on first use and kept for later runs on the
    // same map (a dataset keeps its maps); several runs may fill one in at once, each writing what the others would.
    private int[] PositionsOn(UnitTree tree) => positionsOn.GetOrAdd(tree, _ =>
    {
        var positions = new int[submissions.Columns.Count];
        Array.Fill(positions, OnePassPlacement.NotLookedUp);
        return positions;
    });

    // One unit's figures of one line that speak for the period, added up and placed on its unit of the map, where they
    // add to the figures of any other unit that merged into it; what cannot be added is named.
    private static void PlaceUnitFigures(List<StatedFigure> used, bool partial, Indicator indicator, PlacedFigures.Line target,
        int[] slotOf, HashSet<int> rated, FigureColumns columns, List<Finding> findings)
    {
        if (used.Count == 0)
        {
            return;
        }
        var position = used[0].Position;
        FigureRange? sum = null;
        foreach (var item in used)
        {
            var ok = true;
            if (indicator.Kind == IndicatorKind.Rate)
            {
                ok = rated.Add(position);
                if (ok)
                {
                    target.Rates.Add((position, columns.ValueAt(item.At).Rate!.Value));
                }
            }
            else if (FigureRange.At(columns, item.At) is { } range)
            {
                ok = sum is not { } earlier || earlier.CanAdd(range);
                sum = !ok ? sum : sum is { } s ? s.Plus(range) : range;
            }
            if (!ok)
            {
                findings.Add(FigureFindings.FigureNotPlaced(item.From, item.Index, columns.FigureAt(item.At), item.From.Unit.ToString(), IndicatorTexts.CannotAdd));
            }
        }
        if (sum is not { } total)
        {
            return;
        }
        Add(target, slotOf, position, partial ? total.AtLeast() : total, columns, new PlacedAt(used[0].Report, used[0].At, position, 0, false), findings);
    }

    // A unit's value placed on its position, added to the value of another unit placed there before it (two communes
    // that merged), or named when it cannot be added.
    private static void Add(PlacedFigures.Line target, int[] slotOf, int position, FigureRange value, FigureColumns columns, PlacedAt from,
        List<Finding> findings)
    {
        var slot = slotOf[position] - 1;
        if (slot < 0)
        {
            target.Ranges.Add((position, value));
            slotOf[position] = target.Ranges.Count;
        }
        else if (target.Ranges[slot].Range.CanAdd(value))
        {
            target.Ranges[slot] = (position, target.Ranges[slot].Range.Plus(value));
        }
        else
        {
            var key = columns.KeyAt(from.Report);
            findings.Add(FigureFindings.FigureNotPlaced(key, from.Figure - columns.FiguresOf(from.Report).Start.Value, columns.FigureAt(from.Figure),
                key.Unit.ToString(), IndicatorTexts.CannotAdd));
        }
    }

    // Where a figure of the columns is: its report, its own position in the columns, its unit's position on the map, the
    // group of consecutive reports of its unit, and whether its report is for the query's period itself.
    private readonly record struct PlacedAt(int Report, int Figure, int Position, int Group, bool ForPeriod);

    private readonly record struct StatedFigure(Indicator Indicator, SubmissionKey From, int Index, int At, int Position, int Report)
    {
        public Periods.ReportingPeriod Period => From.Period;
    }

    // The figures of one unit, indicator and breakdown that speak for the query's period, by how the indicator combines
    // over time: a figure for the period itself stands; otherwise a flow adds up figures of periods within it that do
    // not overlap (the longest first), and is only a lower bound when they do not cover it; a stock takes the figure of
    // the longest period that ends when the query's ends; a rate is never combined over time. A second figure for the
    // same period (the same report on two forms) is the same statement and is read once.
    private static (List<StatedFigure> Used, bool Partial) OverTime(List<StatedFigure> figures, Periods.ReportingPeriod period, Indicator indicator)
    {
        if (figures.Count == 1 && figures[0].Period == period)
        {
            // The common case, a unit's one figure for the period itself, needs no combining.
            return (figures, false);
        }
        var distinct = figures.DistinctBy(f => f.Period).ToList();
        var exact = distinct.Where(f => f.Period == period).ToList();
        if (exact.Count > 0 || indicator.OverTime == TimeAggregation.Recompute)
        {
            return (exact, false);
        }
        if (indicator.OverTime == TimeAggregation.LastValue)
        {
            var last = distinct.Where(f => f.Period.End == period.End).OrderByDescending(f => f.Period.Days).Take(1).ToList();
            return (last, false);
        }
        var taken = new List<StatedFigure>();
        foreach (var figure in distinct.OrderByDescending(f => f.Period.Days).ThenBy(f => f.Period.Start))
        {
            if (taken.All(t => !t.Period.Overlaps(figure.Period)))
            {
                taken.Add(figure);
            }
        }
        return (taken, taken.Sum(t => t.Period.Days) < period.Days);
    }

    // The unit itself when the map has it, else its primary successor's place, followed as far as it goes.
    private UnitId? PlaceUnit(UnitId unit, UnitTree tree)
    {
        var seen = new HashSet<UnitId>();
        UnitId? current = unit;
        while (current is { } id && seen.Add(id))
        {
            if (tree.Contains(id))
            {
                return id;
            }
            current = dataset.FindUnit(id)?.PrimarySuccessorId;
        }
        return null;
    }

    private ImmutableArray<IndicatorCell> Cells(IndicatorQuery query, SubmissionRollup.Scratch scratch, Unit root, PlacedFigures placed, Indicator indicator,
        IReadOnlyList<FigureKey> keys, ImmutableArray<Unit> columns, List<Finding> findings, Dictionary<MeasureSubject, HashSet<UnitId>> covered,
        CancellationToken cancellationToken)
    {
        var tree = scratch.Tree;
        var what = IndicatorTexts.What(indicator, keys);
        var rollup = new SubmissionRollup(scratch, placed.Find(indicator.Code, PlacedFigures.KeyText(keys)), root, columns, what, findings);
        var cells = ImmutableArray.CreateBuilder<IndicatorCell>(columns.Length);
        foreach (var column in columns)
        {
            var submitted = rollup.ValueOf(column);
            var fromRecords = query.Sources.HasFlag(FigureSources.Records) ? RecordsValue(query, tree, covered, column, indicator, keys, cancellationToken) : null;
            if (submitted is { } value)
            {
                if (fromRecords is { } exact && value.Value.CanAdd(exact) && !value.Value.Overlaps(exact))
                {
                    findings.Add(FigureFindings.SubmittedDiffersFromRecords(column, what, value.Value, exact));
                }
                cells.Add(IndicatorCell.Of(value.Value, fromRecords is null ? FigureSources.Submissions : FigureSources.Both, value.By));
            }
            else
            {
                cells.Add(fromRecords is { } exact ? IndicatorCell.Of(exact, FigureSources.Records, []) : IndicatorCell.Empty(indicator.Kind));
            }
        }
        return cells.MoveToImmutable();
    }

    // A rate recomputed from its counts in each column; a rate stated without counts is shown as stated.
    private static ImmutableArray<IndicatorCell> RateCells(SubmissionRollup.Scratch scratch, Unit root, PlacedFigures placed, Indicator rate,
        IReadOnlyList<FigureKey> keys, ImmutableArray<Unit> columns, List<Finding> findings)
    {
        var tree = scratch.Tree;
        var what = IndicatorTexts.What(rate, keys);
        var keyText = PlacedFigures.KeyText(keys);
        var numerators = rate.Numerator is { } n ? new SubmissionRollup(scratch, placed.Find(n, keyText), root, columns, what, []) : null;
        var denominators = rate.Denominator is { } d ? new SubmissionRollup(scratch, placed.Find(d, keyText), root, columns, what, []) : null;
        // Every stated rate in the subtree is checked against the counts its own unit stated, in map order.
        var rootAt = tree.PositionOf(root.Id);
        IEnumerable<(int Position, StatedRate Rate)> stated = placed.Find(rate.Code, keyText)?.Rates ?? [];
        stated = stated.Where(r => tree.Contains(r.Position, rootAt)).OrderBy(r => r.Position);
        foreach (var (position, statedRate) in stated)
        {
            var unit = tree.UnitAt(position);
            if (rate.Numerator is { } num && rate.Denominator is { } den
                && placed.RangeOf(unit.Id, num, keyText) is { Kind: IndicatorKind.Count } top && placed.RangeOf(unit.Id, den, keyText) is { Kind: IndicatorKind.Count } bottom)
            {
                var counts = RateRange.Of(top.Count, bottom.Count);
                if (counts.IsDetermined && !counts.IsConsistentWith(statedRate))
                {
                    findings.Add(FigureFindings.RateDiffersFromCounts(unit, what, statedRate, counts));
                }
            }
        }
        var cells = ImmutableArray.CreateBuilder<IndicatorCell>(columns.Length);
        foreach (var column in columns)
        {
            var top = numerators?.ValueOf(column);
            var bottom = denominators?.ValueOf(column);
            if (top is { Value.Kind: IndicatorKind.Count } t && bottom is { Value.Kind: IndicatorKind.Count } b)
            {
                cells.Add(IndicatorCell.OfRate(RateRange.Of(t.Value.Count, b.Value.Count), FigureSources.Submissions, [.. t.By.Union(b.By)]));
            }
            else if (placed.RateOf(column.Id, rate.Code, keyText) is { } columnRate)
            {
                cells.Add(IndicatorCell.OfStatedRate(columnRate, [column.Id]));
            }
            else
            {
                cells.Add(IndicatorCell.Empty(IndicatorKind.Rate));
            }
        }
        return cells.MoveToImmutable();
    }

    // What the records give for a column's subtree, exactly; null where the indicator has no measure or nothing is recorded.
    private FigureRange? RecordsValue(IndicatorQuery query, UnitTree tree, Dictionary<MeasureSubject, HashSet<UnitId>> covered, Unit column, Indicator indicator,
        IReadOnlyList<FigureKey> keys, CancellationToken cancellationToken)
    {
        if (indicator.MeasureCode is not { } code || !Measure.TryFromCode(code, out var measure) || measure.ValueKind == MeasureValueKind.Rate
            || !HoldsRecords(measure.Subject, column, tree, covered))
        {
            return null;
        }
        var groupBy = ImmutableArray.CreateBuilder<Dimension>();
        foreach (var key in keys)
        {
            if (!Dimension.TryFromCode(key.Dimension, out var dimension))
            {
                return null;
            }
            groupBy.Add(dimension);
        }
        var table = records.Run(new ReportQuery { Root = column.Id, Period = query.Period, Measures = [measure], GroupBy = groupBy.ToImmutable(), Basis = query.Basis }, cancellationToken);
        var row = keys.Count == 0 ? table.Total : table.Find([.. keys.Select(k => k.Value)]);
        if (row is null)
        {
            return null;
        }
        var value = table.ValueOf(row, measure);
        return value switch
        {
            { Count: { } count } => FigureRange.OfCount(count),
            { Money: { } money } => FigureRange.OfMoney(money),
            _ => null,
        };
    }

    // Records speak for a subtree only where the dataset keeps records of the kind for some unit in it: a district
    // whose models nobody entered has not launched 0 models, its figure is simply not recorded. The units with such
    // records in their subtree are found once a run: each owner's place and the units above it.
    private bool HoldsRecords(MeasureSubject subject, Unit column, UnitTree tree, Dictionary<MeasureSubject, HashSet<UnitId>> covered)
    {
        if (!covered.TryGetValue(subject, out var units))
        {
            units = [];
            var owners = subject switch
            {
                MeasureSubject.Models => dataset.Models.Select(m => m.OwnerId),
                MeasureSubject.Funds => dataset.Funds.Select(f => f.OwnerId),
                MeasureSubject.Pledges => dataset.Pledges.Where(p => p.Pledger is not null).Select(p => p.Pledger!.UnitId),
                _ => dataset.Commendations.Where(c => c.Recipient is not null).Select(c => c.Recipient!.UnitId),
            };
            foreach (var owner in owners.Distinct())
            {
                if (PlaceUnit(owner, tree) is { } placed && units.Add(placed))
                {
                    foreach (var above in tree.AncestorsOf(placed))
                    {
                        if (!units.Add(above.Id))
                        {
                            break;
                        }
                    }
                }
            }
            covered[subject] = units;
        }
        return units.Contains(column.Id);
    }
}
