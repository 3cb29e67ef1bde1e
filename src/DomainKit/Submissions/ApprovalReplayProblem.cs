using System.Globalization;
using DomainKit.Text;

namespace DomainKit.Submissions;

/// <summary>A stored step that the rules do not allow where it stands, left out of a replayed history. Immutable.</summary>
/// <param name="Index">The position of the step among the stored steps, from 0.</param>
/// <param name="Step">The step as stored.</param>
/// <param name="StateBefore">The state of the rebuilt history when the step came.</param>
/// <param name="Refusal">Why the rules do not allow it.</param>
/// <param name="Reason">Why, in both languages.</param>
public sealed record ApprovalReplayProblem(int Index, ApprovalStep Step, ApprovalState StateBefore, ApprovalRefusal Refusal, LocalizedText Reason)
{
    /// <summary>Writes <c>#2 approve (AlreadyApproved): The report is already approved.</c> in English.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"#{Index} {ApprovalNames.Of(Step.Action).English} ({Refusal}): {Reason.English}");
}
