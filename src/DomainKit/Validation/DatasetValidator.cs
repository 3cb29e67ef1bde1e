using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Data;
using DomainKit.Validation.Rules;
using NodaTime;

namespace DomainKit.Validation;

/// <summary>
/// Validates datasets with a set of rules: the built-in ones (<see cref="ValidationRules"/>) and any an app adds.
/// Bad data never throws: it comes back as findings. A rule that throws is itself reported (code
/// <c>DK100</c>) so that one faulty rule cannot hide the others' findings. Rules run in parallel on the
/// machine's cores. Immutable and thread-safe: one validator can validate many datasets at once.
/// </summary>
public sealed class DatasetValidator
{
    private static readonly DateTimeZone Vietnam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly ImmutableArray<IValidationRule> rules;
    private readonly IClock clock;

    /// <summary>Creates a validator from rules, options and the clock that says what today is.</summary>
    /// <exception cref="ArgumentNullException">An argument or rule is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two rules share a code, or the options name a code no rule has.</exception>
    public DatasetValidator(IEnumerable<IValidationRule> rules, ValidationOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        this.rules = [.. rules.Select(r => r ?? throw new ArgumentNullException(nameof(rules), "A rule cannot be null."))];
        this.clock = clock;
        Options = options;

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { RuleFailure.Code };
        foreach (var rule in this.rules)
        {
            if (!codes.Add(rule.Descriptor.Code))
            {
                throw new ArgumentException($"Two validation rules share the code '{rule.Descriptor.Code}'.", nameof(rules));
            }
        }
        var unknown = options.Severities.Keys.Concat(options.Disabled).FirstOrDefault(code => !codes.Contains(code));
        if (unknown is not null)
        {
            throw new ArgumentException($"The validation options name the rule '{unknown}', which is not registered.", nameof(options));
        }
    }

    /// <summary>A validator with the built-in rules and the given options, using the system clock unless another is given.</summary>
    public static DatasetValidator CreateDefault(ValidationOptions? options = null, IClock? clock = null)
        => new(ValidationRules.All, options ?? ValidationOptions.Default, clock ?? SystemClock.Instance);

    /// <summary>The options in force.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Every registered rule, enabled or not.</summary>
    public ImmutableArray<RuleDescriptor> Rules => [.. rules.Select(r => r.Descriptor)];

    /// <summary>How many rules are registered and run, and the options: <c>DatasetValidator: 36 rules, 35 enabled; DK104 off</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"DatasetValidator: {rules.Length} rules, {rules.Count(r => Options.IsEnabled(r.Descriptor.Code))} enabled; {Options}");

    /// <summary>Validates a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValidationResult Validate(Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var today = clock.GetCurrentInstant().InZone(Vietnam).Date;
        var enabled = rules.Where(r => Options.IsEnabled(r.Descriptor.Code)).ToArray();
        var perRule = new ImmutableArray<Finding>.Builder[enabled.Length];

        // Rules read the immutable dataset and write only their own findings, so they run side by side; the
        // findings are merged in rule order and sorted, so the report does not depend on the scheduling.
        Parallel.For(0, enabled.Length, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            var rule = enabled[r];
            var descriptor = rule.Descriptor;
            var own = ImmutableArray.CreateBuilder<Finding>();
            var context = new RuleContext(dataset, today, descriptor, Options.SeverityOf(descriptor), own, cancellationToken);
            try
            {
                rule.Validate(context);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                var failure = new RuleContext(dataset, today, RuleFailure.Descriptor, Severity.Error, own, cancellationToken);
                failure.Report(EntityRef.Dataset, null, (MessageArguments.Rule, descriptor.Code), (MessageArguments.Error, exception.GetType().Name + ": " + exception.Message));
            }
            perRule[r] = own;
        });
        cancellationToken.ThrowIfCancellationRequested();
        var findings = perRule.SelectMany(f => f);
        var run = enabled.Select(r => r.Descriptor).ToImmutableArray();
        var ordered = findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Entity.Kind)
            .ThenBy(f => f.Entity.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Entity.Index ?? -1)
            .ToImmutableArray();
        return new ValidationResult(ordered, run);
    }
}
