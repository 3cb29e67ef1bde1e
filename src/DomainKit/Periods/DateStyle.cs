namespace DomainKit.Periods;

/// <summary>How <see cref="DateFormat"/> writes a date.</summary>
public enum DateStyle
{
    /// <summary>The compact form for tables: <c>10/11/2023</c> in Vietnamese, ISO <c>2023-11-10</c> in the invariant culture.</summary>
    Short = 0,

    /// <summary>
    /// The long form of official documents: <c>ngày 05 tháng 02 năm 2025</c> in Vietnamese
    /// (Decree 30/2020/NĐ-CP), <c>5 February 2025</c> in the invariant culture.
    /// </summary>
    Official = 1,
}
