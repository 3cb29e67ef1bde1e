namespace DomainKit.Aggregation;

/// <summary>TEMPORARY: replaced by the rates branch.</summary>
public readonly struct Rate
{
    private Rate(long n, long d) { Numerator = n; Denominator = d; }

    /// <summary>TEMPORARY.</summary>
    public long Numerator { get; }

    /// <summary>TEMPORARY.</summary>
    public long Denominator { get; }

    /// <summary>TEMPORARY.</summary>
    public static Rate Of(long numerator, long denominator) => new(numerator, denominator);

    /// <summary>TEMPORARY.</summary>
    public static Rate? TryOf(long numerator, long denominator) => denominator == 0 ? null : new Rate(numerator, denominator);

    /// <summary>TEMPORARY.</summary>
    public string ToString(Text.ReportCulture culture, int decimals = 1) => $"{Numerator}/{Denominator}";
}
