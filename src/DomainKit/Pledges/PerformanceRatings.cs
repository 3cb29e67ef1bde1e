using DomainKit.Text;

namespace DomainKit.Pledges;

/// <summary>The 100-point scale and the names of <see cref="PerformanceRating"/>.</summary>
public static class PerformanceRatings
{
    /// <summary>The rating a score on the 100-point scale gives: 90 and over, 70 to under 90, 50 to under 70, under 50.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0 to 100.</exception>
    public static PerformanceRating FromScore(int score) => Utility.Preconditions.CheckRange(score, 0, 100) switch
    {
        >= 90 => PerformanceRating.CompletedExcellently,
        >= 70 => PerformanceRating.CompletedWell,
        >= 50 => PerformanceRating.Completed,
        _ => PerformanceRating.NotCompleted,
    };

    /// <summary>The name of a rating in Vietnamese and English.</summary>
    public static LocalizedText NameOf(PerformanceRating rating) => rating switch
    {
        PerformanceRating.CompletedExcellently => new("Hoàn thành xuất sắc nhiệm vụ", "Completed excellently"),
        PerformanceRating.CompletedWell => new("Hoàn thành tốt nhiệm vụ", "Completed well"),
        PerformanceRating.Completed => new("Hoàn thành nhiệm vụ", "Completed"),
        PerformanceRating.NotCompleted => new("Không hoàn thành nhiệm vụ", "Not completed"),
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown rating."),
    };
}
