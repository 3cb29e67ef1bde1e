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
    private readonly Dictionary<UnitId, Rolled?> memo = [];

    public SubmissionRollup(UnitTree tree, Form? form, PlacedFigures figures, string indicator, string keys, LocalizedText what, List<Finding> findings)
    {
        this.tree = tree;
        this.form = form;
        this.figures = figures;
        this.indicator = indicator;
        this.keys = keys;
        this.what = what;
        this.findings = findings;
    }

    /// <summary>A rolled-up value and the units whose figures it adds up.</summary>
    public readonly record struct Rolled(FigureRange Value, ImmutableArray<UnitId> By);

    /// <summary>The value of <paramref name="unit"/>'s subtree, or <see langword="null"/> when nobody in it reported.</summary>
    public Rolled? ValueOf(Unit unit)
    {
        if (memo.TryGetValue(unit.Id, out var known))
        {
            return known;
        }
        var own = figures.RangeOf(unit.Id, indicator, keys);
        FigureRange? sum = null;
        var by = ImmutableArray.CreateBuilder<UnitId>();
        var reported = 0;
        var complete = true;
        foreach (var child in tree.ChildrenOf(unit.Id))
        {
            if (ValueOf(child) is { } part)
            {
                if (sum is { } earlier && !earlier.CanAdd(part.Value))
                {
                    // Quantities in another unit of measure than their siblings' were already named when placed.
                    complete = false;
                    continue;
                }
                sum = sum is { } s ? s.Plus(part.Value) : part.Value;
                by.AddRange(part.By);
                reported++;
            }
            else if (form is null || form.IsExpectedFrom(child.Kind))
            {
                complete = false;
            }
        }
        Rolled? result;
        if (own is not { } stated)
        {
            result = sum is { } total ? new Rolled(total, by.ToImmutable()) : null;
        }
        else if (sum is not { } parts || !stated.CanAdd(parts))
        {
            result = new Rolled(stated, [unit.Id]);
        }
        else if (complete)
        {
            if (!stated.Overlaps(parts))
            {
                findings.Add(FigureFindings.TotalDiffersFromParts(unit, what, stated, parts));
            }
            result = new Rolled(parts, by.ToImmutable());
        }
        else
        {
            if (stated.Max is { } max && max < parts.Min)
            {
                findings.Add(FigureFindings.PartsExceedTotal(unit, what, stated, parts, reported));
            }
            result = new Rolled(stated, [unit.Id]);
        }
        memo[unit.Id] = result;
        return result;
    }
}
