using DomainKit.Units;

namespace DomainKit.Pledges;

/// <summary>
/// Who pledges: a collective unit, or a person who belongs to a unit. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">Individual or collective.</param>
/// <param name="UnitId">The collective itself, or the unit the person belongs to (the unit whose head counts make them eligible).</param>
public sealed record Pledger(PledgerKind Kind, UnitId UnitId)
{
    /// <summary>The person's id in the app (a member number), for an individual.</summary>
    public string? PersonId { get; init; }

    /// <summary>The person's name, for an individual.</summary>
    public string? PersonName { get; init; }

    /// <summary>A collective pledger.</summary>
    public static Pledger Collective(UnitId unitId) => new(PledgerKind.Collective, unitId);

    /// <summary>A person who belongs to <paramref name="unitId"/>.</summary>
    public static Pledger Individual(UnitId unitId, string personId, string? personName = null)
        => new(PledgerKind.Individual, unitId) { PersonId = personId, PersonName = personName };
}
