using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>Pledge participation of one commune in a period.</summary>
/// <param name="Commune">The commune.</param>
/// <param name="Registered">Individual pledges for the period (not withdrawn) by members of units under the commune.</param>
/// <param name="Eligible">Eligible members (members less those exempt) of the commune's Party cells at the end of the period.</param>
public readonly record struct ParticipationRow(UnitId Commune, long Registered, long Eligible)
{
    /// <summary>Registered pledges per eligible member.</summary>
    public double Rate => Eligible == 0 ? 0 : (double)Registered / Eligible;
}
