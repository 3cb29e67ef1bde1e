namespace DomainKit.Validation;

/// <summary>
/// A validation rule. Implementations must not throw on bad data: they report it through
/// <see cref="RuleContext.Report"/>. Rules run side by side
/// on an immutable dataset, each with its own context; an implementation must keep no mutable state of its own.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's code, name, default severity and messages.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the dataset of <paramref name="context"/> and reports what is wrong.</summary>
    void Validate(RuleContext context);
}
