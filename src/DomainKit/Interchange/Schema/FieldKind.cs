namespace DomainKit.Interchange.Schema;

/// <summary>What a field of a record holds, which says how each format reads and writes it.</summary>
internal enum FieldKind
{
    /// <summary>An id: a JSON string (or null for bad data), a CSV cell; blank is absent.</summary>
    Id,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A code of one of the format's lists (<see cref="InterchangeCodes"/>).</summary>
    Code,

    /// <summary>A classifier: a code, or a code with its names; three CSV columns (code, Vietnamese name, English name).</summary>
    Classifier,

    /// <summary>An ISO date; <c>dd/MM/yyyy</c> too in CSV.</summary>
    Date,

    /// <summary>A whole number of đồng.</summary>
    Money,

    /// <summary>A whole number within 32 bits.</summary>
    Count,

    /// <summary>A number a <see cref="decimal"/> holds exactly.</summary>
    Quantity,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>A reporting period id.</summary>
    Period,

    /// <summary>An object of the <see cref="FieldSpec.Nested"/> record, flattened in CSV as <c>field.property</c> columns.</summary>
    Object,

    /// <summary>An array of ids; in CSV a file of its own, a row per id (<see cref="FieldSpec.Nested"/> names its column).</summary>
    Ids,

    /// <summary>An array of objects of the <see cref="FieldSpec.Nested"/> record; in CSV a file of its own.</summary>
    Objects,
}
