using NodaTime;

namespace DomainKit.Pledges;

/// <summary>
/// The evaluation of a pledge at the end of its period. Immutable and thread-safe.
/// </summary>
/// <param name="EvaluatedOn">The day of the evaluation.</param>
/// <param name="Rating">The rating given, or <see langword="null"/> when only a score was recorded.</param>
public sealed record PledgeEvaluation(LocalDate EvaluatedOn, PerformanceRating? Rating)
{
    /// <summary>The score on the 100-point scale (from 2025), or <see langword="null"/>.</summary>
    public int? Score { get; init; }

    /// <summary>The rating given, or else the one the score implies; <see langword="null"/> when neither is usable.</summary>
    public PerformanceRating? EffectiveRating
        => Rating ?? (Score is int s && s is >= 0 and <= 100 ? PerformanceRatings.FromScore(s) : null);
}
