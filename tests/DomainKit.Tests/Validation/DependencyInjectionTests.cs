using DomainKit.Funds;
using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>services.AddDomainKit: rules, options and the clock through dependency injection.</summary>
public sealed class DependencyInjectionTests
{
    public sealed class EveryFundRule : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new("APP200", "EveryFund", Severity.Info,
            new("Mỗi quỹ", "Every fund"), new("Quỹ {name}.", "Fund {name}."));

        public void Validate(RuleContext context)
        {
            foreach (var fund in context.Dataset.Funds)
            {
                context.Report(EntityRef.ForFund(fund.Id), null, ("name", fund.Name));
            }
        }
    }

    [Fact]
    public void Apps_extend_the_builder_with_extension_methods_of_their_own()
    {
        var services = new ServiceCollection();

        services.AddDomainKit(kit => kit.AddFundReminders());

        var validator = services.BuildServiceProvider().GetRequiredService<DatasetValidator>();
        Assert.Contains(validator.Rules, d => d.Code == "APP200");
        Assert.Same(services, new DomainKitBuilderProbe(services).Services);
    }

    // What an app's own feature package would write: an extension method on the builder interface.
    private sealed class DomainKitBuilderProbe(IServiceCollection services) : IDomainKitBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private static TestData WithGoodsAndFutureDate()
    {
        var data = Valid().WithCommendation(c => c with { Date = D(2025, 1, 2) });
        data.Entries.Add(new InKindReceipt(TheFund, D(2023, 5, 1), new Goods("gạo", 2_500m, "kg")));
        return data;
    }

    [Fact]
    public void Custom_rules_and_rule_settings_come_through_the_service_collection()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(TestClock.On(Today));
        services.AddDomainKit(kit => kit.AddRule<EveryFundRule>().ConfigureRule("DK503", Severity.Error).DisableRule("DK104"));
        using var provider = services.BuildServiceProvider();

        var validator = provider.GetRequiredService<DatasetValidator>();
        var report = validator.Validate(WithGoodsAndFutureDate().Build());

        var custom = Expect.One(report, "APP200");
        Assert.Equal(EntityRef.ForFund(TheFund), custom.Entity);
        Assert.Equal("Fund Quỹ tiết kiệm vì người nghèo.", custom.Message.English);
        Assert.Equal(Severity.Error, Expect.One(report, "DK503").Severity);
        Expect.None(report, "DK104");
        Assert.DoesNotContain(report.RulesRun, r => r.Code == "DK104");
        Assert.Contains(validator.Rules, r => r.Code == "DK104");
        Assert.Equal("APP200", validator.Rules[^1].Code);
    }

    [Fact]
    public void Without_settings_the_built_in_rules_run_at_their_default_severities()
    {
        using var provider = new ServiceCollection().AddSingleton<IClock>(TestClock.On(Today)).AddDomainKit().BuildServiceProvider();

        var report = provider.GetRequiredService<DatasetValidator>().Validate(WithGoodsAndFutureDate().Build());

        Assert.Equal(Severity.Warning, Expect.One(report, "DK503").Severity);
        Assert.Equal(Severity.Warning, Expect.One(report, "DK104").Severity);
        Assert.Equal(ValidationRules.All.Select(r => r.Descriptor.Code), report.RulesRun.Select(r => r.Code));
    }

    [Fact]
    public void Adding_DomainKit_twice_registers_each_built_in_rule_once()
    {
        var services = new ServiceCollection();
        services.AddDomainKit(kit => kit.AddRule<EveryFundRule>());
        services.AddDomainKit(kit => kit.AddRule<EveryFundRule>().DisableRule("DK104"));
        using var provider = services.BuildServiceProvider();

        var rules = provider.GetServices<IValidationRule>().Select(r => r.Descriptor.Code).ToList();
        var validator = provider.GetRequiredService<DatasetValidator>();

        Assert.Equal(ValidationRules.All.Length + 1, rules.Count);
        Assert.Equal(rules.Count, rules.Distinct().Count());
        Assert.Equal(ValidationRules.All.Length + 1, validator.Rules.Length);
        Assert.Same(validator, provider.GetRequiredService<DatasetValidator>());
        Assert.False(validator.Options.IsEnabled("DK104"));
    }

    [Fact]
    public void Settings_of_both_calls_add_up()
    {
        var services = new ServiceCollection();
        services.AddDomainKit(kit => kit.ConfigureRule("DK503", Severity.Error));
        services.AddDomainKit(kit => kit.DisableRule("DK104"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<DatasetValidator>().Options;

        Assert.Equal(Severity.Error, options.Severities["DK503"]);
        Assert.False(options.IsEnabled("DK104"));
    }

    [Fact]
    public void A_registered_clock_replaces_the_system_clock()
    {
        var data = Valid().Build();
        using var early = new ServiceCollection().AddSingleton<IClock>(TestClock.On(D(2023, 6, 1))).AddDomainKit().BuildServiceProvider();
        using var late = new ServiceCollection().AddSingleton<IClock>(TestClock.On(Today)).AddDomainKit().BuildServiceProvider();

        Assert.Same(early.GetRequiredService<IClock>(), early.GetServices<IClock>().Single());
        var findings = Expect.Some(early.GetRequiredService<DatasetValidator>().Validate(data), "DK104");
        Assert.Contains(findings, f => f.Entity == EntityRef.ForCommendation(TheCommendation));
        Assert.All(findings, f => Assert.Equal(D(2023, 6, 1), Expect.Arg<LocalDate>(f, "today")));
        Expect.Clean(late.GetRequiredService<DatasetValidator>().Validate(data));
    }

    [Fact]
    public void A_clock_registered_after_DomainKit_is_used_too()
    {
        using var provider = new ServiceCollection().AddDomainKit().AddSingleton<IClock>(TestClock.On(D(2023, 6, 1))).BuildServiceProvider();

        Expect.Some(provider.GetRequiredService<DatasetValidator>().Validate(Valid().Build()), "DK104");
    }

    [Fact]
    public void Without_a_registered_clock_the_system_clock_is_used()
    {
        using var provider = new ServiceCollection().AddDomainKit().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Disabling_an_unknown_rule_makes_resolving_the_validator_throw()
    {
        using var provider = new ServiceCollection().AddDomainKit(kit => kit.DisableRule("DK999")).BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<DatasetValidator>());
        Assert.Contains("DK999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuring_an_unknown_rule_makes_resolving_the_validator_throw()
    {
        using var provider = new ServiceCollection().AddDomainKit(kit => kit.ConfigureRule("DK999", Severity.Info)).BuildServiceProvider();

        Assert.Throws<ArgumentException>(() => provider.GetRequiredService<DatasetValidator>());
    }

    [Fact]
    public void A_rule_instance_can_be_added()
    {
        using var provider = new ServiceCollection().AddDomainKit(kit => kit.AddRule(new EveryFundRule())).BuildServiceProvider();

        Assert.Contains(provider.GetRequiredService<DatasetValidator>().Rules, r => r.Code == "APP200");
    }

    [Fact]
    public void Blank_codes_and_null_arguments_are_rejected()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddDomainKit());
        Assert.ThrowsAny<ArgumentException>(() => services.AddDomainKit(kit => kit.DisableRule(" ")));
        Assert.ThrowsAny<ArgumentException>(() => services.AddDomainKit(kit => kit.ConfigureRule("", Severity.Info)));
        Assert.Throws<ArgumentNullException>(() => services.AddDomainKit(kit => kit.AddRule(null!)));
    }
}

internal static class FundReminderBuilderExtensions
{
    public static IDomainKitBuilder AddFundReminders(this IDomainKitBuilder builder)
        => DomainKitBuilderExtensions.AddRule<DependencyInjectionTests.EveryFundRule>(builder);
}
