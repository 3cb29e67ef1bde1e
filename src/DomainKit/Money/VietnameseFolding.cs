namespace DomainKit.Money;

/// <summary>
/// Reduces a word to a key for matching: lower case, Vietnamese tone and vowel marks removed, <c>đ</c> kept.
/// Done by table rather than by Unicode normalization so that it behaves the same under invariant globalization,
/// and so that text typed with combining marks (decomposed) or without marks at all (<c>ty</c>, <c>trieu</c>) still matches.
/// </summary>
internal static class VietnameseFolding
{
    private static readonly Dictionary<char, char> BaseLetters = Build();

    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            buffer[length++] = BaseLetters.TryGetValue(lower, out var letter) ? letter : lower;
        }
        return new string(buffer[..length]);
    }

    private static Dictionary<char, char> Build()
    {
        var table = new Dictionary<char, char>();
        void Add(char letter, string marked)
        {
            foreach (var c in marked)
            {
                table[c] = letter;
            }
        }
        Add('a', "àáảãạăằắẳẵặâầấẩẫậ");
        Add('e', "èéẻẽẹêềếểễệ");
        Add('i', "ìíỉĩị");
        Add('o', "òóỏõọôồốổỗộơờớởỡợ");
        Add('u', "ùúủũụưừứửữự");
        Add('y', "ỳýỷỹỵ");
        return table;
    }
}
