using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// Reads an amount as officers write it, in one <see cref="TextCulture"/>: an optional qualifier, an optional minus sign,
/// then either one figure (<c>6.100.542.700 đ</c>) or figures with scale words in decreasing order
/// (<c>5 tỷ 670 triệu đồng</c>, <c>2,5 tỷ</c>), then an optional currency word. Never throws on bad text.
/// </summary>
internal static class DongParser
{
    /// <summary>A parsed amount before it is checked as a <see cref="StatedDong"/>.</summary>
    internal readonly record struct Reading(long Value, int ResolutionExponent, AmountQualifier Qualifier);

    // More integer digits than this cannot fit in 64 bits (leading zeros are rejected), and the cap keeps Int128 sums far from overflow.
    internal const int MaxIntegerDigits = 20;

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

    /// <summary>Reads <paramref name="text"/>, or says why it is not an amount (<see cref="ParseFailure.None"/> when read).</summary>
    public static ParseFailure Read(ReadOnlySpan<char> text, TextCulture culture, out Reading reading)
    {
        reading = default;
        var failure = FigureTokens.Tokenize(text, unitMarks: false, out var tokens);
        if (failure != ParseFailure.None)
        {
            return failure;
        }
        if (tokens.Count == 0)
        {
            return ParseFailure.Empty;
        }
        var scales = culture == TextCulture.Vietnamese ? VietnameseScales : InvariantScales;
        var qualifiers = culture == TextCulture.Vietnamese ? VietnameseQualifiers : InvariantQualifiers;

        var i = 0;
        var qualifier = AmountQualifier.None;
        foreach (var (words, candidate) in qualifiers)
        {
            if (FigureTokens.StartsWith(tokens, i, words))
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
                return ParseFailure.MisplacedSign;
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
            if (closed)
            {
                return ParseFailure.ScaleOrder;
            }
            var figure = ReadFigure(text[tokens[i].Start..tokens[i].End], culture, out var whole, out var fraction, out var grouped);
            if (figure != ParseFailure.None)
            {
                return figure;
            }
            i++;
            // After the leading figure, each group counts less than a thousand of its scale, as in "5 tỷ 670 triệu".
            var belowThousand = !grouped && whole.Length <= 3;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Word && scales.TryGetValue(tokens[i].Word!, out var scale))
            {
                i++;
                var places = Log10(scale);
                if (scale >= previousScale || (components > 0 && !belowThousand))
                {
                    return ParseFailure.ScaleOrder;
                }
                if (fraction.Length > places)
                {
                    return ParseFailure.TooManyDecimals;
                }
                var unit = scale / Pow10(fraction.Length);
                total += (whole.Value * scale) + (fraction.Value * unit);
                resolution = unit;
                previousScale = scale;
                closed = fraction.Length > 0;
                components++;
                continue;
            }

            // A bare figure: the whole amount, or the đồng after scaled groups ("2 tỷ 700 đồng"). A decimal comma needs
            // a scale word, and bare trailing digits need the currency word because "1 tỷ 2" means 1,2 tỷ in speech.
            if (fraction.Length > 0)
            {
                return ParseFailure.DecimalWithoutScale;
            }
            if (components > 0 && !belowThousand)
            {
                return ParseFailure.ScaleOrder;
            }
            needsCurrency = components > 0;
            total += whole.Value;
            resolution = 1;
            components++;
            break;
        }
        if (components == 0)
        {
            return HasNumber(tokens) ? ParseFailure.UnexpectedText : ParseFailure.NoFigure;
        }

        if (i < tokens.Count && tokens[i].Kind == TokenKind.Word && Array.IndexOf(Currencies, tokens[i].Word) >= 0)
        {
            i++;
            needsCurrency = false;
        }
        if (i != tokens.Count)
        {
            return ParseFailure.UnexpectedText;
        }
        if (needsCurrency)
        {
            return ParseFailure.MissingCurrency;
        }

        var limit = negative ? (Int128)DongNotation.MinValueMagnitude : long.MaxValue;
        if (total > limit)
        {
            return ParseFailure.Overflow;
        }
        reading = new Reading((long)(negative ? -total : total), Log10(resolution), qualifier);
        return ParseFailure.None;
    }

    private static bool HasNumber(List<Token> tokens) => tokens.Exists(t => t.Kind == TokenKind.Number);

    /// <summary>
    /// Splits a figure such as <c>12.345,7</c> (Vietnamese) or <c>12,345.7</c> (invariant) into its whole and fraction
    /// digits. Groups after the first must have exactly three digits, so <c>1.00.000</c> is refused rather than guessed at.
    /// </summary>
    internal static ParseFailure ReadFigure(ReadOnlySpan<char> figure, TextCulture culture, out DigitRun whole, out DigitRun fraction, out bool grouped)
    {
        whole = fraction = default;
        grouped = false;
        var separator = DongNotation.GroupSeparator(culture);
        var mark = DongNotation.DecimalMark(culture);

        var markAt = figure.IndexOf(mark);
        var wholePart = markAt < 0 ? figure : figure[..markAt];
        if (markAt >= 0)
        {
            var fractionPart = figure[(markAt + 1)..];
            if (fractionPart.Length == 0)
            {
                return ParseFailure.UnexpectedCharacter;
            }
            if (fractionPart.ContainsAnyExceptInRange('0', '9'))
            {
                // A second mark or a separator after the mark: "1,000,5" in Vietnamese or "1.5.000" in invariant.
                return ParseFailure.BadDigitGrouping;
            }
            fraction = new DigitRun(fractionPart);
        }

        // The first group has one to three digits, each later one exactly three.
        var first = wholePart.IndexOf(separator);
        grouped = first >= 0;
        var head = grouped ? wholePart[..first] : wholePart;
        if (head.Length == 0 || (grouped && head.Length > 3))
        {
            return ParseFailure.BadDigitGrouping;
        }
        var rest = grouped ? wholePart[first..] : ReadOnlySpan<char>.Empty;
        while (!rest.IsEmpty)
        {
            // rest starts with a separator
            var next = rest[1..].IndexOf(separator);
            var group = next < 0 ? rest[1..] : rest[1..(next + 1)];
            if (group.Length != 3)
            {
                return ParseFailure.BadDigitGrouping;
            }
            rest = next < 0 ? ReadOnlySpan<char>.Empty : rest[(next + 1)..];
        }
        whole = new DigitRun(wholePart, separator);
        if (whole.Length > 1 && wholePart[0] == '0')
        {
            return ParseFailure.LeadingZero;
        }
        if (whole.Length > MaxIntegerDigits)
        {
            return ParseFailure.Overflow;
        }
        return ParseFailure.None;
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

    /// <summary>The digits of a figure's part, without its group separators, as a number and a count.</summary>
    internal readonly struct DigitRun
    {
        public DigitRun(ReadOnlySpan<char> text, char skip = '\0')
        {
            Int128 value = 0;
            var length = 0;
            foreach (var c in text)
            {
                if (c == skip)
                {
                    continue;
                }
                // Past 38 digits Int128 would overflow; such a figure is refused for its length before its value is used.
                if (length < 38)
                {
                    value = (value * 10) + (c - '0');
                }
                length++;
            }
            Value = value;
            Length = length;
        }

        public Int128 Value { get; }

        public int Length { get; }
    }
}
