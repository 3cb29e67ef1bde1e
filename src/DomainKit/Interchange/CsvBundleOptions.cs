using DomainKit.Text;

namespace DomainKit.Interchange;

/// <summary>How a CSV bundle is written. Immutable; change it with <c>with</c>. Readers accept every choice.</summary>
public sealed record CsvBundleOptions
{
    /// <summary>English headers, amounts as integers, ISO dates, commas: what other programs read best.</summary>
    public static CsvBundleOptions Default { get; } = new();

    /// <summary>Vietnamese headers, amounts as "6.100.542.700", dates as dd/MM/yyyy, semicolons and a byte order mark: what a spreadsheet user in Vietnam fills in.</summary>
    public static CsvBundleOptions Spreadsheet { get; } = new() { Culture = ReportCulture.Vietnamese, Delimiter = ';', ByteOrderMark = true };

    /// <summary>
    /// <see cref="ReportCulture.Invariant"/> (the default): English headers, integers, ISO dates.
    /// <see cref="ReportCulture.Vietnamese"/>: Vietnamese headers, grouped amounts ("6.100.542.700"), dd/MM/yyyy dates.
    /// </summary>
    public ReportCulture Culture { get; init; } = ReportCulture.Invariant;

    /// <summary>The field separator: ',' (the default), ';' or a tab.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to any other character.</exception>
    public char Delimiter
    {
        get;
        init => field = value is ',' or ';' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The delimiter must be ',', ';' or a tab.");
    } = ',';

    /// <summary>Whether each file starts with the UTF-8 byte order mark; default <see langword="false"/>.</summary>
    public bool ByteOrderMark { get; init; }
}
