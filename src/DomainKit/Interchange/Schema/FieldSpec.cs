using System.Text;
using System.Text.Json;

namespace DomainKit.Interchange.Schema;

/// <summary>
/// One field of a record as every format names it: its JSON property (which is also its English CSV header, after the
/// path of the objects it sits in), its Vietnamese CSV header, what it holds and whether a record must have it.
/// </summary>
/// <param name="Index">Its place in its record's <see cref="RecordSchema.Fields"/>, as the record's constant names it.</param>
/// <param name="Json">The JSON property: <c>parentId</c>.</param>
/// <param name="Vietnamese">The Vietnamese CSV header: <c>Mã đơn vị cấp trên</c>; for an array, what one item is.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">Whether a JSON record must have it (the JSON Schema's <c>required</c>).</param>
/// <param name="Nested">
/// For an object or an array of them, its record; for an array of ids, the one-column record of its CSV file; for a
/// classifier, the extra columns it takes in CSV after its names (a field's parent, a title's recipients).
/// </param>
internal sealed record FieldSpec(int Index, string Json, string Vietnamese, FieldKind Kind, bool Required = false, RecordSchema? Nested = null)
{
    /// <summary>The JSON property in UTF-8, as the reader compares it.</summary>
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(Json);

    /// <summary>The JSON property encoded once, as the writer writes it.</summary>
    public JsonEncodedText Encoded { get; } = JsonEncodedText.Encode(Json);

    /// <summary>Whether the field is a column (or, for a classifier or an object, columns) of its record's CSV row; arrays are files of their own.</summary>
    public bool InRow => Kind is not (FieldKind.Ids or FieldKind.Objects);
}
