using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Validation;

/// <summary>
/// One thing validation found: a stable code, a severity, the item and field it concerns, a message in
/// English and in Vietnamese, and the values the message was made from. Immutable and thread-safe; equal to another
/// finding with the same fields and arguments, whatever order the arguments were given in.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record Finding
{
    /// <summary>The stable code of the rule, such as <c>DK501</c>; listed in docs/findings.md.</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is (the rule's default or the configured severity).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The item it concerns.</summary>
    public required EntityRef Entity { get; init; }

    /// <summary>The field of the item it concerns, such as <c>ParentId</c>, or <see langword="null"/> for the item as a whole.</summary>
    public string? Field { get; init; }

    /// <summary>The message in English and in Vietnamese.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>The values the message was made from, by name: for a mismatch, both values and the difference.</summary>
    public ImmutableDictionary<string, object?> Arguments { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Whether <paramref name="other"/> has the same fields and the same arguments.</summary>
    public bool Equals(Finding? other)
        => other is not null
           && Code == other.Code && Severity == other.Severity && Entity == other.Entity && Field == other.Field
           && Message == other.Message && Utility.Sequences.Equal(Arguments, other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Entity, Field, Message, Utility.Sequences.Hash(Arguments));

    /// <summary>
    /// The finding of <paramref name="descriptor"/> about <paramref name="entity"/>: its message is the descriptor's
    /// template filled with <paramref name="shown"/>, the values as they are written (the arguments themselves unless
    /// given), in both languages. Every finding, of a rule, a check or a report, is made here.
    /// </summary>
    internal static Finding Of(RuleDescriptor descriptor, Severity severity, EntityRef entity, string? field,
        ImmutableDictionary<string, object?> arguments, IReadOnlyDictionary<string, object?>? shown = null)
        => new()
        {
            Code = descriptor.Code,
            Severity = severity,
            Entity = entity,
            Field = field,
            Message = MessageText.Fill(descriptor.Message, shown ?? arguments),
            Arguments = arguments,
        };

    /// <summary>Writes <c>DK501 error fund-entry:pl-tk#3 Amount: message</c> in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Writes the finding on one line in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        var severity = SeverityFormat.Format(Severity, culture);
        var field = Field is null ? string.Empty : "." + Field;
        return $"{Code} {severity} {Entity}{field}: {Message.In(culture)}";
    }
}
