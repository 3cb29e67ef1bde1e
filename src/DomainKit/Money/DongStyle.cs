namespace DomainKit.Money;

/// <summary>How an amount of đồng is written.</summary>
public enum DongStyle
{
    /// <summary>Every digit, grouped: <c>6.100.542.700 đ</c> in Vietnamese, <c>6,100,542,700 VND</c> invariant.</summary>
    Full = 0,

    /// <summary>Scaled to the largest word and rounded: <c>6,1 tỷ đồng</c>, <c>766 triệu đồng</c>; invariant <c>6.1 billion VND</c>.</summary>
    Compact = 1,

    /// <summary>Exact, in scale words: <c>6 tỷ 100 triệu 542 nghìn 700 đồng</c>; invariant <c>6 billion 100 million 542 thousand 700 VND</c>.</summary>
    Words = 2,

    /// <summary>Digits only, no grouping and no currency: <c>6100542700</c> in both cultures.</summary>
    Plain = 3,
}
