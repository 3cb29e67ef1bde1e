using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The figures of the submissions a report reads, placed on the units of its map by pre-order position: for each
/// line (an indicator and a breakdown), each unit's own stated range (the sum when two units merged into it both
/// filed) or its stated rate. A line holds its figures as a list, in the order placed, so that a roll-up reads them
/// without a look-up each; a look-up by unit is built for a line the first time one is asked for.
/// </summary>
internal sealed class PlacedFigures(UnitTree tree)
{
    private readonly Dictionary<(string Indicator, string Keys), Line> lines = [];

    /// <summary>The figures of one indicator and breakdown.</summary>
    internal sealed class Line(IReadOnlyList<FigureKey> keys)
    {
        private Dictionary<int, FigureRange>? rangeAt;
        private Dictionary<int, StatedRate>? rateAt;
        private List<(int Position, FigureRange Range)>? ranges;

        /// <summary>The breakdown, its keys in canonical order.</summary>
        public IReadOnlyList<FigureKey> Keys { get; } = keys;

        /// <summary>
        /// Each unit's own range, by position, at most one a position; for a line placed in one pass, made from its
        /// statements when first asked for.
        /// </summary>
        public List<(int Position, FigureRange Range)> Ranges => ranges ??= Statements?.ToRanges() ?? [];

        /// <summary>
        /// For a count or amount line placed in one pass, each unit's one statement by ascending position, read where
        /// the set's columns hold it; <see langword="null"/> for a line placed figure by figure, which has its
        /// <see cref="Ranges"/> only.
        /// </summary>
        public OnePass? Statements { get; set; }

        /// <summary>Each unit's stated rate, by position, at most one a position.</summary>
        public List<(int Position, StatedRate Rate)> Rates { get; } = [];

        public FigureRange? RangeAt(int position)
        {
            rangeAt ??= Ranges.ToDictionary(r => r.Position, r => r.Range);
            return rangeAt.TryGetValue(position, out var range) ? range : null;
        }

        public StatedRate? RateAt(int position)
        {
            rateAt ??= Rates.ToDictionary(r => r.Position, r => r.Rate);
            return rateAt.TryGetValue(position, out var rate) ? rate : null;
        }
    }

    /// <summary>
    /// A count or amount line's statements as the one-pass placement gathers them: the positions of the units that
    /// stated it, strictly ascending (each unit once), and where each statement sits in the columns.
    /// </summary>
    internal sealed class OnePass(FigureColumns columns, IndicatorKind kind, int capacity)
    {
        public FigureColumns Columns { get; } = columns;

        public IndicatorKind Kind { get; } = kind;

        public int[] Positions { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public int[] Figures { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public int Count { get; private set; }

        /// <summary>The position added last, or -1: a second figure of the line from one unit comes with the same position.</summary>
        public int LastPosition => Count == 0 ? -1 : Positions[Count - 1];

        public void Add(int position, int figure)
        {
            Positions[Count] = position;
            Figures[Count] = figure;
            Count++;
        }

        /// <summary>The range a statement allows.</summary>
        public FigureRange RangeAt(int index)
        {
            Columns.TryGetStatement(Figures[index], out var value, out var exponent, out var qualifier);
            return FigureRange.OfSum(Kind, LongGridSum.Of(Kind, value, exponent, qualifier));
        }

        public List<(int Position, FigureRange Range)> ToRanges()
        {
            var ranges = new List<(int, FigureRange)>(Count);
            for (var i = 0; i < Count; i++)
            {
                ranges.Add((Positions[i], RangeAt(i)));
            }
            return ranges;
        }
    }

    /// <summary>The line of an indicator (its code case-folded) and a breakdown (<see cref="KeyText"/>), made on first use.</summary>
    public Line LineOf(string indicator, string keyText, IReadOnlyList<FigureKey> keys)
    {
        if (!lines.TryGetValue((indicator, keyText), out var line))
        {
            lines[(indicator, keyText)] = line = new Line([.. Canonical(keys)]);
        }
        return line;
    }

    /// <summary>The line of an indicator and a breakdown, or <see langword="null"/> when nothing was placed on it.</summary>
    public Line? Find(string indicator, string keyText) => lines.GetValueOrDefault((indicator.ToLowerInvariant(), keyText));

    /// <summary>The indicator's breakdowns reported, each as its keys in a canonical order.</summary>
    public IEnumerable<IReadOnlyList<FigureKey>> KeySetsOf(string indicator)
        => lines.Where(k => string.Equals(k.Key.Indicator, indicator, StringComparison.OrdinalIgnoreCase) && k.Key.Keys.Length > 0)
            .OrderBy(k => k.Key.Keys, StringComparer.Ordinal)
            .Select(k => k.Value.Keys);

    public FigureRange? RangeOf(UnitId unit, string indicator, string keys)
        => Find(indicator, keys) is { } line && tree.PositionOf(unit) is var at and >= 0 ? line.RangeAt(at) : null;

    public StatedRate? RateOf(UnitId unit, string indicator, string keys)
        => Find(indicator, keys) is { } line && tree.PositionOf(unit) is var at and >= 0 ? line.RateAt(at) : null;

    /// <summary>The keys as one text, dimension order ignored and case folded: <c>field-root=economy</c>.</summary>
    public static string KeyText(IEnumerable<FigureKey> keys)
        => string.Join('&', Canonical(keys).Select(k => $"{k.Dimension.ToLowerInvariant()}={k.Value.ToLowerInvariant()}"));

    private static IEnumerable<FigureKey> Canonical(IEnumerable<FigureKey> keys)
        => keys.OrderBy(k => k.Dimension, StringComparer.OrdinalIgnoreCase).ThenBy(k => k.Value, StringComparer.OrdinalIgnoreCase);
}
