using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;

namespace DomainKit.Aggregation;

/// <summary>
/// The submitted figures of one line (an indicator and a breakdown) rolled up a map of units, with one precedence:
/// the lowest level that reported, summed upward. A unit's own figure stands for its subtree where units under it did
/// not all report (the units expected to file the form, or all of them without a form); where they all did, their sum
/// stands and the unit's own figure is checked against it (DK831); where only some did, the own figure stands and is
/// checked not to be less than what they reported (DK832). No figure is ever counted twice.
/// </summary>
/// <remarks>
/// One pass over the root's subtree in reverse pre-order, so that every unit comes after the units under it: a unit
/// with a figure, or with one under it, marks its parent, which adds up its children's values in map order; the
/// units marked by nobody are skipped at the cost of a byte.
/// The work arrays are the run's <see cref="Scratch"/>, left clean for the next line. Findings come out in the order
/// of a walk that finishes each unit after the units under it.
/// </remarks>
internal sealed class SubmissionRollup
{
    private const byte None = 0;
    private const byte Own = 1;
    private const byte Summed = 2;

    private readonly Dictionary<UnitId, Rolled> columnValues = [];

    /// <summary>
    /// Rolls the line up the subtree of <paramref name="root"/> and keeps the values of <paramref name="columns"/>;
    /// findings go to <paramref name="findings"/>.
    /// </summary>
    public SubmissionRollup(Scratch scratch, PlacedFigures.Line? line, Unit root, ImmutableArray<Unit> columns, LocalizedText what, List<Finding> findings)
    {
        if (line is null || (line.Statements is { } statements && TrySumInOnePass(scratch, statements, root, columns)) || line.Ranges.Count == 0)
        {
            return;
        }
        var tree = scratch.Tree;
        var rootAt = tree.PositionOf(root.Id);
        var last = tree.LastDescendantAt(rootAt);
        var slots = scratch.Slots;
        var active = scratch.Active;
        var touched = scratch.Touched;
        foreach (var (position, range) in line.Ranges)
        {
            if (position >= rootAt && position <= last)
            {
                slots[position].Own = range;
                slots[position].HasOwn = true;
                if (active[position] == 0)
                {
                    active[position] = 1;
                    touched.Add(position);
                }
            }
        }
        var raised = new List<(int Position, Finding Finding)>();
        for (var p = last; p >= rootAt; p--)
        {
            if (active[p] == 0)
            {
                continue;
            }
            ref var slot = ref slots[p];
            // The units under it give their values in map order: the first of them fixes a quantity's unit of measure.
            foreach (var child in tree.ChildPositions(p))
            {
                if (active[child] == 0 || slots[child].State == None)
                {
                    continue;
                }
                var part = slots[child].State == Own ? slots[child].Own : slots[child].Sum;
                if (slot.HasSum && !slot.Sum.CanAdd(part))
                {
                    // Quantities in another unit of measure than their siblings' were already named when placed.
                    slot.AddFailed = true;
                    slots[child].Excluded = true;
                    continue;
                }
                slot.Sum = slot.HasSum ? slot.Sum.Plus(part) : part;
                slot.HasSum = true;
                slot.Reported++;
                if (scratch.IsExpected(child))
                {
                    slot.ExpectedReported++;
                }
            }
            var complete = !slot.AddFailed && slot.ExpectedReported == scratch.ExpectedChildren(p);
            if (!slot.HasOwn)
            {
                slot.State = slot.HasSum ? Summed : None;
            }
            else if (!slot.HasSum || !slot.Own.CanAdd(slot.Sum))
            {
                slot.State = Own;
            }
            else if (complete)
            {
                if (!slot.Own.Overlaps(slot.Sum))
                {
                    raised.Add((p, FigureFindings.TotalDiffersFromParts(tree.UnitAt(p), what, slot.Own, slot.Sum)));
                }
                slot.State = Summed;
            }
            else
            {
                if (slot.Own.Max is { } max && max < slot.Sum.Min)
                {
                    raised.Add((p, FigureFindings.PartsExceedTotal(tree.UnitAt(p), what, slot.Own, slot.Sum, slot.Reported)));
                }
                slot.State = Own;
            }
            if (slot.State != None && p != rootAt)
            {
                var parent = tree.ParentAt(p);
                if (active[parent] == 0)
                {
                    active[parent] = 1;
                    touched.Add(parent);
                }
            }
        }
        if (raised.Count > 0)
        {
            findings.AddRange(raised.OrderBy(r => tree.LastDescendantAt(r.Position)).ThenByDescending(r => r.Position).Select(r => r.Finding));
        }
        foreach (var column in columns)
        {
            var at = tree.PositionOf(column.Id);
            if (slots[at].State == None)
            {
                continue;
            }
            // A column whose value is the sum of columns already listed (the root's, of the units under it) joins their lists.
            var by = column.Id == root.Id && slots[at].State == Summed && columns.Length == tree.ChildPositions(at).Length + 1
                ? Joined(columns, at)
                : Submitters(scratch, at);
            columnValues[column.Id] = new Rolled(slots[at].State == Own ? slots[at].Own : slots[at].Sum, by);
        }
        scratch.Clear();

        ImmutableArray<UnitId> Joined(ImmutableArray<Unit> columns, int at)
        {
            var parts = columns.Where(c => c.Id != root.Id && columnValues.ContainsKey(c.Id) && !slots[tree.PositionOf(c.Id)].Excluded)
                .Select(c => columnValues[c.Id].By).ToList();
            var joined = ImmutableArray.CreateBuilder<UnitId>(parts.Sum(p => p.Length));
            foreach (var part in parts)
            {
                joined.AddRange(part);
            }
            return joined.MoveToImmutable();
        }
    }

