using DomainKit.Indicators;
using DomainKit.Submissions;

namespace DomainKit.Aggregation;

/// <summary>
/// The lines of a set's columns as the indicator engine reads them: each line's indicator, and the line that stands for
/// every line of the same indicator and breakdown once codes are case-folded and keys put in order (the first of them
/// in the columns), so that lines written differently meet. Read once for a set; immutable after.
/// </summary>
internal sealed class LineReading
{
    private readonly FigureColumns columns;
    private readonly (Indicator? Indicator, int Canonical)[] lines;
    private readonly string[] keyTexts;

    public LineReading(FigureColumns columns, SubmissionSet set)
    {
        this.columns = columns;
        lines = new (Indicator?, int)[columns.Lines.Length];
        keyTexts = new string[columns.Lines.Length];
        var canonical = new Dictionary<(string Indicator, string Keys), int>();
        for (var line = 0; line < lines.Length; line++)
        {
            keyTexts[line] = PlacedFigures.KeyText(columns.Lines[line].Keys);
            var indicator = set.FindIndicator(columns.Lines[line].IndicatorCode);
            if (indicator is null)
            {
                lines[line] = (null, line);
                continue;
            }
            var key = (indicator.Code.ToLowerInvariant(), keyTexts[line]);
            if (!canonical.TryGetValue(key, out var first))
            {
                canonical[key] = first = line;
            }
            lines[line] = (indicator, first);
        }
    }

    /// <summary>How many lines the columns hold.</summary>
    public int Count => lines.Length;

    /// <summary>The breakdown of a line as one text (<see cref="PlacedFigures.KeyText"/>).</summary>
    public string KeyTextOf(int line) => keyTexts[line];

    /// <summary>A line's indicator (<see langword="null"/> when no indicator has its code) and the line that stands for it.</summary>
    public (Indicator? Indicator, int Canonical) this[int line] => lines[line];

    /// <summary>The keys of a line as the columns hold them.</summary>
    public FigureColumns.Line LineAt(int line) => columns.Lines[line];
}
