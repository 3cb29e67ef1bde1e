namespace DomainKit.Text;

/// <summary>
/// The outcome of reading a text as a <typeparamref name="T"/>: the value, or why the text is not one, so that a
/// message can say "the digits are grouped wrongly" instead of "cannot be read".
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// The default value is a failure with <see cref="ParseFailure.Empty"/>. Immutable and thread-safe.
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T value;
    private readonly ParseFailure failure;
    private readonly bool success;

    private ParseResult(T value, ParseFailure failure, bool success)
    {
        this.value = value;
        this.failure = failure;
        this.success = success;
    }

    /// <summary>Whether the text was read.</summary>
    public bool Success => success;

    /// <summary>Why the text was not read, or <see cref="ParseFailure.None"/>.</summary>
    public ParseFailure Failure => success ? ParseFailure.None : failure == ParseFailure.None ? ParseFailure.Empty : failure;

    /// <summary>Why the text was not read, in both languages; empty on success.</summary>
    public LocalizedText Reason => success ? new LocalizedText(string.Empty, string.Empty) : ParseFailures.Reason(Failure);

    /// <summary>The value read.</summary>
    /// <exception cref="FormatException">The text was not read; the message says why.</exception>
    public T Value => success ? value : throw new FormatException(Reason.English);

    /// <summary>The value read, or <see langword="false"/>.</summary>
    public bool TryGetValue(out T result)
    {
        result = success ? value : default!;
        return success;
    }

    /// <summary>A result holding <paramref name="value"/>.</summary>
    public static ParseResult<T> ForValue(T value) => new(value, ParseFailure.None, true);

    /// <summary>A failure for <paramref name="failure"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failure"/> is <see cref="ParseFailure.None"/> or not defined.</exception>
    public static ParseResult<T> ForFailure(ParseFailure failure)
    {
        if (failure == ParseFailure.None || !Enum.IsDefined(failure))
        {
            throw new ArgumentOutOfRangeException(nameof(failure), failure, "A failure needs a reason.");
        }
        return new ParseResult<T>(default!, failure, false);
    }

    /// <summary>The same failure for another type of value.</summary>
    /// <exception cref="InvalidOperationException">The result is a success.</exception>
    public ParseResult<TOther> ConvertFailure<TOther>()
        => success ? throw new InvalidOperationException("A success has no failure to convert.") : ParseResult<TOther>.ForFailure(Failure);

    /// <summary>The value or the reason, in invariant English.</summary>
    public override string ToString() => success ? value?.ToString() ?? string.Empty : Reason.English;
}