    // The common case, from a line's statements gathered in one pass: no unit that stated the line has another under
    // it in the root's subtree, so no figure is checked against others and every value is the plain sum of the
    // statements under its column, each column's a run of consecutive statements in map order. Counts and amounts
    // that are all at least 0 add up in any order to the same range (each end and the nominal value only grow, so a
    // sum overflows in one order exactly when it does in the map's), so the sums the placement made by column stand.
    // Anything else (sums by other columns, a part below 0), the pass over the map settles.
    private bool TrySumInOnePass(Scratch scratch, PlacedFigures.OnePass statements, Unit root, ImmutableArray<Unit> columns)
    {
        var tree = scratch.Tree;
        var rootAt = tree.PositionOf(root.Id);
        var last = tree.LastDescendantAt(rootAt);
        var children = tree.ChildPositions(rootAt);
        if (columns.Length != children.Length + 1 || columns[^1].Id != root.Id)
        {
            return false;
        }
        for (var c = 0; c < children.Length; c++)
        {
            if (columns[c].Id != tree.UnitAt(children[c]).Id || (c > 0 && children[c] <= children[c - 1]))
            {
                return false;
            }
        }
        var positions = statements.Positions.AsSpan(0, statements.Count);
        var lo = LowerBound(positions, rootAt);
        var hi = LowerBound(positions, last + 1);
        if (lo == hi)
        {
            return true;
        }
        if (!statements.NoneUnderAnother && !tree.NoneUnderAnother(positions[lo..hi]))
        {
            return false;
        }
        if (statements.Sums is not { } sums || sums.Columns != columns)
        {
            return false;
        }
        if (positions[lo] == rootAt)
        {
            // The root stated it and, as nobody under it did, its own figure stands alone.
            columnValues[root.Id] = new Rolled(FigureRange.OfSum(statements.Kind, sums.SumOf(columns.Length - 1)), [root.Id]);
            return true;
        }
        var by = scratch.SubmittersOf(positions[lo..hi], columns);
        LongGridSum? total = null;
        for (var c = 0; c < children.Length; c++)
        {
            if (sums.Statements[c] > 0)
            {
                var sum = sums.SumOf(c);
                total = total is { } before ? before + sum : sum;
                columnValues[columns[c].Id] = new Rolled(FigureRange.OfSum(statements.Kind, sum), by[c]);
            }
        }
        columnValues[root.Id] = new Rolled(FigureRange.OfSum(statements.Kind, total!.Value), by[^1]);
        return true;

        static int LowerBound(ReadOnlySpan<int> sorted, int value)
        {
            var found = sorted.BinarySearch(value);
            return found >= 0 ? found : ~found;
        }
    }

    /// <summary>A rolled-up value and the units whose figures it adds up, in map order.</summary>
    public readonly record struct Rolled(FigureRange Value, ImmutableArray<UnitId> By);

    /// <summary>The value of a column's subtree, or <see langword="null"/> when nobody in it reported.</summary>
    public Rolled? ValueOf(Unit column) => columnValues.TryGetValue(column.Id, out var value) ? value : null;

    // The units whose own figures a value at a position adds up: a walk down its subtree in pre-order that takes a unit
    // whose own figure stands and skips what lies under it, goes into a sum, and skips a subtree that gave nothing.
    private static ImmutableArray<UnitId> Submitters(Scratch scratch, int at)
    {
        var tree = scratch.Tree;
        var slots = scratch.Slots;
        var units = scratch.Units;
        units.Clear();
        var last = tree.LastDescendantAt(at);
        for (var q = at; q <= last;)
        {
            var state = scratch.Active[q] == 0 || (q != at && slots[q].Excluded) ? None : slots[q].State;
            if (state == Summed)
            {
                q++;
                continue;
            }
            if (state == Own)
            {
                units.Add(tree.UnitAt(q).Id);
            }
            q = tree.LastDescendantAt(q) + 1;
        }
        return [.. units];
    }

