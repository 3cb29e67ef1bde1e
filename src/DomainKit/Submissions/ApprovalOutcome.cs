using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Submissions;

/// <summary>
/// The answer to an approval action: either the new history, with the step appended, or a refusal with its stable
/// code and a reason in both languages that the app can show ("Báo cáo đã được phê duyệt, không thể trả lại ..."). A
/// refused action changes nothing, and nothing is refused by throwing. Immutable.
/// </summary>
public sealed class ApprovalOutcome
{
    private ApprovalOutcome(ApprovalAction action, ApprovalHistory? history, ApprovalRefusal refusal, LocalizedText reason)
    {
        Action = action;
        History = history;
        Refusal = refusal;
        Reason = reason;
    }

    /// <summary>The action that was asked for.</summary>
    public ApprovalAction Action { get; }

    /// <summary>Whether the step was taken (and <see cref="History"/> holds the new history).</summary>
    [MemberNotNullWhen(true, nameof(History), nameof(Step))]
    public bool IsAccepted => History is not null;

    /// <summary>The history with the step appended; <see langword="null"/> when the step was refused.</summary>
    public ApprovalHistory? History { get; }

    /// <summary>The step taken; <see langword="null"/> when it was refused.</summary>
    public ApprovalStep? Step => History?.LastStep;

    /// <summary>Why the step was refused, or <see cref="ApprovalRefusal.None"/>.</summary>
    public ApprovalRefusal Refusal { get; }

    /// <summary>Why the step was refused, in both languages; empty when it was taken.</summary>
    public LocalizedText Reason { get; }

    internal static ApprovalOutcome Accepted(ApprovalAction action, ApprovalHistory history)
        => new(action, history, ApprovalRefusal.None, new LocalizedText(string.Empty, string.Empty));

    internal static ApprovalOutcome Refused(ApprovalAction action, ApprovalRefusal refusal, LocalizedText reason)
        => new(action, null, refusal, reason);

    /// <summary>Writes the outcome in English: <c>approve taken: ...</c> or <c>return refused (AlreadyApproved): The report is approved; ...</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Writes the outcome in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        var action = ApprovalNames.Of(Action).In(culture);
        if (IsAccepted)
        {
            return culture == TextCulture.Vietnamese ? $"{action}: đã thực hiện; {History.ToString(culture)}" : $"{action} taken: {History.ToString(culture)}";
        }
        return culture == TextCulture.Vietnamese ? $"{action}: bị từ chối ({Refusal}): {Reason.In(culture)}" : $"{action} refused ({Refusal}): {Reason.In(culture)}";
    }
}
