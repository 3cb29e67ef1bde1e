using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Tests.Validation;

public sealed class SeverityFormatTests
{
    [Theory]
    [InlineData(Severity.Error, "lỗi", "error")]
    [InlineData(Severity.Warning, "cảnh báo", "warning")]
    [InlineData(Severity.Info, "thông tin", "info")]
    public void Severities_are_written_as_words_in_each_culture(Severity severity, string vietnamese, string english)
    {
        Assert.Equal(vietnamese, SeverityFormat.Format(severity, TextCulture.Vietnamese));
        Assert.Equal(english, SeverityFormat.Format(severity, TextCulture.English));
    }
}
