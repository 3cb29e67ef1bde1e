using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>DK402: an evaluation's score is off the 100-point scale, disagrees with its rating, or predates the pledge's period.</summary>
internal sealed class EvaluationInconsistentRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK402", "EvaluationInconsistent", Severity.Error,
        new("Kết quả đánh giá không nhất quán", "An evaluation is inconsistent"),
        new("Kết quả đánh giá không nhất quán: {problem}.", "The evaluation is inconsistent: {problem}."));

    public void Validate(RuleContext context)
    {
        foreach (var pledge in context.Dataset.Pledges)
        {
            if (pledge.Evaluation is not { } evaluation)
            {
                continue;
            }
            var at = EntityRef.ForPledge(pledge.Id);
            if (evaluation.Rating is { } unknown && !Enum.IsDefined(unknown))
            {
                // A rating read from a file can hold any number; it names no rating, so there is nothing to compare.
                context.Report(at, "Evaluation.Rating", (MessageArguments.Problem, new LocalizedText(
                    $"xếp loại {(int)unknown} không thuộc thang xếp loại", $"the rating {(int)unknown} is not a known rating")));
                continue;
            }
            if (evaluation.Score is int score)
            {
                if (score is < 0 or > 100)
                {
                    context.Report(at, "Evaluation.Score", (MessageArguments.Score, score), (MessageArguments.Problem, new LocalizedText(
                        $"điểm {score} nằm ngoài thang 0–100", $"the score {score} is outside 0 to 100")));
                }
                else if (evaluation.Rating is { } rating && rating != PerformanceRatings.FromScore(score))
                {
                    var implied = PerformanceRatings.NameOf(PerformanceRatings.FromScore(score));
                    var given = PerformanceRatings.NameOf(rating);
                    context.Report(at, "Evaluation.Rating", (MessageArguments.Score, score), (MessageArguments.Problem, new LocalizedText(
                        $"xếp loại \"{given.Vietnamese}\" nhưng {score} điểm tương ứng \"{implied.Vietnamese}\"",
                        $"rated \"{given.English}\" but {score} points mean \"{implied.English}\"")));
                }
            }
            if (evaluation.EvaluatedOn < pledge.Period.Start)
            {
                context.Report(at, "Evaluation.EvaluatedOn", (MessageArguments.Problem, new LocalizedText(
                    $"đánh giá ngày {MessageText.Write(evaluation.EvaluatedOn, TextCulture.Vietnamese)}, trước khi {MessageText.Write(pledge.Period, TextCulture.Vietnamese)} bắt đầu",
                    $"evaluated on {MessageText.Write(evaluation.EvaluatedOn, TextCulture.English)}, before {MessageText.Write(pledge.Period, TextCulture.English)} starts")));
            }
        }
    }
}
