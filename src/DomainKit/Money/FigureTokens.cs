using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>What a written figure is made of: numbers, words and a minus sign.</summary>
internal enum TokenKind
{
    Number,
    Word,
    Minus,
}

/// <summary>One piece of a written figure, with where it stands in the text and, for a word, its folded letters.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Word);

/// <summary>
/// Cuts a figure as officers write it into numbers (digits with their separators), words (folded to plain letters)
/// and minus signs, for the parsers of amounts, counts and quantities alike. Anything else is an unexpected character.
/// </summary>
internal static class FigureTokens
{
    /// <param name="text">The text.</param>
    /// <param name="unitMarks">Whether words may hold the marks units of measure use (m², m³, °C, km/h), as quantities' do.</param>
    /// <param name="tokens">The pieces, in order.</param>
    public static ParseFailure Tokenize(ReadOnlySpan<char> text, bool unitMarks, out List<Token> tokens)
    {
        tokens = [];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                // Only digits and separators reach a number: the figure's grouping is checked by the parser.
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Number, start, i, null));
            }
            else if (c is '-' or '\u2212')
            {
                i++;
                tokens.Add(new Token(TokenKind.Minus, start, i, null));
            }
            else if (IsWordChar(c, unitMarks))
            {
                while (i < text.Length && IsWordChar(text[i], unitMarks))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Word, start, i, VietnameseFolding.Fold(text[start..i])));
            }
            else
            {
                return ParseFailure.UnexpectedCharacter;
            }
        }
        return ParseFailure.None;
    }

    /// <summary>Whether the words at <paramref name="start"/> are <paramref name="words"/> (folded), one token each.</summary>
    public static bool StartsWith(List<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (token.Kind != TokenKind.Word || token.Word != words[k])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c, bool unitMarks)
        => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F' || (unitMarks && c is '²' or '³' or '°' or '/');
}
