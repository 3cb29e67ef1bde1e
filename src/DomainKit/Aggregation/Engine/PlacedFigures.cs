using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The figures of the submissions a report reads, placed on the units of its map: for each unit, indicator and
/// breakdown, the unit's own stated range (the sum when two units merged into it both filed) or its stated rate.
/// </summary>
internal sealed class PlacedFigures
{
    private readonly Dictionary<(UnitId Unit, string Indicator, string Keys), FigureRange> ranges = [];
    private readonly Dictionary<(UnitId Unit, string Indicator, string Keys), StatedRate> rates = [];
    private readonly Dictionary<(string Indicator, string Keys), List<FigureKey>> keySets = [];

    /// <summary>The indicator's breakdowns reported, each as its keys in a canonical order.</summary>
    public IEnumerable<IReadOnlyList<FigureKey>> KeySetsOf(string indicator)
        => keySets.Where(k => string.Equals(k.Key.Indicator, indicator, StringComparison.OrdinalIgnoreCase) && k.Key.Keys.Length > 0)
            .OrderBy(k => k.Key.Keys, StringComparer.Ordinal)
            .Select(k => (IReadOnlyList<FigureKey>)k.Value);

    /// <summary>Adds a stated rate on <paramref name="unit"/>, its breakdown's <see cref="KeyText"/> given; false when the unit has one already (two rates cannot be added).</summary>
    public bool TryAdd(UnitId unit, Indicator indicator, IReadOnlyList<FigureKey> keys, string keyText, StatedRate rate)
    {
        var key = (unit, CodeOf(indicator), keyText);
        if (!keySets.ContainsKey((key.Item2, keyText)))
        {
            keySets.Add((key.Item2, keyText), [.. Canonical(keys)]);
        }
        return rates.TryAdd(key, rate);
    }

    /// <summary>Adds a figure on <paramref name="unit"/>, its breakdown's <see cref="KeyText"/> given; false when it cannot be added to the unit's earlier figure (another unit of measure).</summary>
    public bool TryAdd(UnitId unit, Indicator indicator, IReadOnlyList<FigureKey> keys, string keyText, FigureRange range)
    {
        var key = (unit, CodeOf(indicator), keyText);
        if (!keySets.ContainsKey((key.Item2, keyText)))
        {
            keySets.Add((key.Item2, keyText), [.. Canonical(keys)]);
        }
        if (!ranges.TryGetValue(key, out var earlier))
        {
            ranges[key] = range;
            return true;
        }
        if (!earlier.CanAdd(range))
        {
            return false;
        }
        ranges[key] = earlier.Plus(range);
        return true;
    }

    // Indicator codes are folded once per indicator, not once per figure.
    private readonly Dictionary<Indicator, string> codes = new(ReferenceEqualityComparer.Instance);

    private string CodeOf(Indicator indicator)
    {
        if (!codes.TryGetValue(indicator, out var code))
        {
            codes[indicator] = code = indicator.Code.ToLowerInvariant();
        }
        return code;
    }

    public FigureRange? RangeOf(UnitId unit, string indicator, string keys)
        => ranges.TryGetValue((unit, indicator.ToLowerInvariant(), keys), out var range) ? range : null;

    public StatedRate? RateOf(UnitId unit, string indicator, string keys)
        => rates.TryGetValue((unit, indicator.ToLowerInvariant(), keys), out var rate) ? rate : null;

    /// <summary>The keys as one text, dimension order ignored and case folded: <c>field-root=economy</c>.</summary>
    public static string KeyText(IEnumerable<FigureKey> keys)
        => string.Join('&', Canonical(keys).Select(k => $"{k.Dimension.ToLowerInvariant()}={k.Value.ToLowerInvariant()}"));

    private static IEnumerable<FigureKey> Canonical(IEnumerable<FigureKey> keys)
        => keys.OrderBy(k => k.Dimension, StringComparer.OrdinalIgnoreCase).ThenBy(k => k.Value, StringComparer.OrdinalIgnoreCase);
}
