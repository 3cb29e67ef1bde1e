namespace DomainKit.Indicators;

/// <summary>What an indicator's figures are.</summary>
public enum IndicatorKind
{
    /// <summary>A number of things or people: models, Party members, households, gifts, occurrences (<c>179 mô hình</c>, <c>hơn 500 lượt</c>).</summary>
    Count = 0,

    /// <summary>An amount of money in đồng (<c>trên 730 triệu đồng</c>).</summary>
    Money = 1,

    /// <summary>A measured quantity with its unit of measure (<c>12,5 km</c>, <c>khoảng 3 tấn</c>).</summary>
    Quantity = 2,

    /// <summary>A rate given by two counts, another indicator's each (<c>98,4%</c> of Party members studied).</summary>
    Rate = 3,
}
