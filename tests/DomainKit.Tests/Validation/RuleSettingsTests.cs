using DomainKit.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>Rule severities and switches from an app's configuration, through the options pattern, checked at start.</summary>
public sealed class RuleSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHost Host(IConfiguration configuration, Action<IDomainKitBuilder>? configure = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddDomainKit(configure);
        builder.Services.Configure<RuleSettings>(configuration.GetSection("DomainKit:Rules"));
        return builder.Build();
    }

    [Fact]
    public async Task Severities_and_disabled_rules_bound_from_configuration_reach_the_validator()
    {
        var configuration = Configuration(("DomainKit:Rules:Severities:DK503", "Error"), ("DomainKit:Rules:Disabled:0", "dk104"));
        using var host = Host(configuration);
        await host.StartAsync();

        var validator = host.Services.GetRequiredService<DatasetValidator>();

        Assert.Equal(Severity.Error, validator.Options.Severities["DK503"]);
        Assert.False(validator.Options.IsEnabled("DK104"));
        var report = validator.Validate(Valid().WithCommendation(c => c with { Date = D(2030, 1, 2) }).Build());
        Expect.None(report, "DK104");
        await host.StopAsync();
    }

    [Fact]
    public async Task Settings_from_configuration_apply_after_the_builders_own()
    {
        var configuration = Configuration(("DomainKit:Rules:Severities:DK503", "Info"));
        using var host = Host(configuration, kit => kit.ConfigureRule("DK503", Severity.Error).ConfigureRule("DK104", Severity.Error));
        await host.StartAsync();

        var options = host.Services.GetRequiredService<DatasetValidator>().Options;

        Assert.Equal(Severity.Info, options.Severities["DK503"]);
        Assert.Equal(Severity.Error, options.Severities["DK104"]);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_misspelt_rule_code_in_configuration_stops_the_host_at_start_naming_it()
    {
        var configuration = Configuration(("DomainKit:Rules:Severities:DK5O3", "Error"), ("DomainKit:Rules:Disabled:0", "DK999"));
        using var host = Host(configuration);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("'DK5O3'", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("'DK999'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_severity_that_is_not_one_is_refused_when_the_validator_is_made()
    {
        var services = new ServiceCollection().AddDomainKit();
        services.Configure<RuleSettings>(s => s.Severities["DK503"] = (Severity)42);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<DatasetValidator>());

        Assert.Contains(error.Failures, f => f.Contains("DK503", StringComparison.Ordinal) && f.Contains("42", StringComparison.Ordinal));
    }

    [Fact]
    public void Settings_apply_to_options_severities_first_then_the_rules_turned_off()
    {
        var settings = new RuleSettings();
        settings.Severities["DK104"] = Severity.Error;
        settings.Disabled.Add("DK104");

        var options = settings.ApplyTo(ValidationOptions.Default);

        Assert.False(options.IsEnabled("DK104"));
        Assert.Equal("DK104 Error, DK104 off", settings.ToString());
        Assert.Equal("(none)", new RuleSettings().ToString());
        Assert.Throws<ArgumentNullException>(() => settings.ApplyTo(null!));
    }

    [Fact]
    public void A_rule_instance_of_a_type_already_added_is_not_added_again()
    {
        var services = new ServiceCollection();
        services.AddDomainKit(kit => kit.AddRule(new DependencyInjectionTests.EveryFundRule()).AddRule<DependencyInjectionTests.EveryFundRule>());
        services.AddDomainKit(kit => kit.AddRule(new DependencyInjectionTests.EveryFundRule()));
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetRequiredService<DatasetValidator>().Rules, r => r.Code == "APP200");
    }
}
