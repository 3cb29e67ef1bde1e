using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Validation;

/// <summary>
/// What a validation rule is: its stable code, a name, its default severity, a title, and a message
/// template in each language with <c>{placeholders}</c> that findings fill in. Immutable and thread-safe.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <exception cref="ArgumentException">The code or name is blank.</exception>
    public RuleDescriptor(string code, string name, Severity defaultSeverity, LocalizedText title, LocalizedText message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        DefaultSeverity = defaultSeverity;
        Title = title;
        Message = message;
    }

    /// <summary>The stable code: <c>DK</c> and three digits for built-in rules; apps should use a prefix of their own.</summary>
    public string Code { get; }

    /// <summary>A short name in PascalCase: <c>OutflowAboveBalance</c>.</summary>
    public string Name { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>What the rule checks, in a few words.</summary>
    public LocalizedText Title { get; }

    /// <summary>The message template; placeholders such as <c>{balance}</c> name finding arguments.</summary>
    public LocalizedText Message { get; }
}
