using System.Text;

namespace DomainKit.Periods;

/// <summary>
/// Folds free text into a matching key: lower-case ASCII letters without diacritics, single spaces,
/// one kind of dash, and no spaces around dashes and slashes ("Quý  IV / 2017" becomes "quy iv/2017").
/// </summary>
/// <remarks>
/// <see cref="string.Normalize()"/> does nothing under invariant globalization (it reports every string as
/// normalized), so NFC cannot be relied on. Dropping the diacritics with our own table instead makes the key
/// the same for NFC input, NFD input, either accent placement ("khóa"/"khoá", "kỳ"/"kì") and text typed
/// without diacritics; the grammars matched against the key are distinctive enough not to need the tones.
/// </remarks>
internal static class TextKey
{
    /// <summary>Longer texts are not periods or dates; the cap keeps parsing of hostile input cheap.</summary>
    public const int MaxLength = 200;

    /// <summary>The key of <paramref name="text"/>, or <see langword="null"/> when the text is too long to be worth reading.</summary>
    public static string? Fold(string text)
    {
        if (text.Length > MaxLength)
        {
            return null;
        }
        var key = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            // NFD input carries its diacritics as combining marks after the base letter.
            if (Text.VietnameseLetters.IsCombiningMark(raw))
            {
                continue;
            }
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            // Zero-width spaces and byte-order marks come along when text is pasted from documents.
            if (raw is '\u200B' or '\uFEFF')
            {
                continue;
            }
            var c = Simplify(raw);
            if (pendingSpace && c is not ('-' or '/') && key[^1] is not ('-' or '/'))
            {
                key.Append(' ');
            }
            pendingSpace = false;
            key.Append(c);
        }
        return key.ToString();
    }

    private static char Simplify(char c)
    {
        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + ('a' - 'A'));
        }
        if (c < '\u0080')
        {
            return c;
        }
        if (Text.VietnameseLetters.TryGetPlain(c, out var letter))
        {
            return letter;
        }
        return c switch
        {
            // The eth (Ð) is a common stand-in for Đ on keyboards without Vietnamese input.
            'đ' or 'Đ' or 'Ð' => 'd',
            // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus and their small and full-width forms.
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
            '\u2044' or '\u2215' or '\uFF0F' => '/',
            _ => c,
        };
    }
}
