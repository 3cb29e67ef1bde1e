using System.Globalization;
using System.Text;

namespace DomainKit.Export.OpenXml;

/// <summary>
/// Makes any text safe to write in an Open XML part: XML 1.0 cannot hold most control characters or unpaired
/// surrogates, and writing them would throw, while bad data in a report is to be written, never thrown.
/// </summary>
internal static class OpenXmlText
{
    /// <summary>The most characters a spreadsheet cell holds.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>
    /// A cell's text as SpreadsheetML escapes it (ST_Xstring): a character XML cannot hold is written
    /// <c>_xHHHH_</c>, which spreadsheets read back as that character, and an underscore that would start such an
    /// escape is written <c>_x005F_</c> so that the text reads back as it was. Texts longer than a cell holds are
    /// cut at <see cref="MaxCellLength"/> characters.
    /// </summary>
    public static string ForCell(string text)
    {
        if (text.Length > MaxCellLength)
        {
            var cut = char.IsHighSurrogate(text[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
            text = text[..cut];
        }
        if (IsClean(text, underscoresMatter: true))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && StartsEscape(text, i))
            {
                builder.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }
        return builder.ToString();
    }

    /// <summary>The text with each character XML cannot hold replaced by U+FFFD, for a Word document, which has no escape for them.</summary>
    public static string ForWord(string text)
    {
        if (IsClean(text, underscoresMatter: false))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsXmlChar(c) ? c : '\uFFFD');
            }
        }
        return builder.ToString();
    }

    private static bool IsClean(string text, bool underscoresMatter)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\uD800' && c != '_')
            {
                continue;
            }
            if (c == '_')
            {
                if (underscoresMatter && StartsEscape(text, i))
                {
                    return false;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsXmlChar(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsXmlChar(char c)
        => c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');

    private static bool StartsEscape(string text, int i)
        => i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
            && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
            && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
