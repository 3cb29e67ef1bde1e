using System.Numerics;
using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Money;

public sealed class MoneyPropertyTests
{
    private const int Runs = 1_000;

    private static readonly TextCulture[] Cultures = [TextCulture.Vietnamese, TextCulture.English];

    /// <summary>
    /// Longs from the whole range, not only small ones: random 64-bit patterns, magnitudes of every length, and the
    /// rounding and overflow edges (long.MinValue included: every style writes it and parses it back).
    /// </summary>
    private static Gen<long> AnyLong()
    {
        var bits = Gen.Choose(int.MinValue, int.MaxValue).Two()
            .Select(pair => ((long)pair.Item1 << 32) | unchecked((uint)pair.Item2));
        var ofLength = Gen.Choose(0, 18).SelectMany(digits => Gen.Choose(0, int.MaxValue).Two()
            .Select(pair => (((long)pair.Item1 << 31) | (uint)pair.Item2) % Pow10(digits)))
            .SelectMany(magnitude => Gen.Elements(magnitude, -magnitude));
        var edges = Gen.Elements(
            long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1, 0L, 1L, -1L, 999L, 1_000L,
            999_999L, 999_500L, 999_950_000L, 999_960_000L, 999_949_999L, 6_050_000_000L, 6_149_999_999L, 6_150_000_000L);
        return Gen.Frequency((4, bits), (4, ofLength), (1, edges));
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

    [Property(MaxTest = Runs)]
    public Property Addition_is_commutative_and_throws_exactly_when_the_true_sum_is_out_of_range()
    {
        return Prop.ForAll(AnyLong().Two().ToArbitrary(), pair =>
        {
            var (a, b) = (new Dong(pair.Item1), new Dong(pair.Item2));
            var exact = (BigInteger)pair.Item1 + pair.Item2;
            var fits = exact >= long.MinValue && exact <= long.MaxValue;
            if (!fits)
            {
                return Throws(() => a + b) && Throws(() => b + a) && !Dong.TryAdd(a, b, out _)
                    && Throws(() => Dong.Sum([a, b]));
            }
            return (a + b).Value == (long)exact && a + b == b + a
                && Dong.TryAdd(a, b, out var sum) && sum == a + b && Dong.Sum([a, b]) == a + b;
        });
    }

    [Property(MaxTest = Runs)]
    public Property Addition_is_associative_where_nothing_overflows()
    {
        return Prop.ForAll(AnyLong().Three().ToArbitrary(), triple =>
        {
            var (a, b, c) = (new Dong(triple.Item1), new Dong(triple.Item2), new Dong(triple.Item3));
            var fitsLeft = Dong.TryAdd(a, b, out var ab) && Dong.TryAdd(ab, c, out _);
            var fitsRight = Dong.TryAdd(b, c, out var bc) && Dong.TryAdd(a, bc, out _);
            return !(fitsLeft && fitsRight) || (a + b) + c == a + (b + c);
        });
    }

    [Property(MaxTest = Runs)]
    public Property Exact_styles_round_trip_through_parsing_in_both_cultures()
    {
        return Prop.ForAll(AnyLong().ToArbitrary(), value =>
        {
            var amount = new Dong(value);
            foreach (var culture in Cultures)
            {
                foreach (var style in (DongStyle[])[DongStyle.Full, DongStyle.Words, DongStyle.Plain])
                {
                    var text = DongFormat.Format(amount, style, culture);
                    var stated = StatedDong.Parse(text, culture);
                    if (Dong.Parse(text, culture) != amount || stated.Value != amount || stated.Qualifier != AmountQualifier.None
                        || !stated.IsConsistentWith(amount))
                    {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    [Property(MaxTest = Runs)]
    public Property Full_and_plain_figures_parse_as_exact_statements()
    {
        return Prop.ForAll(AnyLong().ToArbitrary(), value =>
            Cultures.All(culture =>
                StatedDong.Parse(DongFormat.Format(new Dong(value), DongStyle.Full, culture), culture) == StatedDong.Exact(new Dong(value))
                && StatedDong.Parse(DongFormat.Format(new Dong(value), DongStyle.Plain, culture), culture) == StatedDong.Exact(new Dong(value))));
    }

    [Property(MaxTest = Runs)]
    public Property Compact_figures_parse_to_a_statement_consistent_with_the_exact_amount()
    {
        // Holds for negative amounts too, because a rounded negative statement mirrors its interval. Amounts within half
        // a tỷ of the extremes of a long may round to a figure beyond 64 bits, which cannot be read back; no report is
        // anywhere near that large.
        const long Readable = 9_223_372_036_500_000_000L;
        return Prop.ForAll(AnyLong().ToArbitrary(), Gen.Choose(0, DongFormat.MaxCompactDecimals).ToArbitrary(), (value, decimals) =>
            value is <= -Readable or >= Readable || Cultures.All(culture =>
            {
                var text = DongFormat.Format(new Dong(value), DongStyle.Compact, culture, decimals);
                return StatedDong.TryParse(text, culture, out var stated) && stated.IsConsistentWith(new Dong(value));
            }));
    }

    [Property(MaxTest = Runs)]
    public Property Statements_round_trip_through_their_own_text()
    {
        var statements =
            from exponent in Gen.Choose(0, StatedDong.MaxResolutionExponent)
            from value in AnyLong()
            from qualifier in Gen.Elements(AmountQualifier.None, AmountQualifier.Over, AmountQualifier.Under, AmountQualifier.About)
            let resolution = Pow10(exponent)
            let truncated = value / resolution * resolution
            let nominal = qualifier == AmountQualifier.None ? truncated : Math.Max(truncated, 0) / 2 + resolution
            select new StatedDong(new Dong(nominal / resolution * resolution), new Dong(resolution), qualifier);
        return Prop.ForAll(statements.ToArbitrary(), stated =>
            Cultures.All(culture => StatedDong.Parse(stated.ToString(culture), culture) == stated));
    }

    [Property(MaxTest = Runs)]
    public Property Random_text_never_makes_try_parse_throw()
    {
        var alphabet = "0123456789.,-  \u00A0đĐồtỷỉriệunghìàbilonmthusadVNDvẤxp\u0302\u0309:$%".ToCharArray();
        var noise = Gen.Elements(alphabet).ArrayOf().Select(chars => new string(chars));
        var words = Gen.Elements("1", "2,5", "1.000", "-", "tỷ", "tỉ", "triệu", "nghìn", "đồng", "đ", "VND", "trên", "gần",
                "khoảng", "xấp", "xỉ", "billion", "million", "over", "more", "than", "999.999.999.999", "9.223.372.036.854.775.808", ",5")
            .ArrayOf().Select(parts => string.Join(' ', parts));
        var anyString = ArbMap.Default.GeneratorFor<string>();
        return Prop.ForAll(Gen.OneOf(noise, words, anyString).ToArbitrary(), text =>
            Cultures.All(culture =>
            {
                var parsed = StatedDong.TryParse(text, culture, out var stated);
                // Whatever parses must be a valid statement that writes itself back.
                return !parsed || StatedDong.Parse(stated.ToString(culture), culture) == stated;
            }));
    }

    private static bool Throws(Func<Dong> action)
    {
        try
        {
            action();
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
