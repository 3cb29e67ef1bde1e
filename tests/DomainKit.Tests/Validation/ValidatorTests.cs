using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Testing;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>The validator itself: ordering, options, faulty rules, cancellation and arguments.</summary>
public sealed class ValidatorTests
{
    internal sealed class ThrowingRule : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new("APP001", "AlwaysThrows", Severity.Warning,
            new("Luôn lỗi", "Always throws"), new("Không bao giờ báo.", "Never reports."));

        public void Validate(RuleContext context) => throw new InvalidOperationException("boom");
    }

    internal sealed class NamedRule(string code) : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new(code, "Named", Severity.Info,
            new("Quy tắc {code}", "Rule {code}"), new("Đơn vị {name}.", "Unit {name}."));

        public void Validate(RuleContext context)
        {
            foreach (var unit in context.Dataset.Units)
            {
                context.Report(EntityRef.ForUnit(unit.Id), "Name", ("name", unit.Name));
            }
        }
    }

    internal sealed class CancellingRule(CancellationTokenSource source) : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new("APP002", "Cancels", Severity.Info,
            new("Hủy", "Cancels"), new("Hủy.", "Cancels."));

        public void Validate(RuleContext context) => source.Cancel();
    }

    /// <summary>Data with an error (DK601), two warnings (DK503, DK602) and, with DK505 turned to info, an information.</summary>
    private static TestData Mixed()
    {
        var data = Valid().WithCommendation(c => c with { Title = null, Form = null });
        data.Commendations.Add(new Commendation
        {
            Id = "kt-002",
            Recipient = Recipient.Individual(CommuneId, "Trần Thị Bình"),
            Title = EmulationTitle.EmulationFlag,
            Level = AuthorityLevel.Province,
            Date = D(2023, 12, 28),
        });
        data.Entries.Add(new InKindReceipt(TheFund, D(2023, 5, 1), new Goods("gạo", 2_500m, "kg")));
        data.Entries[1] = ((Disbursement)data.Entries[1]) with { Beneficiaries = new Beneficiaries(1, 2) };
        return data;
    }

    [Fact]
    public void An_entity_reference_writes_its_kind_id_and_position()
    {
        Assert.Equal("fund-entry:pl-tiet-kiem#3", new EntityRef(EntityKind.FundEntry, "pl-tiet-kiem", 3).ToString());
        Assert.Equal("unit:huyen-bu-dang", EntityRef.ForUnit("huyen-bu-dang").ToString());
        Assert.Equal(EntityKind.Dataset, EntityRef.Dataset.Kind);
    }

    [Fact]
    public void Findings_are_sorted_errors_first_then_warnings_then_information()
    {
        var report = Mixed().Validate(ValidationOptions.Default.WithSeverity("DK505", Severity.Info));

        Assert.Equal(["DK601", "DK503", "DK602", "DK505"], report.Findings.Select(f => f.Code));
        Assert.Equal([Severity.Error, Severity.Warning, Severity.Warning, Severity.Info], report.Findings.Select(f => f.Severity));
        Assert.Equal((1, 2, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void The_report_prints_a_summary_line_and_one_line_per_finding()
    {
        var report = Mixed().Validate();

        var english = report.ToString().Split('\n');
        var vietnamese = report.ToString(Text.TextCulture.Vietnamese).Split('\n');

        Assert.Equal("36 rules run: 2 errors, 2 warnings, 0 information", english[0]);
        Assert.Equal("36 quy tắc đã chạy: 2 lỗi, 2 cảnh báo, 0 thông tin", vietnamese[0]);
        Assert.Equal(5, english.Length);
        Assert.StartsWith("DK505 error fund-entry:quy-tk#1.Beneficiaries.Distinct: ", english[1], StringComparison.Ordinal);
        Assert.StartsWith("DK505 lỗi fund-entry:quy-tk#1.Beneficiaries.Distinct: ", vietnamese[1], StringComparison.Ordinal);
    }

    [Fact]
    public void With_severity_changes_the_severity_of_a_rules_findings()
    {
        var report = Mixed().Validate(ValidationOptions.Default.WithSeverity("DK503", Severity.Error));

        Assert.Equal(Severity.Error, Expect.One(report, "DK503").Severity);
        Assert.Equal(Severity.Warning, Expect.One(report, "DK602").Severity);
    }

    [Fact]
    public void With_severity_ignores_the_case_of_the_code()
        => Assert.Equal(Severity.Info, Expect.One(Mixed().Validate(ValidationOptions.Default.WithSeverity("dk503", Severity.Info)), "DK503").Severity);

    [Fact]
    public void A_disabled_rule_does_not_run_and_reports_nothing()
    {
        var report = Mixed().Validate(ValidationOptions.Default.WithRuleDisabled("DK503"));

        Expect.None(report, "DK503");
        Assert.DoesNotContain(report.RulesRun, r => r.Code == "DK503");
        Assert.Equal(ValidationRules.All.Length - 1, report.RulesRun.Length);
        Expect.One(report, "DK602");
    }

    [Fact]
    public void A_disabled_rule_is_still_listed_among_the_validators_rules()
        => Assert.Contains(Validator(ValidationOptions.Default.WithRuleDisabled("DK503")).Rules, r => r.Code == "DK503");

    [Fact]
    public void Options_naming_an_unknown_code_make_the_constructor_throw()
    {
        Assert.Throws<ArgumentException>(() => new DatasetValidator(ValidationRules.All, ValidationOptions.Default.WithRuleDisabled("DK999"), TestClock.On(Today)));
        Assert.Throws<ArgumentException>(() => new DatasetValidator(ValidationRules.All, ValidationOptions.Default.WithSeverity("DK999", Severity.Info), TestClock.On(Today)));
    }

    [Fact]
    public void Options_naming_a_custom_rule_are_accepted()
    {
        var validator = new DatasetValidator([.. ValidationRules.All, new NamedRule("APP100")], ValidationOptions.Default.WithSeverity("APP100", Severity.Error), TestClock.On(Today));

        Assert.All(validator.Validate(Valid().Build()).WithCode("APP100"), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Two_rules_sharing_a_code_make_the_constructor_throw()
    {
        Assert.Throws<ArgumentException>(() => new DatasetValidator([new NamedRule("APP100"), new NamedRule("APP100")], ValidationOptions.Default, TestClock.On(Today)));
        Assert.Throws<ArgumentException>(() => new DatasetValidator([.. ValidationRules.All, new NamedRule("dk501")], ValidationOptions.Default, TestClock.On(Today)));
        Assert.Throws<ArgumentException>(() => new DatasetValidator([new NamedRule("DK100")], ValidationOptions.Default, TestClock.On(Today)));
    }

    [Fact]
    public void A_rule_that_throws_is_reported_as_DK100_and_the_other_rules_still_report()
    {
        var validator = new DatasetValidator([.. ValidationRules.All, new ThrowingRule()], ValidationOptions.Default, TestClock.On(Today));

        var report = validator.Validate(Mixed().Build());

        var failure = Expect.One(report, "DK100");
        Expect.At(failure, "DK100", Severity.Error, EntityRef.Dataset, null);
        Assert.Equal("APP001", Expect.Arg<string>(failure, "rule"));
        Assert.Equal("InvalidOperationException: boom", Expect.Arg<string>(failure, "error"));
        Expect.Says(failure, "Quy tắc APP001 bị lỗi khi chạy", "The rule APP001 failed while running and did not check all the data: InvalidOperationException: boom.");
        Assert.Contains(report.RulesRun, r => r.Code == "APP001");
        Expect.One(report, "DK601");
        Expect.One(report, "DK503");
        Expect.One(report, "DK602");
        Expect.One(report, "DK505");
    }

    [Fact]
    public void A_custom_rules_findings_use_its_message_template()
    {
        var validator = new DatasetValidator([new NamedRule("APP100")], ValidationOptions.Default, TestClock.On(Today));

        var findings = validator.Validate(Valid().Build()).Findings;

        Assert.Equal(3, findings.Length);
        Assert.Contains(findings, f => f.Message == new Text.LocalizedText("Đơn vị Xã Bình Đức.", "Unit Xã Bình Đức."));
    }

    [Fact]
    public void Validating_with_a_cancelled_token_throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Validator().Validate(Valid().Build(), source.Token));
    }

    [Fact]
    public void Cancelling_while_rules_run_throws_instead_of_reporting_the_rule_as_failed()
    {
        using var source = new CancellationTokenSource();
        var validator = new DatasetValidator([new CancellingRule(source), .. ValidationRules.All], ValidationOptions.Default, TestClock.On(Today));

        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(Valid().Build(), source.Token));
    }

    [Fact]
    public void A_null_dataset_throws() => Assert.Throws<ArgumentNullException>(() => Validator().Validate(null!));

    [Fact]
    public void Null_constructor_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new DatasetValidator(null!, ValidationOptions.Default, TestClock.On(Today)));
        Assert.Throws<ArgumentNullException>(() => new DatasetValidator(ValidationRules.All, null!, TestClock.On(Today)));
        Assert.Throws<ArgumentNullException>(() => new DatasetValidator(ValidationRules.All, ValidationOptions.Default, null!));
        Assert.Throws<ArgumentNullException>(() => new DatasetValidator([null!], ValidationOptions.Default, TestClock.On(Today)));
    }

    [Fact]
    public void An_empty_dataset_has_no_findings() => Expect.Clean(Validator().Validate(DomainKit.Data.Dataset.Empty));

    [Fact]
    public void Today_is_the_clocks_date_in_Vietnam()
    {
        // 17:30 UTC on 31/12/2024 is already 01/01/2025 in Vietnam.
        var clock = new FakeClock(Instant.FromUtc(2024, 12, 31, 17, 30));
        var data = Valid().WithCommendation(c => c with { Date = D(2025, 1, 1) });

        Expect.None(Validator(clock: clock).Validate(data.Build()), "DK104");
        Expect.One(Validator(clock: new FakeClock(Instant.FromUtc(2024, 12, 31, 16, 30))).Validate(data.Build()), "DK104");
    }

    [Fact]
    public void Every_built_in_rule_has_a_distinct_code_of_the_DK_form()
    {
        var codes = ValidationRules.All.Select(r => r.Descriptor.Code).Append(ValidationRules.RuleFailureDescriptor.Code).ToList();

        Assert.Equal(37, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(codes, code => Assert.Matches("^DK[1-7][0-9]{2}$", code));
        Assert.Equal(codes.Take(36).Order(StringComparer.Ordinal), codes.Take(36));
    }
}
