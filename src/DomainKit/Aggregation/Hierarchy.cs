namespace DomainKit.Aggregation;

/// <summary>Which tree a report rolls up by.</summary>
public enum Hierarchy
{
    /// <summary>The organisational tree: each unit under its <see cref="Units.Unit.ParentId"/> ("all models of the Youth Union").</summary>
    Organisation = 0,

    /// <summary>The territorial tree: each unit in its <see cref="Units.Unit.TerritoryId"/> ("all models in district X").</summary>
    Territory = 1,
}
