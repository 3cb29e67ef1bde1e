using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated participation: how many registered, and as the report may also say, out of how many, at what rate, and how
/// many are left over. "Có 3922/4.127 đảng viên đăng ký thực hiện mô hình “3 không, 4 Có”, đạt tỷ lệ 96,7% còn 205 đảng
/// viên miễn sinh hoạt" is <c>Registered = 3922</c>, <c>StatedDenominator = 4127</c>, <c>StatedRate = 96,7%</c>,
/// <c>StatedRemainder = 205</c>.
/// </summary>
/// <remarks>
/// The plausible denominators come from the data: for <see cref="ParticipantKind.Individuals"/>, the head count of
/// <see cref="Unit"/> on <see cref="AsOf"/> under each <see cref="EligibilityDefinition"/> it has the figures for; for
/// <see cref="ParticipantKind.Organisations"/>, the number of units of <see cref="OrganisationKind"/> below
/// <see cref="Unit"/> that exist on <see cref="AsOf"/>. The rate is checked against each (DK811, DK812, DK813), the
/// stated fraction's own parts against the head count (DK814, DK815), and, when <see cref="Period"/> is given, the
/// registered count against the pledges (DK803, DK804).
/// </remarks>
/// <param name="Quote">The words of the report.</param>
/// <param name="Unit">The unit whose members (or organisations) are counted.</param>
/// <param name="AsOf">The day the counts hold on; the head count is the latest on or before it.</param>
/// <param name="Registered">The stated number who registered.</param>
public sealed record StatedParticipation(string Quote, UnitId Unit, LocalDate AsOf, long Registered) : StatedFigure(Quote)
{
    /// <summary>The denominator the report writes after the slash (4.127 in "3922/4.127"), if any.</summary>
    public long? StatedDenominator { get; init; }

    /// <summary>The rate the report states ("đạt tỷ lệ 96,7%"), if any.</summary>
    public StatedRate? StatedRate { get; init; }

    /// <summary>
    /// The number the report says are left over and why they do not register, taken to be those exempt from activities
    /// ("còn 205 đảng viên miễn sinh hoạt"), if any. It should equal the denominator less the registered, and the head
    /// count's exempt members.
    /// </summary>
    public long? StatedRemainder { get; init; }

    /// <summary>
    /// The definition of eligible the report should have used; a rate that matches only another one is a warning
    /// (DK812). By default members less those exempt, as participation rates are defined.
    /// </summary>
    public EligibilityDefinition ExpectedDefinition { get; init; } = EligibilityDefinition.ExcludingExempt;

    /// <summary>Whether people or organisations are counted.</summary>
    public ParticipantKind Participants { get; init; } = ParticipantKind.Individuals;

    /// <summary>For <see cref="ParticipantKind.Organisations"/>, the kind of unit counted (base Party organisations), or <see langword="null"/> for every unit below.</summary>
    public UnitKind? OrganisationKind { get; init; }

    /// <summary>The period of the pledges counted in the data; when <see langword="null"/>, the registered count is not checked against pledges.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The target of the pledges counted, or <see langword="null"/> for any target.</summary>
    public PledgeTarget? Target { get; init; }
}
