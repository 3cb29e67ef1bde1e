using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export;

/// <summary>
/// The fixed words of the Markdown and HTML renderings of results that are not reports (import results, datasets),
/// in Vietnamese and English; findings use the words of the HTML page's findings table.
/// </summary>
internal static class RenderingText
{
    /// <summary>The heading of the problems of an import.</summary>
    public static string Problems(TextCulture culture) => culture == TextCulture.Vietnamese ? "Vấn đề khi đọc dữ liệu" : "Problems reading the data";

    /// <summary>The headers of the problems table: code, severity, file, line, column, field, value, message.</summary>
    public static IReadOnlyList<string> ProblemHeaders(TextCulture culture) => culture == TextCulture.Vietnamese
        ? ["Mã", "Mức độ", "Tệp", "Dòng", "Cột", "Trường", "Giá trị", "Nội dung"]
        : ["Code", "Severity", "File", "Line", "Column", "Field", "Value", "Message"];

    /// <summary>The heading of a dataset's summary.</summary>
    public static string Dataset(TextCulture culture) => culture == TextCulture.Vietnamese ? "Bộ dữ liệu" : "Dataset";

    /// <summary>The headers of a dataset's summary: the kind of record, and how many.</summary>
    public static IReadOnlyList<string> DatasetHeaders(TextCulture culture) => culture == TextCulture.Vietnamese
        ? ["Loại bản ghi", "Số lượng"]
        : ["Kind of record", "Count"];

    /// <summary>Each kind of record of <paramref name="dataset"/> with how many it holds, grouped as counts are in <paramref name="culture"/>.</summary>
    public static IEnumerable<(string Kind, string Count)> Records(Dataset dataset, TextCulture culture)
    {
        (LocalizedText Kind, long Count)[] records =
        [
            (new("Đơn vị", "Units"), dataset.Units.Length),
            (new("Mô hình", "Emulation models"), dataset.Models.Length),
            (new("Đăng ký làm theo", "Pledges"), dataset.Pledges.Length),
            (new("Khoản nộp theo đăng ký", "Pledge payments"), dataset.Payments.Length),
            (new("Quỹ", "Funds"), dataset.Funds.Length),
            (new("Bút toán quỹ", "Fund entries"), dataset.FundEntries.Count),
            (new("Khen thưởng", "Commendations"), dataset.Commendations.Length),
        ];
        return records.Select(r => (r.Kind.In(culture), MessageText.Write(r.Count, culture)));
    }

    /// <summary>A line or column of a file: its number, or empty when it is 0 (not known, or the whole file).</summary>
    public static string Position(long position) => position > 0 ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
