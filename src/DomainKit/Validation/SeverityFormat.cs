using DomainKit.Text;

namespace DomainKit.Validation;

/// <summary>Writes a <see cref="Severity"/> as a word: "lỗi", "cảnh báo", "thông tin"; "error", "warning", "info".</summary>
public static class SeverityFormat
{
    /// <summary>The word for <paramref name="severity"/> in <paramref name="culture"/>, lower case.</summary>
    public static string Format(Severity severity, TextCulture culture) => culture == TextCulture.Vietnamese
        ? severity switch { Severity.Error => "lỗi", Severity.Warning => "cảnh báo", _ => "thông tin" }
        : severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
}
