using DomainKit.Pledges;
using DomainKit.Text;

namespace DomainKit.Tests.Pledges;

public sealed class PerformanceRatingTests
{
    [Theory]
    [InlineData(100, PerformanceRating.CompletedExcellently)]
    [InlineData(90, PerformanceRating.CompletedExcellently)]
    [InlineData(89, PerformanceRating.CompletedWell)]
    [InlineData(70, PerformanceRating.CompletedWell)]
    [InlineData(69, PerformanceRating.Completed)]
    [InlineData(50, PerformanceRating.Completed)]
    [InlineData(49, PerformanceRating.NotCompleted)]
    [InlineData(0, PerformanceRating.NotCompleted)]
    public void The_hundred_point_scale_gives_the_2025_bands(int score, PerformanceRating expected)
        => Assert.Equal(expected, PerformanceRatings.FromScore(score));

    [Fact]
    public void A_score_off_the_scale_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerformanceRatings.FromScore(101));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerformanceRatings.FromScore(-1));
    }

    [Fact]
    public void Ratings_have_Vietnamese_and_English_names()
    {
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", PerformanceRatings.NameOf(PerformanceRating.CompletedExcellently).In(TextCulture.Vietnamese));
        Assert.Equal("Not completed", PerformanceRatings.NameOf(PerformanceRating.NotCompleted).In(TextCulture.English));
    }

    [Fact]
    public void An_evaluation_with_only_a_score_rates_by_the_score()
    {
        var evaluation = new PledgeEvaluation(new NodaTime.LocalDate(2025, 12, 1), null) { Score = 75 };

        Assert.Equal(PerformanceRating.CompletedWell, evaluation.EffectiveRating);
        Assert.Null((evaluation with { Score = 120 }).EffectiveRating);
    }
}
