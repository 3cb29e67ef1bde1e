using System.Collections.Immutable;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// How an exporter writes a report: the language and number conventions, how amounts and dates are written, and
/// which of the report's tables and findings to include. Immutable; change it with <c>with</c>.
/// </summary>
/// <remarks>
/// Typed formats (JSON, XLSX) keep numbers as numbers whatever the styles, and use the styles for the text they
/// show beside them; text formats (CSV, Markdown, HTML, DOCX) write numbers as the styles say.
/// </remarks>
public sealed record ExportOptions
{
    /// <summary>Vietnamese, amounts in full, short dates, every table, findings included.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>Vietnamese (vi-VN conventions) or invariant (English); default Vietnamese.</summary>
    public TextCulture Culture { get; init; } = TextCulture.Vietnamese;

    /// <summary>
    /// How amounts are written: <see cref="DongStyle.Full"/> ("6.100.542.700 đ", the default),
    /// <see cref="DongStyle.Compact"/> ("6,1 tỷ đồng"), <see cref="DongStyle.Words"/>, or
    /// <see cref="DongStyle.Plain"/> ("6100542700", with counts ungrouped too, for spreadsheets that read numbers).
    /// </summary>
    public DongStyle MoneyStyle { get; init; } = DongStyle.Full;

    /// <summary>How dates are written: <see cref="DateStyle.Short"/> ("10/11/2023", the default) or <see cref="DateStyle.Official"/> ("ngày 10 tháng 11 năm 2023").</summary>
    public DateStyle DateStyle { get; init; } = DateStyle.Short;

    /// <summary>The ids of the tables to write, or <see langword="null"/> (the default) for every table of the report.</summary>
    public ImmutableHashSet<string>? Tables { get; init; }

    /// <summary>Whether the report's findings are written; default <see langword="true"/>.</summary>
    public bool IncludeFindings { get; init; } = true;

    /// <summary>Whether the table <paramref name="id"/> is to be written.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool Includes(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Tables is null || Tables.Contains(id);
    }
}
