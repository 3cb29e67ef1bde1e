namespace DomainKit.Money;

/// <summary>
/// The words that qualify a stated figure ("trên 5 tỷ", "gần 100%"), folded to plain letters, shared by the
/// amount and the rate parsers so that both read the same words the same way.
/// </summary>
internal static class QualifierWords
{
    public static readonly (string[] Words, AmountQualifier Qualifier)[] Vietnamese =
    [
        (["tren"], AmountQualifier.Over),
        (["hon"], AmountQualifier.Over),
        (["duoi"], AmountQualifier.Under),
        (["gan"], AmountQualifier.Under),
        (["khoang"], AmountQualifier.About),
        (["xap", "xi"], AmountQualifier.About),
    ];

    public static readonly (string[] Words, AmountQualifier Qualifier)[] Invariant =
    [
        (["over"], AmountQualifier.Over),
        (["more", "than"], AmountQualifier.Over),
        (["above"], AmountQualifier.Over),
        (["under"], AmountQualifier.Under),
        (["nearly"], AmountQualifier.Under),
        (["almost"], AmountQualifier.Under),
        (["less", "than"], AmountQualifier.Under),
        (["below"], AmountQualifier.Under),
        (["about"], AmountQualifier.About),
        (["around"], AmountQualifier.About),
        (["approximately"], AmountQualifier.About),
        (["roughly"], AmountQualifier.About),
    ];
}