    /// <summary>
    /// The submitters of the columns last listed, kept by an engine across its runs: the lists are immutable, and a
    /// table run again, or another line stated by the same units, takes them as they are. Runs side by side may each
    /// replace them; each reads a whole set of lists, never a mix.
    /// </summary>
    internal sealed class SubmitterLists
    {
        private volatile Lists? last;

        public Lists? Last
        {
            get => last;
            set => last = value;
        }

        /// <summary>The units at ascending positions of a map, and the lists of each column they make.</summary>
        public sealed record Lists(UnitTree Tree, ImmutableArray<Unit> Columns, int[] Positions, ImmutableArray<UnitId>[] By);
    }

    /// <summary>What a position holds during a pass.</summary>
    internal struct Slot
    {
        public FigureRange Own;
        public FigureRange Sum;
        public int Reported;
        public int ExpectedReported;
        public bool HasOwn;
        public bool HasSum;
        public bool AddFailed;
        public bool Excluded;
        public byte State;
    }

    /// <summary>
    /// The work arrays of the roll-ups of one run, one slot a position of the map, and which units the form expects,
    /// counted once for the run. Not thread-safe: a run uses its own.
    /// </summary>
    internal sealed class Scratch(UnitTree tree, Form? form, SubmitterLists lists)
    {
        private bool[]? expected;
        private int[]? expectedChildren;
        private Slot[]? slots;
        private byte[]? active;

        public UnitTree Tree { get; } = tree;

        // The arrays of the pass over the map are made for the first line that needs it.
        public Slot[] Slots => slots ??= new Slot[Tree.Count];

        public byte[] Active => active ??= new byte[Tree.Count];

        public List<int> Touched { get; } = [];

        /// <summary>The units of a column's value as they are listed, before they are copied into the cell.</summary>
        public List<UnitId> Units { get; } = [];

        public bool IsExpected(int position) => Expected()[position];

        public int ExpectedChildren(int position)
        {
            Expected();
            return expectedChildren![position];
        }

        /// <summary>
        /// The units whose statements at <paramref name="positions"/> (ascending, none under another) add up to each
        /// column's value, in map order: one list for each unit directly under the root, then the root's, all of them.
        /// Lines stated by the same units, as a form's lines mostly are, share the lists of the line before.
        /// </summary>
        public ImmutableArray<UnitId>[] SubmittersOf(ReadOnlySpan<int> positions, ImmutableArray<Unit> columns)
        {
            if (lists.Last is { } last && last.Tree == Tree && SameUnits(last.Columns, columns) && positions.SequenceEqual(last.Positions))
            {
                return last.By;
            }
            var by = new ImmutableArray<UnitId>[columns.Length];
            var all = new UnitId[positions.Length];
            var at = 0;
            for (var c = 0; c < columns.Length - 1; c++)
            {
                var end = Tree.LastDescendantAt(Tree.PositionOf(columns[c].Id));
                var start = at;
                for (; at < positions.Length && positions[at] <= end; at++)
                {
                    all[at] = Tree.UnitAt(positions[at]).Id;
                }
                by[c] = ImmutableArray.Create(all, start, at - start);
            }
            by[^1] = ImmutableCollectionsMarshal.AsImmutableArray(all);
            lists.Last = new SubmitterLists.Lists(Tree, columns, positions.ToArray(), by);
            return by;
        }

        private static bool SameUnits(ImmutableArray<Unit> left, ImmutableArray<Unit> right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }
            for (var i = 0; i < left.Length; i++)
            {
                if (left[i].Id != right[i].Id)
                {
                    return false;
                }
            }
            return true;
        }

        private bool[] Expected()
        {
            if (expected is not null)
            {
                return expected;
            }
            var isExpectedAt = new bool[Tree.Count];
            var children = new int[Tree.Count];
            var kinds = new Dictionary<UnitKind, bool>();
            for (var p = 0; p < Tree.Count; p++)
            {
                var kind = Tree.UnitAt(p).Kind;
                if (!kinds.TryGetValue(kind, out var isExpected))
                {
                    kinds[kind] = isExpected = form is null || form.IsExpectedFrom(kind);
                }
                isExpectedAt[p] = isExpected;
                if (isExpected && Tree.ParentAt(p) is var parent and >= 0)
                {
                    children[parent]++;
                }
            }
            expectedChildren = children;
            return expected = isExpectedAt;
        }

        public void Clear()
        {
            foreach (var position in Touched)
            {
                Slots[position] = default;
                Active[position] = 0;
            }
            Touched.Clear();
        }
    }
}
