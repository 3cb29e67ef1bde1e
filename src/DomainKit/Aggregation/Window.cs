namespace DomainKit.Aggregation;

/// <summary>The span of days a flow measure adds up.</summary>
public enum Window
{
    /// <summary>Within the report's period (or within each time bucket of a time dimension).</summary>
    Period = 0,

    /// <summary>Cumulative since inception: everything up to the end of the period (or of each time bucket).</summary>
    SinceInception = 1,

    /// <summary>From 1 January of the period's last year to the end of the period (or of each time bucket).</summary>
    YearToDate = 2,
}
