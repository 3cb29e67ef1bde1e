using DomainKit.Periods;
using DomainKit.Models;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Commendations;

/// <summary>
/// A commendation (khen thưởng) for the movement: an emulation title or a form of award (separate fields,
/// as the Law on Emulation and Commendation keeps them), at a level, from a body, on a date, for a period.
/// Immutable and thread-safe; construction never rejects bad data, validation reports it.
/// </summary>
public sealed record Commendation
{
    /// <summary>The commendation's id.</summary>
    public required CommendationId Id { get; init; }

    /// <summary>Who receives it.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>The emulation title conferred, if any.</summary>
    public EmulationTitle? Title { get; init; }

    /// <summary>The form of award given, if any.</summary>
    public AwardForm? Form { get; init; }

    /// <summary>The level of the awarding body.</summary>
    public required AuthorityLevel Level { get; init; }

    /// <summary>The awarding body in words: "Chủ tịch UBND tỉnh Bình Phước".</summary>
    public string? AwardingBody { get; init; }

    /// <summary>The awarding unit, when it is a unit of the dataset.</summary>
    public UnitId? AwardedById { get; init; }

    /// <summary>The day of the decision.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The period the achievement covers, if stated.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The decision number: "Quyết định số 123/QĐ-UBND".</summary>
    public string? DecisionNumber { get; init; }

    /// <summary>The model the achievement was in, if any.</summary>
    public ModelId? ModelId { get; init; }

    /// <summary>The movement it was for, if stated.</summary>
    public Movement? Movement { get; init; }
}
