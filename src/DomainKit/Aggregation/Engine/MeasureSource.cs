namespace DomainKit.Aggregation;

/// <summary>Which computation a measure runs; one per built-in measure.</summary>
internal enum MeasureSource
{
    ActiveModels,
    LaunchedModels,
    ReplicatedModels,
    ExemplaryModels,
    RegisteredModels,
    Contributions,
    Disbursements,
    Loans,
    Repayments,
    InKindValue,
    FlowAmount,
    FundBalance,
    OutstandingLoans,
    Occurrences,
    Distinct,
    RegisteredMembers,
    EligibleMembers,
    ParticipationRate,
    Pledges,
    Commendations,
}
