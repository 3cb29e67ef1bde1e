using System.Collections.Immutable;
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
internal sealed class SubmissionRollup
{
    private readonly UnitTree tree;
    private readonly Form? form;
    private readonly PlacedFigures figures;
    private readonly string indicator;
    private readonly string keys;
    private readonly LocalizedText what;
    private readonly List<Finding> findings;
    // By position on the map: 0 not yet rolled up, 1 nobody in the subtree reported, 2 rolled up into values.
    private readonly byte[] state;
    private readonly Dictionary<int, Rolled> values = [];

    public SubmissionRollup(UnitTree tree, Form? form, PlacedFigures figures, string indicator, string keys, LocalizedText what, List<Finding> findings)
    {
        this.tree = tree;
        this.form = form;
        this.figures = figures;
        this.indicator = indicator;
        this.keys = keys;
        this.what = what;
        this.findings = findings;
        state = new byte[tree.Count];
    }

    /// <summary>A rolled-up value and the units whose figures it adds up.</summary>
    public readonly record struct Rolled(FigureRange Value, Submitters By);

    /// <summary>
    /// The units whose figures a value adds up, joined without copying as the roll-up climbs the map (a list of them
    /// at every level would copy each unit once a level) and listed only for the cells that show them.
    /// </summary>
    public sealed class Submitters
    {
        private readonly UnitId unit;
        private readonly List<Submitters>? parts;

        public Submitters(UnitId unit) => this.unit = unit;

        public Submitters(List<Submitters> parts) => this.parts = parts;

        public ImmutableArray<UnitId> ToImmutableArray()
        {
            var units = ImmutableArray.CreateBuilder<UnitId>();
            var pending = new Stack<Submitters>();
            pending.Push(this);
            while (pending.TryPop(out var next))
            {
                if (next.parts is null)
                {
                    units.Add(next.unit);
                    continue;
                }
                for (var i = next.parts.Count - 1; i >= 0; i--)
                {
                    pending.Push(next.parts[i]);
                }
            }
            return units.ToImmutable();
        }
    }

    /// <summary>The value of <paramref name="unit"/>'s subtree, or <see langword="null"/> when nobody in it reported.</summary>
    public Rolled? ValueOf(Unit unit) => ValueAt(tree.PositionOf(unit.Id));

    private Rolled? ValueAt(int position)
    {
        if (state[position] != 0)
        {
            return state[position] == 2 ? values[position] : null;
        }
        var unit = tree.UnitAt(position);
        var own = figures.RangeOf(unit.Id, indicator, keys);
        FigureRange? sum = null;
        List<Submitters>? by = null;
        var reported = 0;
        var complete = true;
        foreach (var childAt in tree.ChildPositions(position))
        {
            if (ValueAt(childAt) is { } part)
            {
                if (sum is { } earlier && !earlier.CanAdd(part.Value))
                {
                    // Quantities in another unit of measure than their siblings' were already named when placed.
                    complete = false;
                    continue;
                }
                sum = sum is { } s ? s.Plus(part.Value) : part.Value;
                (by ??= []).Add(part.By);
                reported++;
            }
            else if (form is null || form.IsExpectedFrom(tree.UnitAt(childAt).Kind))
            {
                complete = false;
            }
        }
        Rolled? result;
        if (own is not { } stated)
        {
            result = sum is { } total ? new Rolled(total, by!.Count == 1 ? by[0] : new Submitters(by)) : null;
        }
        else if (sum is not { } parts || !stated.CanAdd(parts))
        {
            result = new Rolled(stated, new Submitters(unit.Id));
        }
        else if (complete)
        {
            if (!stated.Overlaps(parts))
            {
                findings.Add(FigureFindings.TotalDiffersFromParts(unit, what, stated, parts));
            }
            result = new Rolled(parts, by!.Count == 1 ? by[0] : new Submitters(by));
        }
        else
        {
            if (stated.Max is { } max && max < parts.Min)
            {
                findings.Add(FigureFindings.PartsExceedTotal(unit, what, stated, parts, reported));
            }
            result = new Rolled(stated, new Submitters(unit.Id));
        }
        if (result is { } value)
        {
            values[position] = value;
            state[position] = 2;
        }
        else
        {
            state[position] = 1;
        }
        return result;
    }
}
