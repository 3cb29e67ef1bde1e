using DomainKit.Utility;

namespace DomainKit.Text;

/// <summary>
/// A text in Vietnamese and in English. Immutable and thread-safe.
/// </summary>
/// <remarks>The default value has both texts <see langword="null"/>; use the constructor.</remarks>
public readonly record struct LocalizedText
{
    /// <summary>Creates a text from its Vietnamese and English forms.</summary>
    /// <exception cref="ArgumentNullException">Either text is <see langword="null"/>.</exception>
    public LocalizedText(string vietnamese, string english)
    {
        Vietnamese = Preconditions.CheckNotNull(vietnamese);
        English = Preconditions.CheckNotNull(english);
    }

    /// <summary>The Vietnamese form.</summary>
    public string Vietnamese { get; }

    /// <summary>The English form.</summary>
    public string English { get; }

    /// <summary>The form for <paramref name="culture"/>.</summary>
    public string In(TextCulture culture) => culture == TextCulture.Vietnamese ? Vietnamese : English;

    /// <summary>Returns the English form.</summary>
    public override string ToString() => English ?? string.Empty;
}
