namespace DomainKit.Money;

/// <summary>
/// A word before an amount in a report that bounds it instead of stating it: <c>trên 5 tỷ</c>, <c>gần 1 tỷ</c>,
/// <c>khoảng 2,5 tỷ</c>. See <see cref="StatedDong.ConsistentRange"/> for what each one allows.
/// </summary>
public enum AmountQualifier
{
    /// <summary>The amount is stated plainly, to the precision it is written in.</summary>
    None = 0,

    /// <summary>The true amount is above the stated one: <c>trên</c>, <c>hơn</c>; invariant <c>over</c>, <c>more than</c>, <c>above</c>.</summary>
    Over = 1,

    /// <summary>The true amount is below the stated one: <c>dưới</c>, <c>gần</c>; invariant <c>under</c>, <c>nearly</c>, <c>almost</c>, <c>less than</c>, <c>below</c>.</summary>
    Under = 2,

    /// <summary>The true amount is near the stated one, within one unit of its last written digit: <c>khoảng</c>, <c>xấp xỉ</c>; invariant <c>about</c>, <c>around</c>, <c>approximately</c>, <c>roughly</c>.</summary>
    About = 3,
}
