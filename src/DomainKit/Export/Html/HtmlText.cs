using System.Text;

namespace DomainKit.Export.Html;

/// <summary>
/// Encodes text for HTML element content and quoted attribute values. Only the five characters that mean markup are
/// escaped, so Vietnamese letters stay readable UTF-8 (System.Net.WebUtility and the default HtmlEncoder turn them
/// into numeric entities). The output is also well-formed XML, which the tests rely on to parse the page.
/// </summary>
internal static class HtmlText
{
    /// <summary>What replaces a character neither HTML nor XML can carry: a control character or half a surrogate pair.</summary>
    private const char Replacement = '\uFFFD';

    /// <summary>Appends <paramref name="text"/> encoded; nothing for <see langword="null"/>.</summary>
    public static StringBuilder AppendEncoded(this StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escape = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                // &apos; is not HTML 4; the numeric reference works everywhere.
                '\'' => "&#39;",
                _ => null,
            };
            if (escape is null)
            {
                var length = AllowedLength(text, i);
                if (length > 0)
                {
                    // A valid surrogate pair is copied as it is, both halves.
                    i += length - 1;
                    continue;
                }
            }
            builder.Append(text, start, i - start);
            if (escape is null)
            {
                builder.Append(Replacement);
            }
            else
            {
                builder.Append(escape);
            }
            start = i + 1;
        }
        return builder.Append(text, start, text.Length - start);
    }

    /// <summary>Encodes <paramref name="text"/>.</summary>
    public static string Encode(string? text) => new StringBuilder().AppendEncoded(text).ToString();

    /// <summary>How many characters from <paramref name="index"/> make one allowed character: 1, 2 for a surrogate pair, 0 if not allowed.</summary>
    private static int AllowedLength(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
        }
        if (char.IsLowSurrogate(c))
        {
            return 0;
        }
        // XML 1.0 forbids the C0 controls but tab and line breaks, and U+FFFE/U+FFFF; HTML parsers mangle them too.
        return c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF') ? 1 : 0;
    }
}
