using System.Collections.Immutable;
using System.Globalization;

namespace DomainKit.Units;

/// <summary>
/// A tree of units by one kind of parent link (organisational or territorial), indexed so that parent,
/// level and subtree membership answer in O(1), ancestors in O(depth), and descendants as one contiguous
/// slice of a pre-order array, without scanning. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Building never throws on bad links: a parent that does not exist makes the unit a root and is listed in
/// <see cref="UnresolvedLinks"/>; a cycle is broken at one of its units, listed in <see cref="CycleBreaks"/>;
/// a repeated id keeps the first unit. Validation turns these into findings.
/// </remarks>
public sealed class UnitTree
{
    private readonly Dictionary<UnitId, int> indexById;
    private readonly Unit[] preorder;
    private readonly int[] parentOf;
    private readonly int[] depthOf;
    private readonly int[] lastDescendantOf;
    private readonly int[] firstChildSlot;
    private readonly int[] childSlots;

    private UnitTree(
        Dictionary<UnitId, int> indexById,
        Unit[] preorder,
        int[] parentOf,
        int[] depthOf,
        int[] lastDescendantOf,
        int[] firstChildSlot,
        int[] childSlots,
        ImmutableArray<UnitId> unresolvedLinks,
        ImmutableArray<UnitId> cycleBreaks)
    {
        this.indexById = indexById;
        this.preorder = preorder;
        this.parentOf = parentOf;
        this.depthOf = depthOf;
        this.lastDescendantOf = lastDescendantOf;
        this.firstChildSlot = firstChildSlot;
        this.childSlots = childSlots;
        UnresolvedLinks = unresolvedLinks;
        CycleBreaks = cycleBreaks;
        var roots = ImmutableArray.CreateBuilder<Unit>();
        for (var i = 0; i < preorder.Length; i++)
        {
            if (parentOf[i] < 0)
            {
                roots.Add(preorder[i]);
            }
        }
        Roots = roots.ToImmutable();
    }

    /// <summary>The number of units in the tree.</summary>
    public int Count => preorder.Length;

    /// <summary>The units without a parent (including those whose parent could not be resolved), in pre-order.</summary>
    public ImmutableArray<Unit> Roots { get; }

    /// <summary>Every unit, in pre-order: each unit comes right before its descendants.</summary>
    public IReadOnlyList<Unit> PreOrder => preorder;

    /// <summary>Units whose parent link names a unit that is not in the tree; they are placed as roots.</summary>
    public ImmutableArray<UnitId> UnresolvedLinks { get; }

    /// <summary>Units at which a cycle of parent links was broken; each is placed as a root.</summary>
    public ImmutableArray<UnitId> CycleBreaks { get; }

    /// <summary>
    /// Builds a tree over <paramref name="units"/> with the parent each one names through <paramref name="parentOf"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static UnitTree Build(IEnumerable<Unit> units, Func<Unit, UnitId?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(parentOf);

        var distinct = new List<Unit>();
        var index = new Dictionary<UnitId, int>();
        foreach (var unit in units)
        {
            if (unit is not null && !unit.Id.IsEmpty && index.TryAdd(unit.Id, distinct.Count))
            {
                distinct.Add(unit);
            }
        }

        var n = distinct.Count;
        var parent = new int[n];
        var unresolved = ImmutableArray.CreateBuilder<UnitId>();
        for (var i = 0; i < n; i++)
        {
            parent[i] = -1;
            if (parentOf(distinct[i]) is UnitId link && !link.IsEmpty)
            {
                if (index.TryGetValue(link, out var p))
                {
                    parent[i] = p;
                }
                else
                {
                    unresolved.Add(distinct[i].Id);
                }
            }
        }

