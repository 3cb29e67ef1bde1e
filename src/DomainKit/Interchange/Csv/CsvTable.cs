using System.Collections.Frozen;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Interchange.Csv;

/// <summary>A column of a bundle file: its English header (the JSON property path) and its Vietnamese header.</summary>
internal sealed record CsvColumn(string English, string Vietnamese)
{
    /// <summary>In <see cref="Path"/>: the key column that ties a row of a file to its parent record.</summary>
    public const int Key = -1;

    /// <summary>In <see cref="Path"/>, after a classifier's field: its Vietnamese name.</summary>
    public const int VietnameseName = -2;

    /// <summary>In <see cref="Path"/>, after a classifier's field: its English name.</summary>
    public const int EnglishName = -3;

    /// <summary>The field the column holds: its index in the record, then in each object it sits in (<see cref="Schema.DatasetSchema"/>).</summary>
    public int[] Path { get; init; } = [];

    /// <summary>The header in <paramref name="culture"/>.</summary>
    public string Header(TextCulture culture) => culture == TextCulture.Vietnamese ? Vietnamese : English;

    /// <summary>The column's name for messages, in both languages.</summary>
    public LocalizedText Name => new(Vietnamese, English);
}

/// <summary>
/// One file of the bundle: its name, what one row is (for messages), and its columns in the order written.
/// Headers are matched on the key of <see cref="TextKey.Fold"/>, so case, spacing and NFC or NFD text do not matter.
/// </summary>
internal sealed class CsvTable
{
    private readonly FrozenDictionary<string, int> byHeader;

    public CsvTable(string fileName, LocalizedText record, params CsvColumn[] columns)
    {
        FileName = fileName;
        Record = record;
        Columns = columns;
        var headers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            // A clash would make a header ambiguous; it is a mistake in the tables, caught by the tests.
            headers.Add(TextKey.Fold(columns[i].English)!, i);
            headers.TryAdd(TextKey.Fold(columns[i].Vietnamese)!, i);
        }
        byHeader = headers.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file's name in the folder or zip: <c>units.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>What a row holds, for messages: "đơn vị" / "unit".</summary>
    public LocalizedText Record { get; }

    /// <summary>The columns, in the order the writer writes them.</summary>
    public IReadOnlyList<CsvColumn> Columns { get; }

    /// <summary>The column of the field at <paramref name="path"/> (see <see cref="CsvColumn.Path"/>).</summary>
    /// <exception cref="ArgumentException">No column holds that field: a mistake in the tables.</exception>
    public int ColumnOf(params int[] path)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Path.AsSpan().SequenceEqual(path))
            {
                return i;
            }
        }
        throw new ArgumentException($"The file {FileName} has no column for the field {string.Join('.', path)}.", nameof(path));
    }

    /// <summary>The column a header names, in either language, or -1.</summary>
    public int ColumnOf(string header)
    {
        var key = TextKey.Fold(header);
        return key is not null && byHeader.TryGetValue(key, out var column) ? column : -1;
    }
}
