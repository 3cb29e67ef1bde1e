using DomainKit.Units;

namespace DomainKit.Commendations;

/// <summary>
/// Who receives a commendation: a collective unit, or a person or household who belongs to a unit.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Kind">Collective, individual or household.</param>
/// <param name="UnitId">The collective itself, or the unit the person or household belongs to.</param>
public sealed record Recipient(RecipientKind Kind, UnitId UnitId)
{
    /// <summary>The person's or household's name; for a collective, <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>A collective recipient.</summary>
    public static Recipient Collective(UnitId unitId) => new(RecipientKind.Collective, unitId);

    /// <summary>A person who belongs to <paramref name="unitId"/>.</summary>
    public static Recipient Individual(UnitId unitId, string name) => new(RecipientKind.Individual, unitId) { Name = name };

    /// <summary>A household that lives in or belongs to <paramref name="unitId"/>.</summary>
    public static Recipient Household(UnitId unitId, string name) => new(RecipientKind.Household, unitId) { Name = name };
}
