using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Validation;

/// <summary>
/// What a rule sees while it runs: the dataset, today's date from the injected clock, the cancellation
/// token, and the way to report findings. One context per rule and run; not thread-safe.
/// </summary>
public sealed class RuleContext
{
    private readonly ImmutableArray<Finding>.Builder findings;

    internal RuleContext(Dataset dataset, LocalDate today, RuleDescriptor descriptor, Severity severity, ImmutableArray<Finding>.Builder findings, CancellationToken cancellationToken)
    {
        Dataset = dataset;
        Today = today;
        Descriptor = descriptor;
        Severity = severity;
        this.findings = findings;
        CancellationToken = cancellationToken;
    }

    /// <summary>The dataset being validated.</summary>
    public Dataset Dataset { get; }

    /// <summary>Today in Vietnam, from the validator's clock.</summary>
    public LocalDate Today { get; }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The severity its findings get.</summary>
    public Severity Severity { get; }

    /// <summary>Signals that the caller no longer wants the report; long rules should check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The rule, its severity and the day it runs on: <c>DK501 at Error on 2023-11-10</c>.</summary>
    public override string ToString() => $"{Descriptor.Code} at {Severity} on {LocalDatePattern.Iso.Format(Today)}";

    /// <summary>
    /// Reports a finding about <paramref name="entity"/> (and <paramref name="field"/>), with the values that
    /// fill the rule's message placeholders. Values are written per language: amounts as đồng, dates as
    /// dd/MM/yyyy or ISO, periods in words.
    /// </summary>
    public void Report(EntityRef entity, string? field, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = ImmutableDictionary.CreateRange(arguments.Select(a => KeyValuePair.Create(a.Name, a.Value)));
        findings.Add(Finding.Of(Descriptor, Severity, entity, field, values));
    }
}
