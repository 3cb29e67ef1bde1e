using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Models;

/// <summary>
/// An emulation model (mô hình): a named initiative run by a unit, with its field, movement, dated
/// lifecycle and outcomes. A replica is a model of its own unit that names its <see cref="OriginId"/>.
/// Immutable and thread-safe; construction never rejects bad data, validation reports it.
/// </summary>
public sealed record EmulationModel
{
    /// <summary>The model's id.</summary>
    public required ModelId Id { get; init; }

    /// <summary>The name as users write it: "Mỗi chi bộ một địa chỉ nhân đạo".</summary>
    public required string Name { get; init; }

    /// <summary>The unit that runs the model.</summary>
    public required UnitId OwnerId { get; init; }

    /// <summary>Model, club, movement, work or programme.</summary>
    public required ModelKind Kind { get; init; }

    /// <summary>The field, or <see langword="null"/> when it was not classified.</summary>
    public ModelField? Field { get; init; }

    /// <summary>The movement the model serves, if stated.</summary>
    public Movement? Movement { get; init; }

    /// <summary>The yearly theme (chuyên đề) it follows, if stated.</summary>
    public string? Theme { get; init; }

    /// <summary>The period of the theme or of the registration, if stated: "năm 2023".</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The dated lifecycle, oldest first.</summary>
    public ImmutableArray<LifecycleEvent> Lifecycle { get; init; } = [];

    /// <summary>The model this one replicates, if it is a replica.</summary>
    public ModelId? OriginId { get; init; }

    /// <summary>Whether the model is recognised as typical or exemplary (tiêu biểu, điển hình).</summary>
    public bool IsExemplary { get; init; }

    /// <summary>The unit the model is committed to (for instance the provincial standing committee), if any.</summary>
    public UnitId? CommittedToId { get; init; }

    /// <summary>Measured outcomes.</summary>
    public ImmutableArray<OutcomeIndicator> Outcomes { get; init; } = [];

    /// <summary>Whether two models are equal field by field, the lifecycle and outcomes element by element.</summary>
    public bool Equals(EmulationModel? other)
        => other is not null
           && Id == other.Id && Name == other.Name && OwnerId == other.OwnerId && Equals(Kind, other.Kind)
           && Equals(Field, other.Field) && Equals(Movement, other.Movement) && Theme == other.Theme && Period == other.Period
           && OriginId == other.OriginId && IsExemplary == other.IsExemplary && CommittedToId == other.CommittedToId
           && Utility.Sequences.Equal(Lifecycle, other.Lifecycle)
           && Utility.Sequences.Equal(Outcomes, other.Outcomes);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Id, Name, OwnerId, Kind, Field, Period, OriginId, HashCode.Combine(Utility.Sequences.Hash(Lifecycle), Utility.Sequences.Hash(Outcomes)));

    /// <summary>The stage the model is in on <paramref name="date"/>, from its lifecycle; <see langword="null"/> before its first event.</summary>
    public LifecycleStage? StageOn(LocalDate date)
        => ModelLifecycle.StageAfter((Lifecycle.IsDefault ? [] : Lifecycle).Where(e => e is not null && e.Date <= date));

    /// <summary>The date of the first lifecycle event, or <see langword="null"/> when there is none.</summary>
    public LocalDate? StartDate
    {
        get
        {
            LocalDate? first = null;
            foreach (var e in Lifecycle.IsDefault ? [] : Lifecycle)
            {
                if (e is not null && (first is null || e.Date < first))
                {
                    first = e.Date;
                }
            }
            return first;
        }
    }
}
