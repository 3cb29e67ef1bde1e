using NodaTime;

namespace DomainKit.Models;

/// <summary>A dated step in a model's life. Immutable and thread-safe.</summary>
/// <param name="Stage">The stage entered, or <see cref="LifecycleStage.Reviewed"/> for a review.</param>
/// <param name="Date">The day it happened.</param>
public sealed record LifecycleEvent(LifecycleStage Stage, LocalDate Date)
{
    /// <summary>A note, such as the document that recorded the step.</summary>
    public string? Note { get; init; }
}
