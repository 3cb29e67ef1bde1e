using DomainKit.Utility;

namespace DomainKit.Units;

/// <summary>
/// The id of a unit (đơn vị), such as <c>tinh-binh-phuoc</c>: any non-blank text, compared ordinally and case-sensitively.
/// </summary>
/// <remarks>The default value has a <see langword="null"/> <see cref="Value"/> and stands for "no id"; validation reports it. Immutable and thread-safe.</remarks>
public readonly record struct UnitId
{
    /// <summary>Creates an id.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    public UnitId(string value) => Value = Preconditions.CheckNotBlank(value);

    /// <summary>The text of the id.</summary>
    public string Value { get; }

    /// <summary>Whether this is the default value, which names nothing.</summary>
    public bool IsEmpty => Value is null;

    /// <summary>Returns the text of the id.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>
    /// Creates an id from its text. Text that is null, empty or white space gives the empty id, which names nothing:
    /// an item built from data with a blank id is bad data that validation reports (DK101 where the id is required,
    /// DK103 where it is a reference), not a reason to throw. Use the constructor to reject blank text at once.
    /// </summary>
    public static implicit operator UnitId(string? value) => string.IsNullOrWhiteSpace(value) ? default : new(value);
}
