namespace DomainKit.Money;

/// <summary>
/// Moves quantities between <see cref="decimal"/>, as the API gives and takes them, and the grid of ten-millionths of
/// <see cref="FigureScale.Quantity"/>, on which sums and their honest writing are worked out exactly in integers.
/// Ten-millionths, because half of the finest resolution, a millionth, must lie on the grid.
/// </summary>
internal static class QuantityGrid
{
    /// <summary>The decimal places of one grid step.</summary>
    public const int Places = 7;

    private static readonly decimal StepsPerUnit = 10_000_000m;

    /// <summary>The value in grid steps, or <see langword="false"/> when it has more than seven decimals or is 10^21 or more.</summary>
    public static bool TryToGrid(decimal value, out Int128 grid)
    {
        // Beyond this the multiplication would leave the range of decimal; no quantity the library takes is near it.
        if (Math.Abs(value) >= 1_000_000_000_000_000_000_000m)
        {
            grid = 0;
            return false;
        }
        var scaled = value * StepsPerUnit;
        if (scaled != decimal.Truncate(scaled))
        {
            grid = 0;
            return false;
        }
        grid = (Int128)scaled;
        return true;
    }

    /// <summary>The value in grid steps; for values already checked to lie on the grid.</summary>
    public static Int128 ToGrid(decimal value)
        => TryToGrid(value, out var grid) ? grid : throw new ArgumentException("The quantity has more than seven decimals.", nameof(value));

    /// <summary>The decimal of a number of grid steps, with no trailing zeros after the decimal mark.</summary>
    /// <exception cref="OverflowException">The value does not fit in a <see cref="decimal"/>.</exception>
    public static decimal FromGrid(Int128 grid)
    {
        var places = Places;
        while (places > 0 && grid % 10 == 0)
        {
            grid /= 10;
            places--;
        }
        return Rate.ToDecimal(grid, places);
    }

    /// <summary>The same value with exactly the decimal places a resolution of 10^<paramref name="exponent"/> writes.</summary>
    public static decimal WithPlaces(decimal value, int exponent)
        => FromGrid(ToGrid(value)) + Rate.ToDecimal(0, Math.Max(0, -exponent));

    /// <summary>10^<paramref name="exponent"/> as a decimal, for exponents from -7 to 18.</summary>
    public static decimal Pow10(int exponent)
        => exponent >= 0 ? (decimal)FigureScale.Pow10(exponent) : Rate.ToDecimal(1, -exponent);

    /// <summary>Whether <paramref name="value"/>, with any number of decimals, lies in <paramref name="interval"/>, open ends excluded.</summary>
    public static bool Contains(FigureInterval interval, decimal value)
    {
        var min = FromGrid(interval.Min);
        if (value < min || (value == min && interval.MinOpen))
        {
            return false;
        }
        if (interval.Max is not { } maxGrid)
        {
            return true;
        }
        var max = FromGrid(maxGrid);
        return value < max || (value == max && !interval.MaxOpen);
    }
}
