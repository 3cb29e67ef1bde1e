using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export.Html;

/// <summary>The fixed words of the HTML page, in Vietnamese and English.</summary>
internal static class HtmlWords
{
    public static string Language(TextCulture culture) => culture == TextCulture.Vietnamese ? "vi" : "en";

    public static string Period(TextCulture culture) => culture == TextCulture.Vietnamese ? "Kỳ báo cáo" : "Reporting period";

    public static string Findings(TextCulture culture) => culture == TextCulture.Vietnamese ? "Kết quả kiểm tra số liệu" : "Findings";

    /// <summary>What goes before a document's number: "Số: ".</summary>
    public static string Number(TextCulture culture) => culture == TextCulture.Vietnamese ? "Số: " : "No. ";

    /// <summary>What goes before the signer's name: "Người ký: ".</summary>
    public static string Signer(TextCulture culture) => culture == TextCulture.Vietnamese ? "Người ký: " : "Signed by: ";

    public static string Notes(TextCulture culture) => culture == TextCulture.Vietnamese ? "Ghi chú" : "Notes";

    /// <summary>The headers of the findings table: code, severity, item, field, message.</summary>
    public static IReadOnlyList<string> FindingHeaders(TextCulture culture) => culture == TextCulture.Vietnamese
        ? ["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"]
        : ["Code", "Severity", "Item", "Field", "Message"];

    public static string Severity(Severity severity, TextCulture culture) => (severity, culture) switch
    {
        (Validation.Severity.Error, TextCulture.Vietnamese) => "Lỗi",
        (Validation.Severity.Warning, TextCulture.Vietnamese) => "Cảnh báo",
        (_, TextCulture.Vietnamese) => "Thông tin",
        (Validation.Severity.Error, _) => "Error",
        (Validation.Severity.Warning, _) => "Warning",
        _ => "Info",
    };

    /// <summary>The CSS class of a finding's row.</summary>
    public static string SeverityClass(Severity severity) => severity switch
    {
        Validation.Severity.Error => "error",
        Validation.Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>What a chart shows, for screen readers and as its title: "Biểu đồ Mô hình đang hoạt động theo Lĩnh vực chính".</summary>
    public static string ChartOf(string measure, string dimension, TextCulture culture) => culture == TextCulture.Vietnamese
        ? $"Biểu đồ {measure} theo {dimension}"
        : $"Chart of {measure} by {dimension}";
}
