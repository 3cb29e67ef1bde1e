using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The indicator engine's placement of the common case, in one pass over the figures as a set's columns hold them:
/// every report read is for the query's period itself (the engine checks) and from a unit on the map, one a unit, and states each wanted
/// line at most once, as a count, an amount or a rate of the line's kind. A count or amount line keeps which reports
/// stated it (most lines are stated by every report, and keep nothing more) and its sums by column of the table
/// where every part is at least 0; rates are placed as stated. Anything else (a report placed through a successor, two
/// on one unit, figures to combine over time, a figure that cannot be placed) is refused, and the engine places figure
/// by figure, naming what it cannot place; nothing is kept from a refused pass.
/// </summary>
/// <remarks>
/// The reports, in map order, are read in up to as many chunks as there are processors, each into sums of its own,
/// then merged in order: the sums of parts that are all at least 0 do not depend on the order they are added in.
/// </remarks>
internal static class OnePassPlacement
{
    /// <summary>The mark of a submission whose unit's position on a map was not looked up yet.</summary>
    public const int NotLookedUp = int.MinValue;

    private const int Unwanted = -1;
    private const int Refused = int.MinValue;

    /// <summary>Places the reports, or returns <see langword="false"/> with <paramref name="placed"/> untouched.</summary>
    /// <param name="query">The query: its root and period.</param>
    /// <param name="tree">The map the figures go on.</param>
    /// <param name="positionOf">For each submission of the columns, its unit's position on the map, or <see cref="NotLookedUp"/>; filled in as read.</param>
    /// <param name="columnUnits">The table's columns: the units directly under the root, then the root.</param>
    /// <param name="reports">The current reports read, as positions in the set's columns.</param>
    /// <param name="wanted">The codes of the indicators the table needs.</param>
    /// <param name="lines">The set's lines as the engine reads them.</param>
    /// <param name="columns">The set's columns.</param>
    /// <param name="placed">Where the figures go.</param>
    /// <param name="maxChunks">At most how many chunks of reports are read side by side.</param>
    /// <param name="chunkSize">At least how many reports a chunk has.</param>
    public static bool TryPlace(IndicatorQuery query, UnitTree tree, int[] positionOf, ImmutableArray<Unit> columnUnits, List<int> reports, HashSet<string> wanted,
        LineReading lines, FigureColumns columns, PlacedFigures placed, int maxChunks, int chunkSize)
    {
        var rootAt = tree.PositionOf(query.Root);
        var last = tree.LastDescendantAt(rootAt);
        var positions = new int[reports.Count];
        var order = new int[reports.Count];
        var count = 0;
        foreach (var at in reports)
        {
            var position = positionOf[at];
            if (position == NotLookedUp)
            {
                positionOf[at] = position = tree.PositionOf(columns.KeyAt(at).Unit);
            }
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
        if (!IsAscending(positions.AsSpan(0, count)))
        {
            Array.Sort(positions, order, 0, count);
        }
        if (ColumnsOf(tree, rootAt, columnUnits, positions, count) is not { } columnOf)
        {
            return false;
        }
        // How many of the first reports are by units none of which is under another.
        var apart = tree.UnitsApart(positions.AsSpan(0, count));
        var slots = Slots(lines, wanted, out var slotOf);
        var chunkCount = Math.Max(1, Math.Min(maxChunks, count / Math.Max(1, chunkSize)));
        var input = new Input(columns, positions, order, columnOf, slotOf, [.. slots.Select(s => (byte)s.Indicator.Kind)], columnUnits.Length);
        var chunks = new Chunk[chunkCount];
        for (var i = 0; i < chunkCount; i++)
        {
            chunks[i] = new Chunk(input, (int)((long)count * i / chunkCount), (int)((long)count * (i + 1) / chunkCount), slots.Count);
        }
        if (chunkCount == 1)
        {
            if (!chunks[0].Read())
            {
                return false;
            }
        }
        else
        {
            var read = new bool[chunkCount];
            Parallel.For(0, chunkCount, i => read[i] = chunks[i].Read());
            if (!read.All(ok => ok))
            {
                return false;
            }
        }
        var runs = RunsOf(columnOf);
        // A line goes on the table only where some report read stated it, as the figure-by-figure placement does.
        for (var s = 0; s < slots.Count; s++)
        {
            var (indicator, canonical) = slots[s];
            var (stated, ordinals) = Merge(chunks, s);
            if (stated == 0)
            {
                continue;
            }
            var target = placed.LineOf(indicator.Code.ToLowerInvariant(), lines.KeyTextOf(canonical), lines.LineAt(canonical).Keys);
            if (indicator.Kind == IndicatorKind.Rate)
            {
                foreach (var chunk in chunks)
                {
                    target.Rates.AddRange(chunk.Rates[s] ?? []);
                }
                continue;
            }
            var statedAt = ordinals is null ? positions : [.. ordinals.Select(o => positions[o])];
            var statements = StatementsByColumn(columnOf, runs, columnUnits.Length, ordinals, stated);
            target.Statements = new PlacedFigures.OnePass(columns, indicator.Kind, statedAt, order, ordinals, stated, slotOf, s)
            {
                NoneUnderAnother = ordinals is null ? stated <= apart : tree.NoneUnderAnother(statedAt),
                Sums = SumsOf(chunks, s, columnUnits, statements),
            };
        }
        return true;
    }

    // The column of each report (the unit directly under the root it lies under, or the root's own, the last); null
    // for two reports of one unit.
    private static int[]? ColumnsOf(UnitTree tree, int rootAt, ImmutableArray<Unit> columnUnits, int[] positions, int count)
    {
        var children = columnUnits.Length - 1;
        for (var c = 1; c < children; c++)
        {
            if (tree.PositionOf(columnUnits[c].Id) <= tree.PositionOf(columnUnits[c - 1].Id))
            {
                return null;
            }
        }
        var columnOf = new int[count];
        var child = 0;
        var childEnd = children > 0 ? tree.LastDescendantAt(tree.PositionOf(columnUnits[0].Id)) : -1;
        for (var r = 0; r < count; r++)
        {
            if (r > 0 && positions[r] == positions[r - 1])
            {
                return null;
            }
            if (positions[r] == rootAt)
            {
                columnOf[r] = children;
                continue;
            }
            while (positions[r] > childEnd)
            {
                child++;
                childEnd = tree.LastDescendantAt(tree.PositionOf(columnUnits[child].Id));
            }
            columnOf[r] = child;
        }
        return columnOf;
    }

    // A slot for each wanted line the table needs, lines that meet sharing one; for each line of the columns, its
    // slot, Unwanted, or Refused for a line the pass cannot place (an unknown indicator, a wanted quantity).
    private static List<(Indicator Indicator, int Canonical)> Slots(LineReading lines, HashSet<string> wanted, out int[] slotOf)
    {
        var slots = new List<(Indicator, int)>();
        var slotOfCanonical = new Dictionary<int, int>();
        slotOf = new int[lines.Count];
        for (var line = 0; line < slotOf.Length; line++)
        {
            var (indicator, canonical) = lines[line];
            if (indicator is null)
            {
                slotOf[line] = Refused;
            }
            else if (!wanted.Contains(indicator.Code))
            {
                slotOf[line] = Unwanted;
            }
            else if (indicator.Kind == IndicatorKind.Quantity)
            {
                slotOf[line] = Refused;
            }
            else
            {
                if (!slotOfCanonical.TryGetValue(canonical, out var slot))
                {
                    slotOfCanonical[canonical] = slot = slots.Count;
                    slots.Add((indicator, canonical));
                }
                slotOf[line] = slot;
            }
        }
        return slots;
    }

    // Which reports stated a slot's line over all chunks: how many, and which, or null when they are the first ones.
    private static (int Stated, int[]? Ordinals) Merge(Chunk[] chunks, int slot)
    {
        var covered = 0;
        List<int>? ordinals = null;
        foreach (var chunk in chunks)
        {
            var stated = chunk.Stated[slot];
            var own = chunk.Ordinals[slot];
            if (ordinals is null)
            {
                if (own is null && (stated == 0 || covered == chunk.Start))
                {
                    covered = stated == 0 ? covered : chunk.Start + stated;
                    continue;
                }
                ordinals = [.. Enumerable.Range(0, covered)];
            }
            ordinals.AddRange(own ?? Enumerable.Range(chunk.Start, stated));
        }
        return ordinals is null ? (covered, null) : (ordinals.Count, [.. ordinals]);
    }

    // How many reports of each column stated a line: those of the first ones, or those listed. The reports of a column
    // are consecutive (the root's own, if any, first), so the first ones are counted a column at a time.
    private static int[] StatementsByColumn(int[] columnOf, List<(int Column, int End)> runs, int width, int[]? ordinals, int stated)
    {
        var statements = new int[width];
        if (ordinals is not null)
        {
            foreach (var r in ordinals)
            {
                statements[columnOf[r]]++;
            }
            return statements;
        }
        var start = 0;
        foreach (var (column, end) in runs)
        {
            if (start >= stated)
            {
                break;
            }
            statements[column] += Math.Min(end, stated) - start;
            start = end;
        }
        return statements;
    }

    // The reports of each column in turn: its column and where its run ends.
    private static List<(int Column, int End)> RunsOf(int[] columnOf)
    {
        var runs = new List<(int, int)>();
        for (var r = 0; r < columnOf.Length; r++)
        {
            if (r + 1 == columnOf.Length || columnOf[r + 1] != columnOf[r])
            {
                runs.Add((columnOf[r], r + 1));
            }
        }
        return runs;
    }

    // A line's sums by column over all chunks, or null where a part below 0 or a sum beyond 64 bits spoiled them.
    private static PlacedFigures.ColumnSums? SumsOf(Chunk[] chunks, int slot, ImmutableArray<Unit> columnUnits, int[] statements)
    {
        var width = columnUnits.Length;
        var plain = new long[width];
        LongGridSum[]? approximate = null;
        bool[]? hasApproximate = null;
        try
        {
            foreach (var chunk in chunks)
            {
                if (chunk.Spoiled[slot])
                {
                    return null;
                }
                for (var c = 0; c < width; c++)
                {
                    plain[c] = checked(plain[c] + chunk.Plain[(slot * width) + c]);
                    if (chunk.Approximate[slot] is { } sums && sums[c].Any)
                    {
                        approximate ??= new LongGridSum[width];
                        hasApproximate ??= new bool[width];
                        approximate[c] = hasApproximate[c] ? approximate[c] + sums[c].Sum : sums[c].Sum;
                        hasApproximate[c] = true;
                    }
                }
            }
        }
        catch (OverflowException)
        {
            return null;
        }
        return new PlacedFigures.ColumnSums(columnUnits, plain, approximate, hasApproximate, statements);
    }

    // Reports of a form and period are mostly held in map order already.
    private static bool IsAscending(ReadOnlySpan<int> positions)
    {
        for (var i = 1; i < positions.Length; i++)
        {
            if (positions[i] < positions[i - 1])
            {
                return false;
            }
        }
        return true;
    }

    // A sum of approximate counts or amounts, each at least 0 with closed ends as a whole unit's figures have, added up
    // field by field as LongGridSum adds them, and refused rather than thrown past 64 bits.
    private struct ApproximateSum
    {
        private long min;
        private long max;
        private long nominal;
        private sbyte coarsest;
        private bool unbounded;

        public bool Any { get; private set; }

        public bool TryAdd(LongGridSum range)
        {
            if (range.Min < 0 || range.MinOpen || range.MaxOpen || range.Nominal < 0
                || min > long.MaxValue - range.Min || nominal > long.MaxValue - range.Nominal || (range.HasMax && max > long.MaxValue - range.Max))
            {
                return false;
            }
            min += range.Min;
            nominal += range.Nominal;
            unbounded |= !range.HasMax;
            max = unbounded ? 0 : max + range.Max;
            coarsest = Any ? Math.Max(coarsest, range.Coarsest) : range.Coarsest;
            Any = true;
            return true;
        }

        public readonly LongGridSum Sum => new(min, false, max, !unbounded, false, coarsest, nominal);
    }

    // What every chunk reads: the columns, the reports in map order with their positions and columns, each line's slot
    // and each slot's kind.
    private sealed record Input(FigureColumns Columns, int[] Positions, int[] Order, int[] ColumnOf, int[] SlotOf, byte[] Kinds, int Width);

    // The reports [Start, End) read into sums of their own: for each slot, which of them stated it (the first ones
    // while none was skipped), and its sums by column, a row of each array a slot, or its rates.
    private sealed class Chunk(Input input, int start, int end, int slots)
    {
        public int Start { get; } = start;

        public int[] Stated { get; } = new int[slots];

        public List<int>?[] Ordinals { get; } = new List<int>?[slots];

        public bool[] Spoiled { get; } = new bool[slots];

        public long[] Plain { get; } = new long[slots * input.Width];

        /// <summary>For each slot with approximate statements, their sum in each column.</summary>
        public ApproximateSum[]?[] Approximate { get; } = new ApproximateSum[]?[slots];

        public List<(int Position, StatedRate Rate)>?[] Rates { get; } = new List<(int, StatedRate)>?[slots];

        /// <summary>Reads the chunk's reports; false when one cannot be placed in one pass.</summary>
        public bool Read()
        {
            var columns = input.Columns;
            var lineIds = columns.LineIds;
            var values = columns.Values;
            var shapes = columns.Shapes;
            var firstFigures = columns.FirstFigures;
            var (slotOf, kinds, width) = (input.SlotOf, input.Kinds, input.Width);
            var (stated, plain) = (Stated, Plain);
            for (var r = Start; r < end; r++)
            {
                var local = r - Start;
                var column = input.ColumnOf[r];
                var report = input.Order[r];
                for (var f = firstFigures[report]; f < firstFigures[report + 1]; f++)
                {
                    var slot = slotOf[lineIds[f]];
                    if (slot < 0)
                    {
                        if (slot == Refused)
                        {
                            return false;
                        }
                        continue;
                    }
                    var shape = shapes[f];
                    var kind = kinds[slot];
                    // A shape holds its kind in its two low bits, as the indicator kind's number.
                    if ((shape & 0b11) != kind)
                    {
                        return false;
                    }
                    // Most lines are stated by every report: the count of those that did is the report's number.
                    if (stated[slot] == local)
                    {
                        stated[slot] = local + 1;
                    }
                    else if (!StatedApart(slot, r))
                    {
                        return false;
                    }
                    if (kind == (byte)IndicatorKind.Rate)
                    {
                        (Rates[slot] ??= []).Add((input.Positions[r], columns.ValueAt(f).Rate!.Value));
                        continue;
                    }
                    var at = (slot * width) + column;
                    if (FigureColumns.IsPlain(shape))
                    {
                        var value = values[f];
                        var sum = plain[at];
                        if (value < 0 || sum > long.MaxValue - value)
                        {
                            Spoiled[slot] = true;
                        }
                        else
                        {
                            plain[at] = sum + value;
                        }
                    }
                    else
                    {
                        AddApproximate(slot, column, values[f], shape);
                    }
                }
            }
            return true;
        }

        // Report r states a line that some report of the chunk before it did not, or states it a second time (false).
        private bool StatedApart(int slot, int r)
        {
            var ordinals = Ordinals[slot];
            if (ordinals is null)
            {
                if (Stated[slot] == r - Start + 1)
                {
                    return false;
                }
                Ordinals[slot] = ordinals = [.. Enumerable.Range(Start, Stated[slot])];
            }
            else if (ordinals[^1] == r)
            {
                return false;
            }
            ordinals.Add(r);
            Stated[slot]++;
            return true;
        }

        private void AddApproximate(int slot, int column, long value, byte shape)
        {
            if (Spoiled[slot])
            {
                return;
            }
            var range = LongGridSum.Of((IndicatorKind)input.Kinds[slot], value, FigureColumns.ShapeExponent(shape), FigureColumns.ShapeQualifier(shape));
            ref var sum = ref (Approximate[slot] ??= new ApproximateSum[input.Width])[column];
            if (value < 0 || !sum.TryAdd(range))
            {
                Spoiled[slot] = true;
            }
        }
    }
}
