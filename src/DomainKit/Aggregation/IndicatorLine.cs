using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Submissions;

namespace DomainKit.Aggregation;

/// <summary>
/// One line of an indicator report: an indicator, the breakdown it shows (<see cref="Keys"/>; none for the total), and
/// a cell for each column of the table. Immutable and thread-safe.
/// </summary>
public sealed class IndicatorLine
{
    internal IndicatorLine(Indicator indicator, ImmutableArray<FigureKey> keys, ImmutableArray<IndicatorCell> cells)
    {
        Indicator = indicator;
        Keys = keys;
        Cells = cells;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The breakdown the line shows, one key a dimension; empty for the indicator's total.</summary>
    public ImmutableArray<FigureKey> Keys { get; }

    /// <summary>One cell for each of the table's <see cref="IndicatorTable.Columns"/>, in their order.</summary>
    public ImmutableArray<IndicatorCell> Cells { get; }

    /// <summary>Writes the indicator's code and the keys.</summary>
    public override string ToString() => Keys.IsEmpty ? Indicator.Code : $"{Indicator.Code}[{string.Join(", ", Keys)}]";
}
