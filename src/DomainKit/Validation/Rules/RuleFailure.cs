namespace DomainKit.Validation.Rules;

/// <summary>The finding that stands in for a rule that threw, so a faulty rule cannot hide the others' findings.</summary>
internal static class RuleFailure
{
    public const string Code = "DK100";

    public static RuleDescriptor Descriptor { get; } = new(
        Code, "RuleFailed", Severity.Error,
        new("Quy tắc kiểm tra bị lỗi", "A validation rule failed"),
        new("Quy tắc {rule} bị lỗi khi chạy và không kiểm tra hết dữ liệu: {error}.",
            "The rule {rule} failed while running and did not check all the data: {error}."));
}
