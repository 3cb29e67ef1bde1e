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
/// Thread-safe: each run works on its own state.
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
    }

    // Whether figures are placed in one pass where they can be; the tests that compare both placements turn it off.
    internal bool OnePass { get; init; } = true;

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
        var scratch = new SubmissionRollup.Scratch(tree, form);
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
        foreach (var period in submissions.Periods)
        {
            if (!query.Period.Contains(period))
            {
                continue;
            }
            if (form is not null)
            {
                reports.AddRange(submissions.LatestAt(form.Code, period));
            }
        }
        if (form is null)
        {
            reports.AddRange(submissions.AllLatest.Where(at => query.Period.Contains(columns.KeyAt(at).Period)));
        }
        var lines = new LineReading(columns, submissions);
        if (OnePass && TryPlaceInOnePass(query, tree, columnUnits, reports, wanted, lines, placed))
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
                    && RangeAt(columns, figures[start].Figure) is { } range)
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

    // The common case, in one pass over the figures as the columns hold them: every report read is for the query's
    // period itself and from a unit on the map, one a unit, and states each wanted line at most once, as a count, an
    // amount or a rate of the line's kind. A count or amount line keeps which reports stated it (most lines are stated
    // by every report, and keep nothing more) and its sums by column of the table where every part is at least 0;
    // rates are placed as stated. Anything else (a report placed through a successor, two on one unit, figures to
    // combine over time, a figure that cannot be placed) leaves the placement to the figure-by-figure one, which names
    // what it cannot place; nothing is kept from an abandoned pass.
    private bool TryPlaceInOnePass(IndicatorQuery query, UnitTree tree, ImmutableArray<Unit> columnUnits, List<int> reports, HashSet<string> wanted,
        LineReading lines, PlacedFigures placed)
    {
        var columns = submissions.Columns;
        var rootAt = tree.PositionOf(query.Root);
        var last = tree.LastDescendantAt(rootAt);
        var positions = new int[reports.Count];
        var order = new int[reports.Count];
        var count = 0;
        foreach (var at in reports)
        {
            var key = columns.KeyAt(at);
            var position = key.Period == query.Period ? tree.PositionOf(key.Unit) : -1;
            if (position < 0)
            {
                return false;
            }
            if (position >= rootAt && position <= last)
            {
                (positions[count], order[count]) = (position, at);
                count++;
            }
        }
        Array.Sort(positions, order, 0, count);
        for (var c = 1; c + 1 < columnUnits.Length; c++)
        {
            if (tree.PositionOf(columnUnits[c].Id) <= tree.PositionOf(columnUnits[c - 1].Id))
            {
                return false;
            }
        }
        // The table's column of each report (the unit directly under the root it lies under, or the root's own), and
        // how many of the first reports are by units none of which is under another.
        var columnOf = new int[count];
        var antichain = count;
        var child = 0;
        var childEnd = columnUnits.Length > 1 ? tree.LastDescendantAt(tree.PositionOf(columnUnits[0].Id)) : -1;
        for (var r = 0; r < count; r++)
        {
            if (r > 0 && positions[r] == positions[r - 1])
            {
                return false;
            }
            if (antichain == count && r + 1 < count && positions[r + 1] <= tree.LastDescendantAt(positions[r]))
            {
                antichain = r + 1;
            }
            if (positions[r] == rootAt)
            {
                columnOf[r] = columnUnits.Length - 1;
                continue;
            }
            while (positions[r] > childEnd)
            {
                child++;
                childEnd = tree.LastDescendantAt(tree.PositionOf(columnUnits[child].Id));
            }
            columnOf[r] = child;
        }

        // For each line of the columns: 0 not yet read, -1 not wanted, else one more than its slot among the gathered.
        var slotOf = new int[columns.Lines.Length];
        var gathered = new Gathering(columnUnits.Length);
        var slotOfCanonical = new Dictionary<int, int>();
        var lineIds = columns.LineIds;
        var values = columns.Values;
        var shapes = columns.Shapes;
        var firstFigures = columns.FirstFigures;
        var width = columnUnits.Length;
        // The gathering's arrays, held here as the loop reads them for every figure; read again when a slot is made.
        var (kindBits, stated, plain, statements) = (gathered.KindBits, gathered.Stated, gathered.Plain, gathered.Statements);
        for (var r = 0; r < count; r++)
        {
            var column = columnOf[r];
            var report = order[r];
            for (var f = firstFigures[report]; f < firstFigures[report + 1]; f++)
            {
                var slot = slotOf[lineIds[f]];
                if (slot <= 0)
                {
                    if (slot < 0)
                    {
                        continue;
                    }
                    var (indicator, canonical) = lines[lineIds[f]];
                    if (indicator is null || indicator.Kind == IndicatorKind.Quantity)
                    {
                        return false;
                    }
                    if (!wanted.Contains(indicator.Code))
                    {
                        slotOf[lineIds[f]] = -1;
                        continue;
                    }
                    if (!slotOfCanonical.TryGetValue(canonical, out slot))
                    {
                        slotOfCanonical[canonical] = slot = gathered.Add(indicator, canonical);
                        (kindBits, stated, plain, statements) = (gathered.KindBits, gathered.Stated, gathered.Plain, gathered.Statements);
                    }
                    slotOf[lineIds[f]] = slot;
                }
                var s = slot - 1;
                var shape = shapes[f];
                var kind = kindBits[s];
                if ((shape & 0b11) != kind)
                {
                    return false;
                }
                // Most lines are stated by every report: the count of those that did is the report's number.
                if (stated[s] == r)
                {
                    stated[s] = r + 1;
                }
                else if (!gathered.StatedApart(s, r))
                {
                    return false;
                }
                if (kind == (byte)IndicatorKind.Rate)
                {
                    gathered.Rates[s]!.Add((positions[r], columns.ValueAt(f).Rate!.Value));
                    continue;
                }
                var at = s * width + column;
                statements[at]++;
                if (FigureColumns.IsPlain(shape))
                {
                    var value = values[f];
                    var sum = plain[at];
                    if (value < 0 || sum > long.MaxValue - value)
                    {
                        gathered.Spoiled[s] = true;
                    }
                    else
                    {
                        plain[at] = sum + value;
                    }
                }
                else
                {
                    gathered.AddApproximate(s, column, values[f], shape);
                }
            }
        }
        for (var s = 0; s < gathered.Count; s++)
        {
            var indicator = gathered.Indicators[s];
            var canonical = gathered.Canonicals[s];
            var target = placed.LineOf(indicator.Code.ToLowerInvariant(), lines.KeyTextOf(canonical), columns.Lines[canonical].Keys);
            if (gathered.Rates[s] is { } rates)
            {
                target.Rates.AddRange(rates);
                continue;
            }
            var ordinals = gathered.Ordinals[s]?.ToArray();
            var statedAt = ordinals is null ? positions : [.. ordinals.Select(o => positions[o])];
            target.Statements = new PlacedFigures.OnePass(columns, indicator.Kind, statedAt, order, ordinals, gathered.Stated[s], slotOf, s)
            {
                IsAntichain = ordinals is null ? gathered.Stated[s] <= antichain : IsAntichain(tree, statedAt),
                Sums = gathered.SumsOf(s, columnUnits),
            };
        }
        return true;

        static bool IsAntichain(UnitTree tree, int[] positions)
        {
            for (var i = 0; i + 1 < positions.Length; i++)
            {
                if (positions[i + 1] <= tree.LastDescendantAt(positions[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    // The wanted lines while the one-pass placement reads the reports in order, a slot each: which reports stated it
    // (the first ones, while none was skipped), and its sums by column, a row of each array a slot, or its rates.
    private sealed class Gathering(int width)
    {
        public int Count { get; private set; }

        public List<Indicator> Indicators { get; } = [];

        public List<int> Canonicals { get; } = [];

        public List<List<(int Position, StatedRate Rate)>?> Rates { get; } = [];

        public List<List<int>?> Ordinals { get; } = [];

        public byte[] KindBits { get; private set; } = new byte[4];

        public int[] Stated { get; private set; } = new int[4];

        public bool[] Spoiled { get; private set; } = new bool[4];

        public long[] Plain { get; private set; } = new long[4 * width];

        public int[] Statements { get; private set; } = new int[4 * width];

        private LongGridSum[]?[] approximate = new LongGridSum[]?[4];
        private bool[]?[] hasApproximate = new bool[]?[4];

        /// <summary>Makes a slot for a line; returns one more than it.</summary>
        public int Add(Indicator indicator, int canonical)
        {
            if (Count == KindBits.Length)
            {
                var grown = Count * 2;
                KindBits = Grow(KindBits, grown);
                Stated = Grow(Stated, grown);
                Spoiled = Grow(Spoiled, grown);
                Plain = Grow(Plain, grown * width);
                Statements = Grow(Statements, grown * width);
                approximate = Grow(approximate, grown);
                hasApproximate = Grow(hasApproximate, grown);
            }
            Indicators.Add(indicator);
            Canonicals.Add(canonical);
            Rates.Add(indicator.Kind == IndicatorKind.Rate ? [] : null);
            Ordinals.Add(null);
            KindBits[Count] = (byte)indicator.Kind;
            return ++Count;

            static T[] Grow<T>(T[] array, int length)
            {
                var grown = new T[length];
                array.CopyTo(grown, 0);
                return grown;
            }
        }

        // Report r states a line that some report before it did not, or states it a second time (false).
        public bool StatedApart(int slot, int r)
        {
            var ordinals = Ordinals[slot];
            if (ordinals is null)
            {
                if (Stated[slot] == r + 1)
                {
                    return false;
                }
                Ordinals[slot] = ordinals = [.. Enumerable.Range(0, Stated[slot])];
            }
            else if (ordinals[^1] == r)
            {
                return false;
            }
            ordinals.Add(r);
            Stated[slot]++;
            return true;
        }

        public void AddApproximate(int slot, int column, long value, byte shape)
        {
            if (Spoiled[slot])
            {
                return;
            }
            var range = LongGridSum.Of((IndicatorKind)KindBits[slot], value, FigureColumns.ShapeExponent(shape), FigureColumns.ShapeQualifier(shape));
            var sums = approximate[slot] ??= new LongGridSum[width];
            var has = hasApproximate[slot] ??= new bool[width];
            if (value < 0 || range.Min < 0)
            {
                Spoiled[slot] = true;
                return;
            }
            try
            {
                sums[column] = has[column] ? sums[column] + range : range;
                has[column] = true;
            }
            catch (OverflowException)
            {
                Spoiled[slot] = true;
            }
        }

        /// <summary>A line's sums by column, or <see langword="null"/> when a part below 0 or beyond 64 bits spoiled them.</summary>
        public PlacedFigures.ColumnSums? SumsOf(int slot, ImmutableArray<Unit> columns)
            => Spoiled[slot]
                ? null
                : new PlacedFigures.ColumnSums(columns, Plain[(slot * width)..((slot + 1) * width)], approximate[slot], hasApproximate[slot],
                    Statements[(slot * width)..((slot + 1) * width)]);
    }

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
            else if (RangeAt(columns, item.At) is { } range)
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

    // The range a figure of the columns allows, made straight from its statement where it is a count or an amount.
    private static FigureRange? RangeAt(FigureColumns columns, int figure)
    {
        if (!columns.TryGetStatement(figure, out var value, out var exponent, out var qualifier))
        {
            return FigureRange.Of(columns.ValueAt(figure));
        }
        var count = columns.KindAt(figure) == IndicatorKind.Count;
        if (exponent == 0 && qualifier == AmountQualifier.None)
        {
            return count ? FigureRange.OfCount(value) : FigureRange.OfMoney(new Dong(value));
        }
        return count
            ? FigureRange.Of(StatedCount.FromParts(value, exponent, qualifier))
            : FigureRange.Of(StatedDong.FromParts(value, exponent, qualifier));
    }

    // The lines of the columns as the engine reads them: each line's indicator, and the first line of the same
    // indicator and breakdown once codes are case-folded and keys put in order, so that lines written differently meet.
    private sealed class LineReading(FigureColumns columns, SubmissionSet set)
    {
        private readonly (Indicator? Indicator, int Canonical)?[] lines = new (Indicator?, int)?[columns.Lines.Length];
        private readonly Dictionary<(string Indicator, string Keys), int> canonical = [];
        private readonly string?[] keyTexts = new string?[columns.Lines.Length];

        public string KeyTextOf(int line) => keyTexts[line] ??= PlacedFigures.KeyText(columns.Lines[line].Keys);

        public (Indicator? Indicator, int Canonical) this[int line] => lines[line] ??= Read(line);

        private (Indicator?, int) Read(int line)
        {
            var indicator = set.FindIndicator(columns.Lines[line].IndicatorCode);
            if (indicator is null)
            {
                return (null, line);
            }
            var key = (indicator.Code.ToLowerInvariant(), KeyTextOf(line));
            if (!canonical.TryGetValue(key, out var first))
            {
                canonical[key] = first = line;
            }
            return (indicator, first);
        }
    }

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
