namespace DomainKit.Models;

/// <summary>
/// The allowed transitions between lifecycle stages. A history may begin at any stage, because records
/// often start mid-life; each later event must be allowed from the stage the model is then in. A review
/// (<see cref="LifecycleStage.Reviewed"/>) is allowed in any stage but registration and the end, and
/// leaves the stage unchanged.
/// </summary>
public static class ModelLifecycle
{
    /// <summary>Whether a model in stage <paramref name="current"/> may have an event of stage <paramref name="next"/>.</summary>
    public static bool IsAllowed(LifecycleStage current, LifecycleStage next) => current switch
    {
        LifecycleStage.Registered => next is LifecycleStage.Pilot or LifecycleStage.Launched or LifecycleStage.Ended,
        LifecycleStage.Pilot => next is LifecycleStage.Launched or LifecycleStage.Reviewed or LifecycleStage.Suspended or LifecycleStage.Ended,
        LifecycleStage.Launched or LifecycleStage.Maintained or LifecycleStage.Replicated
            => next is LifecycleStage.Maintained or LifecycleStage.Replicated or LifecycleStage.Reviewed or LifecycleStage.Suspended or LifecycleStage.Ended,
        LifecycleStage.Suspended => next is LifecycleStage.Maintained or LifecycleStage.Launched or LifecycleStage.Reviewed or LifecycleStage.Ended,
        _ => false,
    };

    /// <summary>
    /// The stage a model is in after the given events in order: the stage of the last event that is not a
    /// review, or <see cref="LifecycleStage.Reviewed"/> when every event is a review; <see langword="null"/> when there are none.
    /// </summary>
    public static LifecycleStage? StageAfter(IEnumerable<LifecycleEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        LifecycleStage? stage = null;
        foreach (var e in events)
        {
            if (e is null)
            {
                continue;
            }
            if (e.Stage != LifecycleStage.Reviewed || stage is null)
            {
                stage = e.Stage;
            }
        }
        return stage;
    }
}
