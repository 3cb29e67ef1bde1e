namespace DomainKit.Validation;

/// <summary>
/// A validation rule. Implementations must not throw on bad data: they report it through
/// <see cref="RuleContext.Report"/>. Rules run one after
/// another on an immutable dataset; an implementation should keep no state between calls.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's code, name, default severity and messages.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the dataset of <paramref name="context"/> and reports what is wrong.</summary>
    void Validate(RuleContext context);
}
