namespace DomainKit.Export;

/// <summary>How <see cref="CsvExporter"/> writes its files. Immutable; change it with <c>with</c>.</summary>
public sealed record CsvOptions
{
    /// <summary>Commas, no byte order mark: RFC 4180 as most tools read it.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>
    /// A semicolon and a byte order mark: what Excel on a machine with Vietnamese regional settings opens directly,
    /// since there the comma is the decimal mark.
    /// </summary>
    public static CsvOptions Excel { get; } = new() { Delimiter = ';', ByteOrderMark = true };

    /// <summary>The field separator: ',' (the default), ';' or a tab.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to any other character.</exception>
    public char Delimiter
    {
        get;
        init => field = value is ',' or ';' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The delimiter must be ',', ';' or a tab.");
    } = ',';

    /// <summary>Whether the file starts with the UTF-8 byte order mark, which Excel needs to read UTF-8; default <see langword="false"/>.</summary>
    public bool ByteOrderMark { get; init; }
}
