using System.Numerics;

namespace DomainKit.Interchange;

/// <summary>
/// Whether a decimal that a parser made of a number's text is exactly that number. Parsers round a number with more
/// digits than a decimal holds (29 significant digits, 28 after the point) and make 0 of one too small
/// (<c>1e-30</c>) without saying so; the readers report such a number instead of misreading it.
/// </summary>
internal static class ExactNumbers
{
    // Beyond this many powers of ten apart, two finite numbers of this size cannot be equal unless both are zero.
    private const int MaxShift = 80;

    /// <summary>
    /// Whether <paramref name="value"/> is exactly the number <paramref name="text"/> writes: an optional sign, digits,
    /// optionally a point and digits, optionally an exponent (<c>-2.50e3</c>), as JSON and the invariant culture write.
    /// </summary>
    public static bool Holds(decimal value, ReadOnlySpan<char> text)
    {
        if (!TrySplit(text, out var mantissa, out var exponent))
        {
            return false;
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var unscaled = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | new BigInteger(unchecked((uint)bits[0]));
        if (mantissa.IsZero || unscaled.IsZero)
        {
            return mantissa.IsZero && unscaled.IsZero;
        }
        // text = mantissa × 10^exponent; value = unscaled × 10^-scale (signs are compared by the caller's parse).
        var shift = (long)exponent + scale;
        if (Math.Abs(shift) > MaxShift)
        {
            return false;
        }
        return shift >= 0
            ? mantissa * BigInteger.Pow(10, (int)shift) == unscaled
            : mantissa == unscaled * BigInteger.Pow(10, (int)-shift);
    }

    // The significant digits of the mantissa, without leading or trailing zeros, and the power of ten they are scaled by.
    private static bool TrySplit(ReadOnlySpan<char> text, out BigInteger mantissa, out long exponent)
    {
        mantissa = BigInteger.Zero;
        exponent = 0;
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+')
        {
            i++;
        }
        var start = i;
        var point = -1;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && point < 0)); i++)
        {
            if (text[i] == '.')
            {
                point = i;
            }
        }
        var end = i;
        var digits = text[start..end];
        var pointAt = point < 0 ? digits.Length : point - start;
        var first = digits.IndexOfAnyInRange('1', '9');
        var last = digits.LastIndexOfAnyInRange('1', '9');
        if (digits.Length - (point < 0 ? 0 : 1) == 0)
        {
            return false;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var negative = i < text.Length && text[i] == '-';
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }
            var exponentStart = i;
            long magnitude = 0;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                // An exponent this large makes the number zero or beyond any decimal either way.
                magnitude = Math.Min(magnitude * 10 + (text[i] - '0'), 1_000_000_000);
            }
            if (i == exponentStart)
            {
                return false;
            }
            exponent = negative ? -magnitude : magnitude;
        }
        if (i != text.Length)
        {
            return false;
        }
        if (first < 0)
        {
            return true;
        }
        // A decimal holds 29 significant digits; a number with many more cannot be exact, and need not be multiplied out.
        var significant = 0;
        for (var k = first; k <= last; k++)
        {
            if (digits[k] != '.')
            {
                if (++significant > 40)
                {
                    return false;
                }
                mantissa = (mantissa * 10) + (digits[k] - '0');
            }
        }
        // The last significant digit stands for 10^(pointAt - last - 1) when it is before the point, one less after it.
        exponent += last < pointAt ? pointAt - last - 1 : pointAt - last;
        return true;
    }
}
