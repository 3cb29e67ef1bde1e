namespace DomainKit.Units;

/// <summary>
/// Who counts as eligible in a participation rate (registered / eligible). Reports differ, so a rate must
/// say which definition it used.
/// </summary>
public enum EligibilityDefinition
{
    /// <summary>Every member.</summary>
    AllMembers = 0,

    /// <summary>Members less those exempt from activities (miễn sinh hoạt).</summary>
    ExcludingExempt = 1,

    /// <summary>Members less those exempt and those working far away (đi làm ăn xa).</summary>
    ExcludingExemptAndAway = 2,
}
