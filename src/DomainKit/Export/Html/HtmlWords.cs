using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export.Html;

/// <summary>The fixed words of the HTML page, in Vietnamese and English.</summary>
internal static class HtmlWords
{
    public static string Language(ReportCulture culture) => culture == ReportCulture.Vietnamese ? "vi" : "en";

    public static string Period(ReportCulture culture) => culture == ReportCulture.Vietnamese ? "Kỳ báo cáo" : "Reporting period";

    public static string Findings(ReportCulture culture) => culture == ReportCulture.Vietnamese ? "Kết quả kiểm tra số liệu" : "Findings";

    public static string Notes(ReportCulture culture) => culture == ReportCulture.Vietnamese ? "Ghi chú" : "Notes";

    /// <summary>The headers of the findings table: code, severity, item, field, message.</summary>
    public static IReadOnlyList<string> FindingHeaders(ReportCulture culture) => culture == ReportCulture.Vietnamese
        ? ["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"]
        : ["Code", "Severity", "Item", "Field", "Message"];

    public static string Severity(Severity severity, ReportCulture culture) => (severity, culture) switch
    {
        (Validation.Severity.Error, ReportCulture.Vietnamese) => "Lỗi",
        (Validation.Severity.Warning, ReportCulture.Vietnamese) => "Cảnh báo",
        (_, ReportCulture.Vietnamese) => "Thông tin",
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
    public static string ChartOf(string measure, string dimension, ReportCulture culture) => culture == ReportCulture.Vietnamese
        ? $"Biểu đồ {measure} theo {dimension}"
        : $"Chart of {measure} by {dimension}";
}
