using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Interchange.Schema;

/// <summary>
/// The fields of one kind of record, in the order the formats write them: the one table that the JSON reader, the CSV
/// bundle's columns, the JSON Schema and docs/format.md follow (tests hold the last two to it). Each field is named
/// here once; readers find a field by the constant of its record, never by counting.
/// </summary>
internal sealed class RecordSchema
{
    public RecordSchema(LocalizedText record, params FieldSpec[] fields)
    {
        if (fields.Length > 64)
        {
            throw new ArgumentException("A record has at most 64 fields, so that a bit mask can say which were seen.", nameof(fields));
        }
        for (var i = 0; i < fields.Length; i++)
        {
            // A field whose constant is not its place would be read as another: a mistake in the tables, caught at start.
            if (fields[i].Index != i)
            {
                throw new ArgumentException($"The field {fields[i].Json} has the index {fields[i].Index} but stands at {i}.", nameof(fields));
            }
        }
        Record = record;
        Fields = [.. fields];
        JsonNames = [.. fields.Select(f => f.Utf8)];
        names = new Utf8Names(fields.Select(f => (f.Json, f.Index)));
        RequiredMask = MaskOf(fields.Where(f => f.Required).Select(f => f.Index));
    }

    private readonly Utf8Names names;

    /// <summary>What one record is, for messages: "đơn vị" / "unit".</summary>
    public LocalizedText Record { get; }

    /// <summary>The fields, in the order written.</summary>
    public ImmutableArray<FieldSpec> Fields { get; }

    /// <summary>The JSON properties in UTF-8, by index.</summary>
    public byte[][] JsonNames { get; }

    /// <summary>The bits of the required fields.</summary>
    public ulong RequiredMask { get; }

    /// <summary>The index of the field whose JSON property is <paramref name="utf8Name"/> (exact bytes), or -1 for none of them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int FieldOf(ReadOnlySpan<byte> utf8Name) => names.Find(utf8Name);

    /// <summary>The field at <paramref name="index"/>.</summary>
    public FieldSpec this[int index] => Fields[index];

    /// <summary>The bits of the fields at <paramref name="indices"/>.</summary>
    public static ulong MaskOf(IEnumerable<int> indices) => indices.Aggregate(0UL, (mask, i) => mask | (1UL << i));

    /// <summary>The bits of the fields at <paramref name="indices"/>.</summary>
    public static ulong Mask(params int[] indices) => MaskOf(indices);
}
