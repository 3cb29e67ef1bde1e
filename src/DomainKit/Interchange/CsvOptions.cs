using DomainKit.Text;

namespace DomainKit.Interchange;

/// <summary>
/// How DomainKit writes CSV: the data bundle (<see cref="CsvBundle"/>) and the report exporter
/// (<c>DomainKit.Export.CsvExporter</c>). Immutable; change it with <c>with</c>. Readers accept every choice.
/// </summary>
/// <remarks>
/// Both write RFC 4180 with CRLF line ends; they differ in how a cell is quoted, which is the writer's to choose, not
/// an option: a bundle is read back, so a cell is written exactly (an empty text quoted, control characters escaped
/// reversibly), while a report is opened in spreadsheets, so a cell that a spreadsheet would take for a formula is
/// written as text.
/// </remarks>
public sealed record CsvOptions
{
    /// <summary>English headers, amounts as integers, ISO dates, commas, no byte order mark: RFC 4180 as other programs read it best.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>
    /// Vietnamese headers, amounts as "6.100.542.700", dates as dd/MM/yyyy, semicolons and a byte order mark: what a
    /// spreadsheet user in Vietnam fills in, and what Excel with Vietnamese regional settings (where the comma is the
    /// decimal mark) opens directly.
    /// </summary>
    public static CsvOptions Spreadsheet { get; } = new() { Culture = TextCulture.Vietnamese, Delimiter = ';', ByteOrderMark = true };

    /// <summary>
    /// The language of a bundle's headers and the style of its values. <see cref="TextCulture.English"/> (the
    /// default): English headers, integers, ISO dates. <see cref="TextCulture.Vietnamese"/>: Vietnamese headers,
    /// grouped amounts ("6.100.542.700"), dd/MM/yyyy dates. A report takes its language from its export options instead.
    /// </summary>
    public TextCulture Culture { get; init; } = TextCulture.English;

    /// <summary>The field separator: ',' (the default), ';' or a tab.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to any other character.</exception>
    public char Delimiter
    {
        get;
        init => field = value is ',' or ';' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The delimiter must be ',', ';' or a tab.");
    } = ',';

    /// <summary>Whether each file starts with the UTF-8 byte order mark, which Excel needs to read UTF-8; default <see langword="false"/>.</summary>
    public bool ByteOrderMark { get; init; }
}
