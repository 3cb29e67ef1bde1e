using System.Buffers;
using System.Globalization;
using System.Text;

namespace DomainKit.Text;

/// <summary>
/// Characters that text outputs never carry raw: control characters other than tab and line breaks (NUL, ESC,
/// DEL, the C1 controls), which terminals and editors act on, and the bidirectional formatting characters
/// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which reorder what a reader sees so that a name
/// can look like another. They are written as <c>\uXXXX</c>, which a reader can see for what it is.
/// </summary>
/// <remarks>
/// In the CSV bundle the escape reads back as the character (<see cref="Unescape"/>), and a backslash that would
/// start such an escape is itself written <c>\u005C</c>, so that every text reads back exactly as it was written.
/// </remarks>
internal static class UnsafeText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Characters());

    private static string Characters()
    {
        var characters = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                characters.Append(c);
            }
        }
        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Append(c);
        }
        characters.Append("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return characters.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is written escaped.</summary>
    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary>Whether <paramref name="text"/> holds a character written escaped.</summary>
    public static bool HasUnsafe(string? text) => text is not null && text.AsSpan().ContainsAny(Unsafe);

    /// <summary>The characters of <paramref name="text"/> written escaped, distinct, as <c>U+001B, U+202E</c>.</summary>
    public static string Describe(string text)
        => string.Join(", ", text.Where(IsUnsafe).Distinct().Select(c => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    /// <summary><paramref name="text"/> with each unsafe character written <c>\uXXXX</c>; for outputs that are read, not read back.</summary>
    public static string Escape(string text)
    {
        var at = text.AsSpan().IndexOfAny(Unsafe);
        if (at < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 12).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                AppendEscape(escaped, text[i]);
            }
            else
            {
                escaped.Append(text[i]);
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as the CSV bundle writes it: <see cref="Escape"/>, and a backslash that starts what
    /// <see cref="Unescape"/> would read as an escape written <c>\u005C</c>, so that the text reads back exactly.
    /// </summary>
    public static string EscapeReversibly(string text)
    {
        var at = text.AsSpan().IndexOfAny(Unsafe);
        var backslash = text.IndexOf('\\', StringComparison.Ordinal);
        if (at < 0 && backslash < 0)
        {
            return text;
        }
        var start = at < 0 ? backslash : backslash < 0 ? at : Math.Min(at, backslash);
        var escaped = new StringBuilder(text.Length + 12).Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) || (c == '\\' && EscapeAt(text, i) is not null))
            {
                AppendEscape(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>The text <see cref="EscapeReversibly"/> was given: each <c>\uXXXX</c> of an unsafe character or of a backslash read as that character.</summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("\\u", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        var plain = new StringBuilder(text.Length).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\\' && EscapeAt(text, i) is char c)
            {
                plain.Append(c);
                i += 5;
            }
            else
            {
                plain.Append(text[i]);
            }
        }
        return plain.ToString();
    }

    // The character of an escape "\uXXXX" starting at index, when it is one that is escaped: unsafe, or a backslash.
    private static char? EscapeAt(string text, int index)
    {
        if (index + 6 > text.Length || text[index] != '\\' || text[index + 1] != 'u'
            || !ushort.TryParse(text.AsSpan(index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }
        var c = (char)code;
        return c == '\\' || IsUnsafe(c) ? c : null;
    }

    private static void AppendEscape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
