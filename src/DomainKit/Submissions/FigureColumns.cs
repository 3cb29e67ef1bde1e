using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DomainKit.Indicators;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// The submissions of a <see cref="SubmissionSet"/> held in columns, so that a country's reports over years fit in
/// memory: a row per submission (key, version, day filed, document, where its figures start) and a row per figure of
/// thirteen bytes (its line, a 64-bit value and one byte for the kind, qualifier and resolution of a count or an
/// amount). A line is an indicator code and breakdown as written, held once. The rare values that need more (a
/// quantity with its unit, a rate) and the quotes sit in side tables by figure. A submission read back from the
/// columns equals the one given, figure for figure.
/// </summary>
internal sealed class FigureColumns
{
    private const int KindBits = 0b11;
    private const int QualifierShift = 2;
    private const int ExponentShift = 4;

    private readonly SubmissionKey[] keys;
    private readonly int[] versions;
    private readonly LocalDate?[] filedOn;
    private readonly SubmissionDocument?[] documents;
    private readonly int[] firstFigure;
    private readonly int[] lines;
    private readonly long[] values;
    private readonly byte[] shapes;
    private readonly Dictionary<int, FigureValue> otherValues;
    private readonly Dictionary<int, string> quotes;
    private readonly ImmutableArray<Line> lineTable;

