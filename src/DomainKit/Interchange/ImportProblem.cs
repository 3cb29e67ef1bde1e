using System.Globalization;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Interchange;

/// <summary>
/// Something wrong in a file being read: where (file, line, column, field), the value as written, why in
/// Vietnamese and English, and whether the record holding it was left out. Bad input is reported this way, never
/// thrown. Immutable.
/// </summary>
public sealed record ImportProblem
{
    /// <summary>The code: DK901 to DK920, listed in docs/findings.md.</summary>
    public required string Code { get; init; }

    /// <summary>Error (the record or the file could not be read), warning (read, with something ignored) or info.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The file: its name as the caller gave it, or its path inside a folder or zip (<c>fund-entries.csv</c>).</summary>
    public required string File { get; init; }

    /// <summary>The line, from 1; 0 when the problem is the whole file.</summary>
    public long Line { get; init; }

    /// <summary>The column, from 1 (a character position in JSON, a field number in CSV); 0 when not known.</summary>
    public long Column { get; init; }

    /// <summary>The field or property: <c>amount</c>, <c>units[3].parentId</c>; <see langword="null"/> when none.</summary>
    public string? Field { get; init; }

    /// <summary>The value as written, cut to 200 characters; <see langword="null"/> when there is none (a missing field, a broken file).</summary>
    public string? Value { get; init; }

    /// <summary>Why, in both languages.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>Whether the record holding the problem was left out of the dataset (and so is in <see cref="ImportResult.Rejected"/>'s count).</summary>
    public bool Rejected { get; init; }

    /// <summary>Writes <c>fund-entries.csv:12:4 DK904 error amount "12,5tr": ...</c> in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Writes the problem on one line in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        // Positions are plain digits whatever the current culture.
        var where = Line > 0
            ? (Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}") : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}"))
            : File;
        var field = Field is null ? string.Empty : " " + Field;
        var value = Value is null ? string.Empty : $" \"{Value}\"";
        return $"{where} {Code} {SeverityFormat.Format(Severity, culture)}{field}{value}: {Message.In(culture)}";
    }
}
