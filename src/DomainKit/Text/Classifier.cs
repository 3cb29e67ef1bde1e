using DomainKit.Utility;

namespace DomainKit.Text;

/// <summary>
/// Base of the extensible taxonomies (unit kinds, fields, movements, purposes): a stable code plus a
/// name in Vietnamese and English. Two classifiers of the same type are equal when their codes are equal
/// (ordinal, case-insensitive), so a user-defined value with a built-in code is the built-in value.
/// Immutable and thread-safe.
/// </summary>
public abstract record Classifier
{
    /// <summary>Creates a classifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    protected Classifier(string code, LocalizedText name)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = name;
    }

    /// <summary>The stable code, used in ids, files and exports.</summary>
    public string Code { get; }

    /// <summary>The display name in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    /// <inheritdoc/>
    public virtual bool Equals(Classifier? other)
        => other is not null && EqualityContract == other.EqualityContract
           && string.Equals(Code, other.Code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    public sealed override string ToString() => Code;
}
