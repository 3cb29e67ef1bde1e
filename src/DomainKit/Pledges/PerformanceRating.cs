namespace DomainKit.Pledges;

/// <summary>
/// The yearly rating of members and organisations, which pledge evaluations feed. Since 2025 it is given
/// on a 100-point scale: see <see cref="PerformanceRatings.FromScore"/>.
/// </summary>
public enum PerformanceRating
{
    /// <summary>Completed tasks excellently (hoàn thành xuất sắc nhiệm vụ): 90 points and over.</summary>
    CompletedExcellently = 0,

    /// <summary>Completed tasks well (hoàn thành tốt nhiệm vụ): 70 to under 90.</summary>
    CompletedWell = 1,

    /// <summary>Completed tasks (hoàn thành nhiệm vụ): 50 to under 70.</summary>
    Completed = 2,

    /// <summary>Did not complete tasks (không hoàn thành nhiệm vụ): under 50.</summary>
    NotCompleted = 3,
}