    // The builder's submissions, the one at order[i] the i-th, each with its figures, side tables renumbered.
    private FigureColumns(Builder builder, int[] order)
    {
        var count = builder.Keys.Count;
        var figureCount = builder.Lines.Count;
        keys = new SubmissionKey[count];
        versions = new int[count];
        filedOn = new LocalDate?[count];
        documents = new SubmissionDocument?[count];
        firstFigure = new int[count + 1];
        lines = new int[figureCount];
        values = new long[figureCount];
        shapes = new byte[figureCount];
        // Side tables are renumbered only when there is something in them.
        otherValues = builder.OtherValues.Count == 0 ? builder.OtherValues : [];
        quotes = builder.Quotes.Count == 0 ? builder.Quotes : [];
        var builtLines = CollectionsMarshal.AsSpan(builder.Lines);
        var builtValues = CollectionsMarshal.AsSpan(builder.Values);
        var builtShapes = CollectionsMarshal.AsSpan(builder.Shapes);
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var from = order[i];
            keys[i] = builder.Keys[from];
            versions[i] = builder.Versions[from];
            filedOn[i] = builder.FiledOn[from];
            documents[i] = builder.Documents[from];
            firstFigure[i] = next;
            var start = builder.FirstFigure[from];
            var length = (from + 1 < count ? builder.FirstFigure[from + 1] : figureCount) - start;
            builtLines.Slice(start, length).CopyTo(lines.AsSpan(next));
            builtValues.Slice(start, length).CopyTo(values.AsSpan(next));
            builtShapes.Slice(start, length).CopyTo(shapes.AsSpan(next));
            if (!ReferenceEquals(otherValues, builder.OtherValues) || !ReferenceEquals(quotes, builder.Quotes))
            {
                for (var f = 0; f < length; f++)
                {
                    if (builder.OtherValues.TryGetValue(start + f, out var other))
                    {
                        otherValues[next + f] = other;
                    }
                    if (builder.Quotes.TryGetValue(start + f, out var quote))
                    {
                        quotes[next + f] = quote;
                    }
                }
            }
            next += length;
        }
        firstFigure[count] = figureCount;
        lineTable = [.. builder.LineTable];
    }

    /// <summary>An indicator code and a breakdown as the submissions wrote them.</summary>
    public sealed record Line(string IndicatorCode, ImmutableArray<FigureKey> Keys);

    /// <summary>How many submissions the columns hold.</summary>
    public int Count => keys.Length;

    /// <summary>How many figures the columns hold.</summary>
    public int FigureCount => lines.Length;

    /// <summary>The distinct lines the figures are on.</summary>
    public ImmutableArray<Line> Lines => lineTable;

    public SubmissionKey KeyAt(int submission) => keys[submission];

    public int VersionAt(int submission) => versions[submission];

    /// <summary>The figures of a submission, as positions in the figure columns.</summary>
    public Range FiguresOf(int submission) => firstFigure[submission]..firstFigure[submission + 1];

    public int LineAt(int figure) => lines[figure];

    /// <summary>The line of every figure, for a pass over many.</summary>
    public ReadOnlySpan<int> LineIds => lines;

    /// <summary>The value of every figure (a count's or amount's stated value), for a pass over many.</summary>
    public ReadOnlySpan<long> Values => values;

    /// <summary>The shape of every figure (its kind in the two low bits, <see cref="IsPlain"/>, ...), for a pass over many.</summary>
    public ReadOnlySpan<byte> Shapes => shapes;

    /// <summary>Where the figures of each submission start, and after the last, where they end.</summary>
    public ReadOnlySpan<int> FirstFigures => firstFigure;

    /// <summary>Whether a shape is a count's or an amount's value as a plain whole figure: no qualifier, to the unit.</summary>
    public static bool IsPlain(byte shape) => (shape & ~KindBits) == 0;

    public static int ShapeExponent(byte shape) => shape >> ExponentShift;

    public static AmountQualifier ShapeQualifier(byte shape) => (AmountQualifier)((shape >> QualifierShift) & 0b11);

    public IndicatorKind KindAt(int figure) => (IndicatorKind)(shapes[figure] & KindBits);

    /// <summary>The count or amount a figure states, when it is one; a quantity or rate gives <see langword="false"/>.</summary>
    public bool TryGetStatement(int figure, out long value, out int exponent, out AmountQualifier qualifier)
    {
        var shape = shapes[figure];
        value = values[figure];
        exponent = shape >> ExponentShift;
        qualifier = (AmountQualifier)((shape >> QualifierShift) & 0b11);
        return (IndicatorKind)(shape & KindBits) is IndicatorKind.Count or IndicatorKind.Money;
    }

    public FigureValue ValueAt(int figure)
    {
        if (!TryGetStatement(figure, out var value, out var exponent, out var qualifier))
        {
            return otherValues[figure];
        }
        return KindAt(figure) == IndicatorKind.Count
            ? FigureValue.Of(StatedCount.FromParts(value, exponent, qualifier))
            : FigureValue.Of(StatedDong.FromParts(value, exponent, qualifier));
    }

    public SubmittedFigure FigureAt(int figure)
    {
        var line = lineTable[lines[figure]];
        return new SubmittedFigure(line.IndicatorCode, ValueAt(figure)) { Keys = line.Keys, Quote = quotes.GetValueOrDefault(figure) };
    }

    /// <summary>The submission at <paramref name="submission"/> as an object, its figures made when first asked for.</summary>
    public Submission SubmissionAt(int submission) => new(this, submission)
    {
        Key = keys[submission],
        Version = versions[submission],
        FiledOn = filedOn[submission],
        Document = documents[submission],
    };

    public ImmutableArray<SubmittedFigure> FiguresAt(int submission)
    {
        var (start, end) = (firstFigure[submission], firstFigure[submission + 1]);
        var figures = ImmutableArray.CreateBuilder<SubmittedFigure>(end - start);
        for (var i = start; i < end; i++)
        {
            figures.Add(FigureAt(i));
        }
        return figures.MoveToImmutable();
    }

    /// <summary>Fills the columns a submission at a time.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<Line, int> lineIndex = new(LineComparer.Instance);

        public List<SubmissionKey> Keys { get; } = [];

        public List<int> Versions { get; } = [];

        public List<LocalDate?> FiledOn { get; } = [];

        public List<SubmissionDocument?> Documents { get; } = [];

        public List<int> FirstFigure { get; } = [];

        public List<int> Lines { get; } = [];

        public List<long> Values { get; } = [];

        public List<byte> Shapes { get; } = [];

        public Dictionary<int, FigureValue> OtherValues { get; } = [];

        public Dictionary<int, string> Quotes { get; } = [];

        public List<Line> LineTable { get; } = [];

        public void Add(Submission submission)
        {
            Keys.Add(submission.Key);
            Versions.Add(submission.Version);
            FiledOn.Add(submission.FiledOn);
            Documents.Add(submission.Document);
            FirstFigure.Add(Lines.Count);
            foreach (var figure in submission.Figures)
            {
                var at = Lines.Count;
                Lines.Add(LineOf(figure));
                var value = figure.Value;
                if (value.Count is { } count)
                {
                    Values.Add(count.Value);
                    Shapes.Add(Shape(IndicatorKind.Count, count.Qualifier, count.Exponent));
                }
                else if (value.Money is { } money)
                {
                    Values.Add(money.Value.Value);
                    Shapes.Add(Shape(IndicatorKind.Money, money.Qualifier, money.Exponent));
                }
                else
                {
                    Values.Add(0);
                    Shapes.Add((byte)value.Kind);
                    OtherValues.Add(at, value);
                }
                if (figure.Quote is { } quote)
                {
                    Quotes.Add(at, quote);
                }
            }
        }

        /// <summary>The columns, the submission added <paramref name="order"/>[i]-th the i-th in them.</summary>
        public FigureColumns Build(int[] order) => new(this, order);

        private static byte Shape(IndicatorKind kind, AmountQualifier qualifier, int exponent)
            => (byte)((int)kind | ((int)qualifier << QualifierShift) | (exponent << ExponentShift));

        private int LineOf(SubmittedFigure figure)
        {
            var line = new Line(figure.IndicatorCode, figure.Keys);
            if (!lineIndex.TryGetValue(line, out var index))
            {
                index = LineTable.Count;
                LineTable.Add(line);
                lineIndex.Add(line, index);
            }
            return index;
        }
    }

    // Lines are kept as written: codes and keys compared ordinally, in their order, so that a submission reads back as given.
    private sealed class LineComparer : IEqualityComparer<Line>
    {
        public static LineComparer Instance { get; } = new();

        public bool Equals(Line? x, Line? y)
        {
            if (x is null || y is null)
            {
                return ReferenceEquals(x, y);
            }
            if (!string.Equals(x.IndicatorCode, y.IndicatorCode, StringComparison.Ordinal) || x.Keys.Length != y.Keys.Length)
            {
                return false;
            }
            for (var i = 0; i < x.Keys.Length; i++)
            {
                if (!string.Equals(x.Keys[i].Dimension, y.Keys[i].Dimension, StringComparison.Ordinal)
                    || !string.Equals(x.Keys[i].Value, y.Keys[i].Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        public int GetHashCode(Line line)
        {
            var hash = new HashCode();
            hash.Add(line.IndicatorCode, StringComparer.Ordinal);
            foreach (var key in line.Keys)
            {
                hash.Add(key.Dimension, StringComparer.Ordinal);
                hash.Add(key.Value, StringComparer.Ordinal);
            }
            return hash.ToHashCode();
        }
    }
}
