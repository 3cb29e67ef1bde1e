namespace DomainKit.Reconciliation;

/// <summary>Who a <see cref="StatedParticipation"/> counts.</summary>
public enum ParticipantKind
{
    /// <summary>People: individual pledges, against the unit's head count ("3922/4.127 đảng viên").</summary>
    Individuals = 0,

    /// <summary>Organisations below the unit: collective pledges, against the number of such units ("56/56 tổ chức cơ sở đảng").</summary>
    Organisations = 1,
}
