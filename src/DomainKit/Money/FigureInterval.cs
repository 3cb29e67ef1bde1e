namespace DomainKit.Money;

/// <summary>
/// The values that a stated figure, or a sum of stated figures, allows, counted in whole steps of the grid of its
/// <see cref="FigureScale"/>: from <see cref="Min"/> up to <see cref="Max"/> (<see langword="null"/>: no upper bound),
/// each end included unless it is marked open.
/// </summary>
/// <remarks>
/// Money and counts are whole numbers, so their ends are always kept closed (an open end is moved to the next whole
/// value). A measured quantity is not: <c>12,5 km</c> allows everything from 12,45 km up to, but not including,
/// 12,55 km, and that open end is what lets <c>12,5 km + 3 km</c> be written <c>15,5 km</c> honestly.
/// </remarks>
internal readonly record struct FigureInterval(Int128 Min, bool MinOpen, Int128? Max, bool MaxOpen)
{
    /// <summary>Exactly <paramref name="value"/>.</summary>
    public static FigureInterval Point(Int128 value) => new(value, false, value, false);

    /// <summary>Whether exactly one value is allowed.</summary>
    public bool IsPoint => Max == Min && !MinOpen && !MaxOpen;

    /// <summary>Whether no value at all is allowed.</summary>
    public bool IsEmpty => Max is { } max && (max < Min || (max == Min && (MinOpen || MaxOpen)));

    /// <summary>Whether <paramref name="value"/> is allowed.</summary>
    public bool Contains(Int128 value)
        => (value > Min || (value == Min && !MinOpen)) && (Max is not { } max || value < max || (value == max && !MaxOpen));

    /// <summary>Whether every value <paramref name="inner"/> allows is allowed here too.</summary>
    public bool Contains(FigureInterval inner)
    {
        var lower = Min < inner.Min || (Min == inner.Min && (!MinOpen || inner.MinOpen));
        var upper = Max is not { } max
            || (inner.Max is { } innerMax && (max > innerMax || (max == innerMax && (!MaxOpen || inner.MaxOpen))));
        return lower && upper;
    }

    /// <summary>The distance between the ends, or <see langword="null"/> when there is no upper bound.</summary>
    public Int128? Width => Max is { } max ? checked(max - Min) : null;

    /// <summary>
    /// The values a sum of one value from each interval can take: the ends add, an end is open when either is, and
    /// there is no upper bound as soon as one part has none. Checked: a sum beyond 128 bits throws.
    /// </summary>
    /// <exception cref="OverflowException">An end does not fit in 128 bits.</exception>
    public static FigureInterval operator +(FigureInterval left, FigureInterval right)
    {
        var bounded = left.Max is not null && right.Max is not null;
        return new FigureInterval(
            checked(left.Min + right.Min),
            left.MinOpen || right.MinOpen,
            bounded ? checked(left.Max!.Value + right.Max!.Value) : null,
            bounded && (left.MaxOpen || right.MaxOpen));
    }
}
