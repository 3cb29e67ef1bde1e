using System.Reflection;
using System.Text.RegularExpressions;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Interchange;
using DomainKit.Reconciliation;
using DomainKit.Submissions.Checks;
using DomainKit.Validation;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// Every <c>{placeholder}</c> of every message template, in Vietnamese and in English, is a value the code that raises
/// the finding supplies: a placeholder nobody fills would be written as <c>{name}</c> in front of a user. The names the
/// code supplies are read from its compiled IL: the strings (argument names and their constants) that the types which
/// raise a descriptor load.
/// </summary>
public sealed partial class MessageTemplateTests
{
    private static readonly Assembly Library = typeof(Dataset).Assembly;
    private static readonly Lazy<MethodBodies> Bodies = new(() => MethodBodies.Read(Library.Location));

    // Reconciliation checks report through one context, which adds the figure's label and quote to every finding.
    private const string FigureContext = "DomainKit.Reconciliation.Checks.FigureContext";

    public static TheoryData<string> Codes => new(Raisers().Select(r => r.Descriptor.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_placeholder_of_a_message_is_supplied_by_the_code_that_raises_it(string code)
    {
        var (descriptor, raisers) = Raisers().Single(r => r.Descriptor.Code == code);
        Assert.NotEmpty(raisers);
        var supplied = raisers.SelectMany(type => Bodies.Value.StringsOf(type)).ToHashSet(StringComparer.Ordinal);

        var missing = Placeholders(descriptor).Where(name => !supplied.Contains(name)).ToList();

        Assert.True(missing.Count == 0, $"{code} ({string.Join(", ", raisers)}) does not supply {string.Join(", ", missing)}.");
    }

    [Fact]
    public void A_placeholder_the_code_does_not_supply_is_found()
    {
        var descriptor = ValidationRules.All.Single(r => r.Descriptor.Code == "DK504");
        var supplied = Bodies.Value.StringsOf(descriptor.GetType().FullName!);
        var misspelt = new RuleDescriptor("DK504", "Misspelt", Severity.Error, descriptor.Descriptor.Title,
            new("{stated} khác {computd}", "{stated} is not {computd}"));

        Assert.Equal(["computd"], Placeholders(misspelt).Where(name => !supplied.Contains(name)));
    }

    private static IEnumerable<string> Placeholders(RuleDescriptor descriptor)
        => Placeholder().Matches(descriptor.Message.Vietnamese).Concat(Placeholder().Matches(descriptor.Message.English))
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal);

    // Each descriptor with the types whose code raises it: a rule's own type; for the descriptors that static classes
    // hold (reconciliation, import, report, approval replay, a failed rule), the types that call the property's getter.
    private static IEnumerable<(RuleDescriptor Descriptor, IReadOnlyList<string> Raisers)> Raisers()
    {
        foreach (var rule in ValidationRules.All)
        {
            yield return (rule.Descriptor, [rule.GetType().FullName!]);
        }
        Type[] holders = [typeof(ReconciliationRules), typeof(ImportRules), typeof(ReportRules), typeof(IndicatorRules), typeof(ApprovalRules), typeof(SubmissionRules), Library.GetType("DomainKit.Validation.Rules.RuleFailure", throwOnError: true)!];
        foreach (var holder in holders)
        {
            foreach (var property in holder.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(RuleDescriptor)))
            {
                var raisers = Bodies.Value.TypesCalling($"{holder.FullName}::get_{property.Name}")
                    .Where(type => type != holder.FullName && type != typeof(ValidationRules).FullName)
                    .ToList();
                if (holder == typeof(ReconciliationRules))
                {
                    raisers.Add(FigureContext);
                }
                yield return ((RuleDescriptor)property.GetValue(null)!, raisers);
            }
        }
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
