using DomainKit.Utility;

namespace DomainKit.Commendations;

/// <summary>The codes of the commendations' enumerations, as the interchange formats write them and report rows are keyed by them.</summary>
internal static class CommendationCodes
{
    public static readonly EnumCodes<RecipientKind> RecipientKinds = new(
        (RecipientKind.Collective, "collective"),
        (RecipientKind.Individual, "individual"),
        (RecipientKind.Household, "household"));

    public static readonly EnumCodes<AuthorityLevel> Levels = new(
        (AuthorityLevel.Central, "central"),
        (AuthorityLevel.Province, "province"),
        (AuthorityLevel.District, "district"),
        (AuthorityLevel.Commune, "commune"),
        (AuthorityLevel.Base, "base"));
}
