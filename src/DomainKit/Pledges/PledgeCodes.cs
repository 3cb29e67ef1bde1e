using DomainKit.Utility;

namespace DomainKit.Pledges;

/// <summary>The codes of the pledges' enumerations, as the interchange formats write them and report rows are keyed by them.</summary>
internal static class PledgeCodes
{
    public static readonly EnumCodes<PledgerKind> PledgerKinds = new(
        (PledgerKind.Individual, "individual"),
        (PledgerKind.Collective, "collective"));

    public static readonly EnumCodes<ScheduleFrequency> Frequencies = new(
        (ScheduleFrequency.Daily, "daily"),
        (ScheduleFrequency.Monthly, "monthly"),
        (ScheduleFrequency.Yearly, "yearly"));

    public static readonly EnumCodes<PerformanceRating> Ratings = new(
        (PerformanceRating.CompletedExcellently, "completed-excellently"),
        (PerformanceRating.CompletedWell, "completed-well"),
        (PerformanceRating.Completed, "completed"),
        (PerformanceRating.NotCompleted, "not-completed"));
}
