namespace DomainKit.Aggregation;

/// <summary>Which classification a dimension reads.</summary>
internal enum DimensionSource
{
    Field,
    FieldRoot,
    ModelKind,
    LifecycleStage,
    Movement,
    UnitKind,
    ChildOfRoot,
    UnitAtLevel,
    Fund,
    FundEntryKind,
    Purpose,
    PledgerKind,
    EvaluationRating,
    AwardLevel,
    AwardForm,
    EmulationTitle,
    RecipientKind,
    CommittedTo,
    Month,
    Quarter,
    Year,
}
