using NodaTime;

namespace DomainKit.Units;

/// <summary>
/// A unit's head counts as of a date. Each figure is <see langword="null"/> when it was not reported,
/// which is not the same as a reported zero. Immutable and thread-safe.
/// </summary>
/// <param name="AsOf">The day the counts hold on.</param>
public sealed record HeadCount(LocalDate AsOf)
{
    /// <summary>Members of the unit; for a Party organisation, its Party members.</summary>
    public int? Members { get; init; }

    /// <summary>Party members among the members.</summary>
    public int? PartyMembers { get; init; }

    /// <summary>Members exempt from activities (miễn sinh hoạt).</summary>
    public int? Exempt { get; init; }

    /// <summary>Members working far away (đi làm ăn xa).</summary>
    public int? Away { get; init; }

    /// <summary>
    /// The number eligible under <paramref name="definition"/>, or <see langword="null"/> when a figure it
    /// needs was not reported. Never negative: inconsistent counts are reported by validation, not hidden here.
    /// </summary>
    public int? Eligible(EligibilityDefinition definition) => definition switch
    {
        EligibilityDefinition.AllMembers => Members,
        EligibilityDefinition.ExcludingExempt => Members is int m && Exempt is int e ? Within((long)m - e) : null,
        EligibilityDefinition.ExcludingExemptAndAway => Members is int m && Exempt is int e && Away is int a ? Within((long)m - e - a) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown eligibility definition."),
    };

    // Negative parts (bad data, DK105) can make the difference larger than any count; it is kept in range, never thrown.
    private static int Within(long eligible) => (int)Math.Clamp(eligible, 0, int.MaxValue);
}
