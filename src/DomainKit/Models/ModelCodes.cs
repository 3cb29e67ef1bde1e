using DomainKit.Utility;

namespace DomainKit.Models;

/// <summary>The codes of the models' enumerations, as the interchange formats write them and report rows are keyed by them.</summary>
internal static class ModelCodes
{
    public static readonly EnumCodes<LifecycleStage> Stages = new(
        (LifecycleStage.Registered, "registered"),
        (LifecycleStage.Pilot, "pilot"),
        (LifecycleStage.Launched, "launched"),
        (LifecycleStage.Maintained, "maintained"),
        (LifecycleStage.Replicated, "replicated"),
        (LifecycleStage.Reviewed, "reviewed"),
        (LifecycleStage.Suspended, "suspended"),
        (LifecycleStage.Ended, "ended"));
}
