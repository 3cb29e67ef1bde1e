using System.Text;
using DomainKit.Examples.Bulletin;
using DomainKit.Export;

namespace DomainKit.Tests.Export;

public sealed class BulletinExporterTests
{
    [Fact]
    public async Task The_custom_exporter_registered_through_DI_writes_the_Binh_Phuoc_bulletin()
    {
        using var stream = new MemoryStream();

        await Program.WriteAsync(stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal("TỈNH ỦY BÌNH PHƯỚC", lines[0]);
        Assert.Contains("▪ Mô hình theo lĩnh vực", lines);
        Assert.Contains("  • Kinh tế: mô hình đang hoạt động 18, mô hình tiêu biểu 3", lines);
        Assert.Contains("  = Tổng cộng: mô hình đang hoạt động 60, mô hình tiêu biểu 14", lines);
        Assert.Contains("  • và 13 dòng khác", lines);
        Assert.StartsWith("⚠ Kiểm tra số liệu: 1 lỗi", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bulletin_lists_no_more_rows_than_asked()
    {
        using var stream = new MemoryStream();

        await new BulletinExporter(maxRowsPerTable: 1).ExportAsync(ExportFixture.BinhPhuoc, stream, ExportOptions.Default with { Tables = ["models-by-field"] });

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Single(lines, l => l.StartsWith("  • Kinh tế", StringComparison.Ordinal) || l.StartsWith("  • Văn hóa", StringComparison.Ordinal));
        Assert.Contains("  • và 3 dòng khác", lines);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulletinExporter(0));
    }
}
