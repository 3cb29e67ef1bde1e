using DomainKit.Aggregation;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// A table of a <see cref="ReportDocument"/>: a computed <see cref="ReportTable"/> with an id and a title.
/// Immutable and thread-safe.
/// </summary>
public sealed class DocumentTable
{
    /// <summary>The longest id: what a spreadsheet allows for a sheet name.</summary>
    public const int MaxIdLength = 31;

    /// <summary>Creates a table of a report.</summary>
    /// <param name="id">
    /// A stable id, unique in its report, used to select the table in <see cref="ExportOptions.Tables"/>, as a
    /// sheet name and as a key: lower-case ASCII letters, digits and hyphens, starting with a letter, at most
    /// <see cref="MaxIdLength"/> characters: <c>models-by-field</c>.
    /// </param>
    /// <param name="title">The title shown above the table.</param>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, or <paramref name="title"/> is the default value.</exception>
    public DocumentTable(string id, LocalizedText title, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(table);
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"'{id}' is not a table id: use 1 to {MaxIdLength} lower-case ASCII letters, digits and hyphens, starting with a letter.", nameof(id));
        }
        if (title.Vietnamese is null)
        {
            throw new ArgumentException("The title has no text; create it with new LocalizedText(vietnamese, english).", nameof(title));
        }
        Id = id;
        Title = title;
        Table = table;
    }

    /// <summary>The id: <c>models-by-field</c>.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The computed table.</summary>
    public ReportTable Table { get; }

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    internal static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] is < 'a' or > 'z')
        {
            return false;
        }
        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
