using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// Reads an amount as officers write it, in one <see cref="ReportCulture"/>: an optional qualifier, an optional minus sign,
/// then either one figure (<c>6.100.542.700 đ</c>) or figures with scale words in decreasing order
/// (<c>5 tỷ 670 triệu đồng</c>, <c>2,5 tỷ</c>), then an optional currency word. Never throws on bad text.
/// </summary>
internal static class DongParser
{
    /// <summary>A parsed amount before it is checked as a <see cref="StatedDong"/>.</summary>
    internal readonly record struct Reading(long Value, int ResolutionExponent, AmountQualifier Qualifier);

    private enum TokenKind
    {
        Number,
        Word,
        Minus,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Start, int End);

    // More integer digits than this cannot fit in 64 bits (leading zeros are rejected), and the cap keeps Int128 sums far from overflow.
    private const int MaxIntegerDigits = 20;

    private static readonly string[] Currencies = ["đ", "đong", "dong", "vnđ", "vnd"];

    private static readonly Dictionary<string, long> VietnameseScales = new(StringComparer.Ordinal)
    {
        ["ty"] = DongNotation.Billion,
        ["ti"] = DongNotation.Billion,
        ["trieu"] = DongNotation.Million,
        ["nghin"] = DongNotation.Thousand,
        ["ngan"] = DongNotation.Thousand,
    };

    private static readonly Dictionary<string, long> InvariantScales = new(StringComparer.Ordinal)
    {
        ["billion"] = DongNotation.Billion,
        ["million"] = DongNotation.Million,
        ["thousand"] = DongNotation.Thousand,
    };

    private static readonly (string[] Words, AmountQualifier Qualifier)[] VietnameseQualifiers = QualifierWords.Vietnamese;

    private static readonly (string[] Words, AmountQualifier Qualifier)[] InvariantQualifiers = QualifierWords.Invariant;

    public static bool TryRead(string text, ReportCulture culture, out Reading reading)
    {
        reading = default;
        if (!TryTokenize(text, out var tokens))
        {
            return false;
        }
        var scales = culture == ReportCulture.Vietnamese ? VietnameseScales : InvariantScales;
        var qualifiers = culture == ReportCulture.Vietnamese ? VietnameseQualifiers : InvariantQualifiers;

        var i = 0;
        var qualifier = AmountQualifier.None;
        foreach (var (words, candidate) in qualifiers)
        {
            if (StartsWith(tokens, i, words))
            {
                qualifier = candidate;
                i += words.Length;
                break;
            }
        }

        var negative = false;
        if (i < tokens.Count && tokens[i].Kind == TokenKind.Minus)
        {
            // A qualified amount bounds a quantity that cannot be negative; and a sign must touch its figure.
            if (qualifier != AmountQualifier.None || i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Number || tokens[i + 1].Start != tokens[i].End)
            {
                return false;
            }
            negative = true;
            i++;
        }

        Int128 total = 0;
        long resolution = 1;
        var previousScale = long.MaxValue;
        var components = 0;
        var closed = false;
        var needsCurrency = false;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Number)
        {
            if (closed || !TryReadFigure(tokens[i].Text, culture, out var whole, out var fraction, out var grouped))
            {
                return false;
            }
            i++;
            // After the leading figure, each group counts less than a thousand of its scale, as in "5 tỷ 670 triệu".
            var belowThousand = !grouped && whole.Length <= 3;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Word && scales.TryGetValue(tokens[i].Text, out var scale))
            {
                i++;
                var places = Log10(scale);
                if (scale >= previousScale || (components > 0 && !belowThousand) || fraction.Length > places)
                {
                    return false;
                }
                var unit = scale / Pow10(fraction.Length);
                total += (Digits(whole) * scale) + (Digits(fraction) * unit);
                resolution = unit;
                previousScale = scale;
                closed = fraction.Length > 0;
                components++;
                continue;
            }

            // A bare figure: the whole amount, or the đồng after scaled groups ("2 tỷ 700 đồng"). A decimal comma needs
            // a scale word, and bare trailing digits need the currency word because "1 tỷ 2" means 1,2 tỷ in speech.
            if (fraction.Length > 0 || (components > 0 && !belowThousand))
            {
                return false;
            }
            needsCurrency = components > 0;
            total += Digits(whole);
            resolution = 1;
            components++;
            break;
        }
        if (components == 0)
        {
            return false;
        }

        if (i < tokens.Count && tokens[i].Kind == TokenKind.Word && Array.IndexOf(Currencies, tokens[i].Text) >= 0)
        {
            i++;
            needsCurrency = false;
        }
        if (needsCurrency || i != tokens.Count)
        {
            return false;
        }

        var limit = negative ? (Int128)DongNotation.MinValueMagnitude : long.MaxValue;
        if (total > limit)
        {
            return false;
        }
        reading = new Reading((long)(negative ? -total : total), Log10(resolution), qualifier);
        return true;
    }

    private static bool StartsWith(List<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (token.Kind != TokenKind.Word || token.Text != words[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Splits a figure such as <c>12.345,7</c> (Vietnamese) or <c>12,345.7</c> (invariant) into its whole and fraction
    /// digits. Groups after the first must have exactly three digits, so <c>1.00.000</c> is refused rather than guessed at.
    /// </summary>
    private static bool TryReadFigure(string figure, ReportCulture culture, out string whole, out string fraction, out bool grouped)
    {
        whole = fraction = string.Empty;
        grouped = false;
        var separator = DongNotation.GroupSeparator(culture);
        var mark = DongNotation.DecimalMark(culture);

        var markAt = figure.IndexOf(mark);
        var wholePart = markAt < 0 ? figure : figure[..markAt];
        if (markAt >= 0)
        {
            fraction = figure[(markAt + 1)..];
            if (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        var groups = wholePart.Split(separator);
        grouped = groups.Length > 1;
        if (groups[0].Length == 0 || (grouped && groups[0].Length > 3))
        {
            return false;
        }
        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g].Length != 3)
            {
                return false;
            }
        }
        whole = string.Concat(groups);
        // Only digits can remain: the tokenizer admits digits and both marks, and each mark has been split out.
        if (!whole.All(char.IsAsciiDigit) || (whole.Length > 1 && whole[0] == '0') || whole.Length > MaxIntegerDigits)
        {
            return false;
        }
        return true;
    }

    private static bool TryTokenize(string text, out List<Token> tokens)
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
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Number, text[start..i], start, i));
            }
            else if (c is '-' or '\u2212')
            {
                i++;
                tokens.Add(new Token(TokenKind.Minus, "-", start, i));
            }
            else if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Word, VietnameseFolding.Fold(text.AsSpan(start, i - start)), start, i));
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

    private static Int128 Digits(string digits)
    {
        Int128 result = 0;
        foreach (var d in digits)
        {
            result = (result * 10) + (d - '0');
        }
        return result;
    }

    private static int Log10(long power)
    {
        var exponent = 0;
        for (; power > 1; power /= 10)
        {
            exponent++;
        }
        return exponent;
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10L;
        }
        return result;
    }
}