        var cycleBreaks = BreakCycles(parent, distinct);
        return Index(distinct, parent, unresolved.ToImmutable(), cycleBreaks);
    }

    // Colours each unit by walking up its parent chain; a walk that meets its own colour has found a cycle,
    // which is broken at the unit with the smallest id so that the result does not depend on input order.
    private static ImmutableArray<UnitId> BreakCycles(int[] parent, List<Unit> units)
    {
        var n = parent.Length;
        var state = new int[n]; // 0 unvisited, k > 0 visited by walk k, -1 settled
        var breaks = ImmutableArray.CreateBuilder<UnitId>();
        var walk = 0;
        for (var start = 0; start < n; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }
            walk++;
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = walk;
                current = parent[current];
            }
            if (current >= 0 && state[current] == walk)
            {
                var smallest = current;
                var member = parent[current];
                while (member != current)
                {
                    if (string.CompareOrdinal(units[member].Id.Value, units[smallest].Id.Value) < 0)
                    {
                        smallest = member;
                    }
                    member = parent[member];
                }
                parent[smallest] = -1;
                breaks.Add(units[smallest].Id);
            }
            current = start;
            while (current >= 0 && state[current] == walk)
            {
                state[current] = -1;
                current = parent[current];
            }
        }
        return breaks.ToImmutable();
    }

    private static UnitTree Index(List<Unit> units, int[] parent, ImmutableArray<UnitId> unresolved, ImmutableArray<UnitId> cycleBreaks)
    {
        var n = units.Count;

        // Children by counting sort, keeping input order among siblings.
        var childCount = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            childCount[parent[i] + 1]++;
        }
        var start = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            start[i + 1] = start[i] + childCount[i];
        }
        var fill = (int[])start.Clone();
        var ordered = new int[n];
        for (var i = 0; i < n; i++)
        {
            ordered[fill[parent[i] + 1]++] = i;
        }

        // Iterative depth-first walk from the roots (slot 0 holds the roots) so deep trees cannot overflow the stack.
        var pre = new int[n];
        var preorder = new Unit[n];
        var depth = new int[n];
        var last = new int[n];
        var position = 0;
        var stack = new Stack<(int Node, int NextChild)>();
        for (var r = start[0]; r < start[1]; r++)
        {
            var root = ordered[r];
            Visit(root, 0);
            stack.Push((root, start[root + 1]));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < start[node + 2])
                {
                    stack.Push((node, next + 1));
                    var child = ordered[next];
                    Visit(child, depth[pre[node]] + 1);
                    stack.Push((child, start[child + 1]));
                }
                else
                {
                    last[pre[node]] = position - 1;
                }
            }
        }

        var indexById = new Dictionary<UnitId, int>(n);
        var parentPre = new int[n];
        var originalOfPre = new int[n];
        for (var i = 0; i < n; i++)
        {
            indexById[units[i].Id] = pre[i];
            originalOfPre[pre[i]] = i;
            parentPre[pre[i]] = parent[i] < 0 ? -1 : pre[parent[i]];
        }
        var firstChild = new int[n + 1];
        var children = new int[n];
        for (var p = 0; p < n; p++)
        {
            var original = originalOfPre[p];
            firstChild[p + 1] = firstChild[p];
            for (var c = start[original + 1]; c < start[original + 2]; c++)
            {
                children[firstChild[p + 1]++] = pre[ordered[c]];
            }
        }

        return new UnitTree(indexById, preorder, parentPre, depth, last, firstChild, children, unresolved, cycleBreaks);

        void Visit(int node, int level)
        {
            pre[node] = position;
            preorder[position] = units[node];
            depth[position] = level;
            position++;
        }

    }

    /// <summary>How many units, roots, unresolved links and cycle breaks the tree has.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"UnitTree: {Count} units, {Roots.Length} roots, {UnresolvedLinks.Length} unresolved links, {CycleBreaks.Length} cycle breaks");

    /// <summary>Whether the tree holds a unit with this id.</summary>
    public bool Contains(UnitId id) => indexById.ContainsKey(id);

    /// <summary>The unit with this id, or <see langword="null"/>.</summary>
    public Unit? Find(UnitId id) => indexById.TryGetValue(id, out var i) ? preorder[i] : null;

    /// <summary>The parent of a unit in this tree, or <see langword="null"/> for a root or an unknown id.</summary>
    public Unit? ParentOf(UnitId id)
        => indexById.TryGetValue(id, out var i) && parentOf[i] >= 0 ? preorder[parentOf[i]] : null;

    /// <summary>The level of a unit: 0 for a root, 1 for its children, and so on.</summary>
    /// <exception cref="KeyNotFoundException">The tree holds no unit with this id.</exception>
    public int LevelOf(UnitId id) => depthOf[IndexOf(id)];

    /// <summary>Whether <paramref name="id"/> is <paramref name="root"/> or one of its descendants. O(1).</summary>
    public bool IsInSubtree(UnitId id, UnitId root)
        => indexById.TryGetValue(id, out var i) && indexById.TryGetValue(root, out var r) && i >= r && i <= lastDescendantOf[r];

    /// <summary>The ancestors of a unit, nearest first. O(depth).</summary>
    /// <exception cref="KeyNotFoundException">The tree holds no unit with this id.</exception>
    public IEnumerable<Unit> AncestorsOf(UnitId id)
    {
        var i = IndexOf(id);
        return Walk(i);

        IEnumerable<Unit> Walk(int from)
        {
            for (var p = parentOf[from]; p >= 0; p = parentOf[p])
            {
                yield return preorder[p];
            }
        }
    }

    /// <summary>The direct children of a unit, in the order they were given.</summary>
    /// <exception cref="KeyNotFoundException">The tree holds no unit with this id.</exception>
    public IReadOnlyList<Unit> ChildrenOf(UnitId id)
    {
        var i = IndexOf(id);
        var result = new Unit[firstChildSlot[i + 1] - firstChildSlot[i]];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = preorder[childSlots[firstChildSlot[i] + c]];
        }
        return result;
    }

    /// <summary>
    /// The subtree of a unit in pre-order: the unit itself first when <paramref name="includeSelf"/>,
    /// then all its descendants. The slice is found in O(1) and not copied.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The tree holds no unit with this id.</exception>
    public ReadOnlyMemory<Unit> DescendantsOf(UnitId id, bool includeSelf = false)
    {
        var i = IndexOf(id);
        var from = includeSelf ? i : i + 1;
        return new ReadOnlyMemory<Unit>(preorder, from, lastDescendantOf[i] - from + 1);
    }

    /// <summary>The number of units in the subtree of a unit, itself included. O(1).</summary>
    /// <exception cref="KeyNotFoundException">The tree holds no unit with this id.</exception>
    public int SubtreeSize(UnitId id)
    {
        var i = IndexOf(id);
        return lastDescendantOf[i] - i + 1;
    }

    private int IndexOf(UnitId id)
        => indexById.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"The tree holds no unit '{id}'.");

    // Index-based access for roll-ups, which work on pre-order positions rather than ids.
    internal int PositionOf(UnitId id) => indexById.TryGetValue(id, out var i) ? i : -1;

    internal Unit UnitAt(int position) => preorder[position];

    internal int ParentAt(int position) => parentOf[position];

    internal int DepthAt(int position) => depthOf[position];

    internal int LastDescendantAt(int position) => lastDescendantOf[position];

    /// <summary>Whether none of the units at <paramref name="ascending"/> (positions in increasing order) is under another of them.</summary>
    internal bool NoneUnderAnother(ReadOnlySpan<int> ascending) => UnitsApart(ascending) == ascending.Length;

    /// <summary>
    /// How many of the units at <paramref name="ascending"/> (positions in increasing order), counted from the first,
    /// are such that none of them is under another.
    /// </summary>
    /// <remarks>Pre-order places a unit's subtree right after it, so only neighbours need comparing.</remarks>
    internal int UnitsApart(ReadOnlySpan<int> ascending)
    {
        for (var i = 0; i + 1 < ascending.Length; i++)
        {
            if (ascending[i + 1] <= lastDescendantOf[ascending[i]])
            {
                return i + 1;
            }
        }
        return ascending.Length;
    }

    internal bool Contains(int position, int root) => position >= root && position <= lastDescendantOf[root];

    /// <summary>The pre-order positions of the direct children of the unit at <paramref name="position"/>.</summary>
    internal ReadOnlySpan<int> ChildPositions(int position)
        => childSlots.AsSpan(firstChildSlot[position], firstChildSlot[position + 1] - firstChildSlot[position]);

    /// <summary>The pre-order positions of the roots.</summary>
    internal int[] RootPositions()
    {
        var roots = new List<int>(Roots.Length);
        for (var p = 0; p < preorder.Length; p = lastDescendantOf[p] + 1)
        {
            roots.Add(p);
        }
        return [.. roots];
    }
}
