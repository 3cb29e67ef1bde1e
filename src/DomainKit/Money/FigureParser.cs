using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// Reads a count (<c>hơn 500</c>, <c>1,2 triệu</c>) or a measured quantity (<c>12,5 km</c>, <c>khoảng 3 tấn</c>) as
/// officers write it, in one <see cref="TextCulture"/>, with the same qualifiers, digit grouping and scale words as
/// <see cref="DongParser"/> reads amounts: an optional qualifier, then one figure (<c>1.234</c>) or figures with scale
/// words in decreasing order (<c>1 triệu 200 nghìn</c>, <c>2,5 nghìn</c>), then for a quantity its unit. Never throws
/// on bad text.
/// </summary>
internal static class FigureParser
{
    /// <summary>A figure read: <see cref="Mantissa"/> × 10^<see cref="Exponent"/>, the exponent being that of its last written digit.</summary>
    internal readonly record struct Reading(Int128 Mantissa, int Exponent, AmountQualifier Qualifier, string? Unit);

    /// <summary>The most decimals a quantity written without a scale word may have.</summary>
    private const int MaxDecimals = 6;

    // Values are added up in millionths, so that a quantity's decimals and a count's scale words share one sum.
    private static readonly Int128 Millionths = 1_000_000;

    private static readonly Dictionary<string, int> VietnameseScales = new(StringComparer.Ordinal)
    {
        ["ty"] = 9,
        ["ti"] = 9,
        ["trieu"] = 6,
        ["nghin"] = 3,
        ["ngan"] = 3,
    };

    private static readonly Dictionary<string, int> InvariantScales = new(StringComparer.Ordinal)
    {
        ["billion"] = 9,
        ["million"] = 6,
        ["thousand"] = 3,
    };

    /// <summary>
    /// Reads <paramref name="text"/> as a count, or as a quantity when <paramref name="measured"/>, or says why it is
    /// not one (<see cref="ParseFailure.None"/> when read). A count takes decimals only before a scale word and nothing
    /// after its figure; a quantity takes up to six decimals and must end with its unit.
    /// </summary>
    public static ParseFailure Read(ReadOnlySpan<char> text, TextCulture culture, bool measured, out Reading reading)
    {
        reading = default;
        var failure = FigureTokens.Tokenize(text, unitMarks: true, out var tokens);
        if (failure != ParseFailure.None)
        {
            return failure;
        }
        if (tokens.Count == 0)
        {
            return ParseFailure.Empty;
        }
        var scales = culture == TextCulture.Vietnamese ? VietnameseScales : InvariantScales;

        var i = 0;
        var qualifier = AmountQualifier.None;
        foreach (var (words, candidate) in culture == TextCulture.Vietnamese ? QualifierWords.Vietnamese : QualifierWords.Invariant)
        {
            if (FigureTokens.StartsWith(tokens, i, words))
            {
                qualifier = candidate;
                i += words.Length;
                break;
            }
        }
        if (i < tokens.Count && tokens[i].Kind == TokenKind.Minus)
        {
            // Counts and quantities are never negative.
            return ParseFailure.MisplacedSign;
        }

        Int128 total = 0;
        var exponent = 0;
        var previousScale = int.MaxValue;
        var components = 0;
        var closed = false;
        var afterScale = false;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Number)
        {
            if (closed)
            {
                return ParseFailure.ScaleOrder;
            }
            var written = text[tokens[i].Start..tokens[i].End];
            var figure = DongParser.ReadFigure(written, culture, out var whole, out var fraction, out var grouped);
            if (figure == ParseFailure.LeadingZero && written.Length == 2 && written[1] is >= '1' and <= '9')
            {
                // Official documents pad counts under ten to two digits: "khen thưởng 02 tập thể, 05 cá nhân".
                figure = ParseFailure.None;
            }
            if (figure != ParseFailure.None)
            {
                return figure;
            }
            i++;
            // After the leading figure, each group counts less than a thousand of its scale, as in "1 triệu 200 nghìn".
            var belowThousand = !grouped && whole.Length <= 3;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Word && scales.TryGetValue(tokens[i].Word!, out var scale))
            {
                i++;
                if (scale >= previousScale || (components > 0 && !belowThousand))
                {
                    return ParseFailure.ScaleOrder;
                }
                if (fraction.Length > scale)
                {
                    return ParseFailure.TooManyDecimals;
                }
                total += ((whole.Value * Pow10(scale)) + (fraction.Value * Pow10(scale - fraction.Length))) * Millionths;
                exponent = scale - fraction.Length;
                previousScale = scale;
                closed = fraction.Length > 0;
                components++;
                continue;
            }

            // A bare figure: the whole value, or the units after scaled groups, which only a quantity's unit can close,
            // because "1 triệu 200" may mean 200 nghìn as well as 200.
            if (components > 0)
            {
                if (!belowThousand || fraction.Length > 0)
                {
                    return ParseFailure.ScaleOrder;
                }
                afterScale = true;
            }
            else if (fraction.Length > 0 && !measured)
            {
                return ParseFailure.DecimalWithoutScale;
            }
            else if (fraction.Length > MaxDecimals)
            {
                return ParseFailure.TooManyDecimals;
            }
            total += (whole.Value * Millionths) + (fraction.Value * Pow10(MaxDecimals - fraction.Length));
            exponent = -fraction.Length;
            components++;
            break;
        }
        if (components == 0)
        {
            return tokens.Exists(t => t.Kind == TokenKind.Number) ? ParseFailure.UnexpectedText : ParseFailure.NoFigure;
        }

        string? unit = null;
        if (measured)
        {
            if (i == tokens.Count)
            {
                return ParseFailure.MissingUnit;
            }
            if (tokens.FindIndex(i, t => t.Kind != TokenKind.Word) >= 0)
            {
                return ParseFailure.UnexpectedText;
            }
            unit = UnitText(text, tokens, i);
        }
        else if (i != tokens.Count)
        {
            return ParseFailure.UnexpectedText;
        }
        else if (afterScale)
        {
            return ParseFailure.DigitsAfterScale;
        }

        if (total / Millionths > long.MaxValue)
        {
            return ParseFailure.Overflow;
        }
        reading = new Reading(total / Pow10(exponent + MaxDecimals), exponent, qualifier, unit);
        return ParseFailure.None;
    }

    /// <summary>The unit as written, its words joined by single spaces.</summary>
    private static string UnitText(ReadOnlySpan<char> text, List<Token> tokens, int start)
    {
        var builder = new StringBuilder();
        for (var k = start; k < tokens.Count; k++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(text[tokens[k].Start..tokens[k].End]);
        }
        return builder.ToString();
    }

    private static Int128 Pow10(int exponent) => FigureScale.Pow10(exponent);
}
