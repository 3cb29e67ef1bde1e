using System.Collections.Immutable;
using System.Globalization;

namespace DomainKit.Submissions;

/// <summary>
/// What <see cref="ApprovalHistory.Replay"/> made of stored steps: the history of the steps the rules allow, and each
/// step they do not, with its index and why. Steps read = steps kept + steps reported. Immutable.
/// </summary>
public sealed class ApprovalReplay
{
    internal ApprovalReplay(ApprovalHistory history, ImmutableArray<ApprovalReplayProblem> problems)
    {
        History = history;
        Problems = problems;
    }

    /// <summary>The history rebuilt from the steps the rules allow, in their stored order.</summary>
    public ApprovalHistory History { get; }

    /// <summary>The steps left out, in their stored order, each with its index and why.</summary>
    public ImmutableArray<ApprovalReplayProblem> Problems { get; }

    /// <summary>Whether every stored step was allowed, so that <see cref="History"/> holds them all.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>How many steps were read: those kept and those left out.</summary>
    public int StepsRead => History.Steps.Length + Problems.Length;

    /// <summary>Writes <c>xa-bd/BC-DVK/2023H1: approved, version 2, 3 steps; 1 step left out (#2 ClockBeforeLastStep)</c>.</summary>
    public override string ToString()
        => IsValid
            ? History.ToString()
            : string.Create(CultureInfo.InvariantCulture,
                $"{History}; {Problems.Length} step(s) left out ({string.Join(", ", Problems.Select(p => $"#{p.Index} {p.Refusal}"))})");
}
