namespace DomainKit.Aggregation;

/// <summary>The type of a measure's values.</summary>
public enum MeasureValueKind
{
    /// <summary>A whole count: models, people, occurrences.</summary>
    Count = 0,

    /// <summary>An amount of đồng.</summary>
    Money = 1,

    /// <summary>An exact fraction, such as a participation rate.</summary>
    Rate = 2,
}
