using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Pledges;
using DomainKit.Utility;

namespace DomainKit.Interchange;

/// <summary>
/// The enumerations the JSON dataset format and the CSV bundle write as codes, by the names their readers and writers
/// use. The codes are defined once, beside their enumerations, where report rows take their keys from too.
/// </summary>
internal static class InterchangeCodes
{
    public static EnumCodes<LifecycleStage> Stages => ModelCodes.Stages;

    public static EnumCodes<PledgerKind> PledgerKinds => PledgeCodes.PledgerKinds;

    public static EnumCodes<ScheduleFrequency> Frequencies => PledgeCodes.Frequencies;

    public static EnumCodes<PerformanceRating> Ratings => PledgeCodes.Ratings;

    public static EnumCodes<BeneficiaryKind> BeneficiaryKinds => FundCodes.BeneficiaryKinds;

    public static EnumCodes<BalanceTime> BalanceTimes => FundCodes.BalanceTimes;

    public static EnumCodes<RecipientKind> RecipientKinds => CommendationCodes.RecipientKinds;

    public static EnumCodes<AuthorityLevel> Levels => CommendationCodes.Levels;

    /// <summary>The <c>kind</c> of each fund entry record, named after its type.</summary>
    public static EnumCodes<FundEntryKind> EntryKinds => FundCodes.EntryKinds;
}
