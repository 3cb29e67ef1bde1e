namespace DomainKit.Periods;

/// <summary>The kinds of reporting period, each with its own stable id form.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, id <c>2023</c>; "năm 2023".</summary>
    Year = 0,

    /// <summary>A half-year, id <c>2023H1</c>; "6 tháng đầu năm 2023", "6 tháng cuối năm 2023".</summary>
    HalfYear = 1,

    /// <summary>A quarter, id <c>2023Q4</c>; "quý IV/2023".</summary>
    Quarter = 2,

    /// <summary>A calendar month, id <c>2023-11</c>; "tháng 11/2023".</summary>
    Month = 3,

    /// <summary>From 1 January to a given day of the same year, id <c>YTD2023-11-10</c>; "từ đầu năm 2023 đến ngày 10/11/2023".</summary>
    YearToDate = 4,

    /// <summary>Several whole calendar years, id <c>2021/2025</c>; "nhiệm kỳ 2021-2025".</summary>
    Term = 5,

    /// <summary>Twelve months from a start month that need not be January, id <c>CY2023-10</c>; "năm vận động 10/2023-9/2024", the campaign years of poor-people's funds.</summary>
    CampaignYear = 6,

    /// <summary>Any inclusive range of days, id <c>2023-01-05/2023-03-10</c> (ISO 8601 interval).</summary>
    Range = 7,
}
