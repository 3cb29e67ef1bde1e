namespace DomainKit.Aggregation;

/// <summary>Where the figures of an indicator come from: what a query may use, and what a cell's value was taken from.</summary>
[Flags]
public enum FigureSources
{
    /// <summary>Nothing: the cell is empty, not reported.</summary>
    None = 0,

    /// <summary>The figures units submitted in their reports.</summary>
    Submissions = 1,

    /// <summary>The records DomainKit holds (models, pledges, fund entries, commendations), through the indicator's measure.</summary>
    Records = 2,

    /// <summary>
    /// Both. For a query: submitted figures where units reported and records where they did not. For a cell: the value
    /// is the submitted one and the records were checked against it.
    /// </summary>
    Both = Submissions | Records,
}
