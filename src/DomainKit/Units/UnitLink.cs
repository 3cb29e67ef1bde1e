using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Units;

/// <summary>
/// A dated change of a unit's place on the map: from <see cref="From"/> on, the unit is under (or, for a territory
/// link, lies in) <see cref="Target"/>, until a later change takes over. A unit keeps one record, and so one history,
/// through any number of such moves: a commune under its district until 30/06/2025 and under the province from
/// 01/07/2025 is one unit with one change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The default value is a change on 0001-01-01 to no unit. A <see langword="null"/> target makes the unit a root from
/// that day. Construction never rejects bad data (a target that does not exist, a date outside the unit's validity):
/// validation reports it.
/// </remarks>
/// <param name="From">The first day the unit is in its new place.</param>
/// <param name="Target">The parent (or territory) from that day, or <see langword="null"/> for none.</param>
public readonly record struct UnitLink(LocalDate From, UnitId? Target)
{
    /// <summary>Writes <c>from 2025-07-01: tinh-binh-phuoc</c>, invariant.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"from {LocalDatePattern.Iso.Format(From)}: {(Target is { IsEmpty: false } target ? target.Value : "(none)")}");
}
