using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The figures of the submissions a report reads, placed on the units of its map by pre-order position: for each
/// line (an indicator and a breakdown), each unit's own stated range (the sum when two units merged into it both
/// filed) or its stated rate. A line holds its figures as a list, in the order placed, so that a roll-up reads them
/// without a look-up each; a look-up by unit is built for a line the first time one is asked for. A count or amount
/// line placed in one pass (<see cref="OnePassPlacement"/>) holds where its statements are and its sums by column
/// instead, and makes its list only if a roll-up over the map asks for it.
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
    /// A count or amount line's statements as the one-pass placement gathers them from the reports it read, ordered by
    /// ascending position (each unit once): the reports that stated the line, and the line's sums by column of the run
    /// where every part could be added in any order (<see cref="ColumnSums"/>).
    /// </summary>
    internal sealed class OnePass
    {
        private readonly int[] reportSubmissions;
        private readonly int[]? ordinals;
        private readonly int[] slotOfLine;
        private readonly int slot;

        /// <param name="columns">The set's columns.</param>
        /// <param name="kind">Count or money.</param>
        /// <param name="positions">The positions of the units that stated the line, ascending: of every report read when <paramref name="ordinals"/> is <see langword="null"/>.</param>
        /// <param name="reportSubmissions">Where each report read is in the columns.</param>
        /// <param name="ordinals">The reports that stated the line, or <see langword="null"/> when they are the first <paramref name="count"/>.</param>
        /// <param name="count">How many reports stated the line.</param>
        /// <param name="slotOfLine">For each line of the columns, the slot of the line it is read as (below 0 for none).</param>
        /// <param name="slot">This line's slot.</param>
        public OnePass(FigureColumns columns, IndicatorKind kind, int[] positions, int[] reportSubmissions, int[]? ordinals, int count, int[] slotOfLine, int slot)
        {
            Columns = columns;
            Kind = kind;
            Positions = positions;
            this.reportSubmissions = reportSubmissions;
            this.ordinals = ordinals;
            this.slotOfLine = slotOfLine;
            this.slot = slot;
            Count = count;
        }

        public FigureColumns Columns { get; }

        public IndicatorKind Kind { get; }

        public int Count { get; }

        /// <summary>The positions of the units that stated the line, ascending; only the first <see cref="Count"/> are theirs.</summary>
        public int[] Positions { get; }

        /// <summary>Whether no unit that stated the line is under another that did.</summary>
        public bool NoneUnderAnother { get; init; }

        /// <summary>The sums by column of the run, or <see langword="null"/> where some part could not be added that way.</summary>
        public ColumnSums? Sums { get; init; }

        /// <summary>Where the statement at <paramref name="index"/> sits in the columns: the report's one figure of the line.</summary>
        public int FigureAt(int index)
        {
            var report = reportSubmissions[ordinals is null ? index : ordinals[index]];
            var figures = Columns.FiguresOf(report);
            var lines = Columns.LineIds;
            for (var f = figures.Start.Value; f < figures.End.Value; f++)
            {
                if (slotOfLine[lines[f]] == slot)
                {
                    return f;
                }
            }
            throw new InvalidOperationException("A statement gathered in one pass is no longer in its report.");
        }

        /// <summary>The range a statement allows, for a roll-up that goes over the map.</summary>
        public FigureRange RangeAt(int index) => FigureRange.At(Columns, FigureAt(index))!.Value;

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

    /// <summary>
    /// A line's statements added up by column of a run (each unit directly under the root, then the root), while they
    /// were gathered: the plain whole figures in one 64-bit sum, the approximate ones as a range, and how many of each
    /// column's units stated it. Made only where every part is at least 0, so that the order of adding does not matter.
    /// </summary>
    internal sealed class ColumnSums(ImmutableArray<Unit> columns, long[] plain, LongGridSum[]? approximate, bool[]? hasApproximate, int[] statements)
    {
        /// <summary>The columns the sums are by: each unit directly under the root, then the root.</summary>
        public ImmutableArray<Unit> Columns { get; } = columns;

        /// <summary>How many units of each column stated the line.</summary>
        public int[] Statements { get; } = statements;

        /// <summary>The sum of a column's statements; the caller has checked there are some.</summary>
        public LongGridSum SumOf(int column)
            => hasApproximate is not null && hasApproximate[column]
                ? approximate![column] + LongGridSum.Exactly(plain[column])
                : LongGridSum.Exactly(plain[column]);
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
