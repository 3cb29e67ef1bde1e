using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Submissions;

/// <summary>
/// The answer to an action on a roll-up (<see cref="ApprovalLevels"/>): either the new history of the roll-up and of
/// the reports below it, all stepped at once, or a refusal naming the slot that refused and why, which changes none
/// of them. Immutable.
/// </summary>
public sealed class ApprovalCascade
{
    private ApprovalCascade(ApprovalHistory? rollUp, ImmutableArray<ApprovalHistory> lowerLevel, SubmissionKey? refusedSlot, ApprovalRefusal refusal, LocalizedText reason)
    {
        RollUp = rollUp;
        LowerLevel = lowerLevel;
        RefusedSlot = refusedSlot;
        Refusal = refusal;
        Reason = reason;
    }

    /// <summary>Whether the action was taken on the roll-up and on every report below it that it reaches.</summary>
    [MemberNotNullWhen(true, nameof(RollUp))]
    public bool IsAccepted => RollUp is not null;

    /// <summary>The roll-up's new history; <see langword="null"/> when refused.</summary>
    public ApprovalHistory? RollUp { get; }

    /// <summary>
    /// The histories of the reports below, in the order given: a new one for each report the action reached, the one
    /// given for the others; empty when refused.
    /// </summary>
    public ImmutableArray<ApprovalHistory> LowerLevel { get; }

    /// <summary>The slot whose step was refused (the roll-up's or a report's below); <see langword="null"/> when accepted.</summary>
    public SubmissionKey? RefusedSlot { get; }

    /// <summary>Why the action was refused, or <see cref="ApprovalRefusal.None"/>.</summary>
    public ApprovalRefusal Refusal { get; }

    /// <summary>Why the action was refused, in both languages; empty when accepted.</summary>
    public LocalizedText Reason { get; }

    internal static ApprovalCascade Accepted(ApprovalHistory rollUp, ImmutableArray<ApprovalHistory> lowerLevel)
        => new(rollUp, lowerLevel, null, ApprovalRefusal.None, new LocalizedText(string.Empty, string.Empty));

    internal static ApprovalCascade Refused(SubmissionKey slot, ApprovalRefusal refusal, LocalizedText reason)
        => new(null, [], slot, refusal, reason);

    /// <summary>Writes the roll-up and how many reports below it changed, or the refusal, in English.</summary>
    public override string ToString() => IsAccepted
        ? $"{RollUp}; {LowerLevel.Length} report(s) below"
        : $"refused at {RefusedSlot} ({Refusal}): {Reason.English}";
}
