namespace DomainKit.Money;

/// <summary>
/// Reduces a word to a key for matching: lower case, Vietnamese tone and vowel marks removed, <c>đ</c> kept.
/// Done by table rather than by Unicode normalization so that it behaves the same under invariant globalization,
/// and so that text typed with combining marks (decomposed) or without marks at all (<c>ty</c>, <c>trieu</c>) still matches.
/// </summary>
internal static class VietnameseFolding
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (Text.VietnameseLetters.IsCombiningMark(c))
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            buffer[length++] = Text.VietnameseLetters.TryGetPlain(lower, out var letter) ? letter : lower;
        }
        return new string(buffer[..length]);
    }
}
