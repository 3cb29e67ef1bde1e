using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export.OpenXml;

/// <summary>The fixed words of the spreadsheet and the document, in both languages.</summary>
internal static class Labels
{
    public static readonly LocalizedText Issuer = new("Cơ quan ban hành", "Issuer");
    public static readonly LocalizedText Number = new("Số", "No.");
    public static readonly LocalizedText Signer = new("Người ký", "Signed by");
    public static readonly LocalizedText Place = new("Địa danh", "Place");
    public static readonly LocalizedText Date = new("Ngày", "Date");
    public static readonly LocalizedText Period = new("Kỳ báo cáo", "Period");
    public static readonly LocalizedText Tables = new("Bảng số liệu", "Tables");
    public static readonly LocalizedText Sheet = new("Trang tính", "Sheet");
    public static readonly LocalizedText Notes = new("Ghi chú", "Notes");
    public static readonly LocalizedText Findings = new("Kết quả kiểm tra số liệu", "Findings");
    public static readonly LocalizedText Code = new("Mã", "Code");
    public static readonly LocalizedText Severity = new("Mức độ", "Severity");
    public static readonly LocalizedText Entity = new("Đối tượng", "Entity");
    public static readonly LocalizedText Field = new("Trường", "Field");
    public static readonly LocalizedText Message = new("Nội dung", "Message");
    public static readonly LocalizedText Country = new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM");
    public static readonly LocalizedText Motto = new("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");

    public static string Of(Severity severity, TextCulture culture) => severity switch
    {
        Validation.Severity.Error => culture == TextCulture.Vietnamese ? "Lỗi" : "Error",
        Validation.Severity.Warning => culture == TextCulture.Vietnamese ? "Cảnh báo" : "Warning",
        _ => culture == TextCulture.Vietnamese ? "Thông tin" : "Information",
    };
}
