using DomainKit.Indicators;
using DomainKit.Submissions;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>The words of the indicator engine's findings.</summary>
internal static class IndicatorTexts
{
    public static readonly LocalizedText Unknown = new("không có chỉ tiêu với mã này", "no indicator has this code");

    public static readonly LocalizedText CannotAdd = new(
        "không cộng được với số liệu khác của cùng chỉ tiêu (khác đơn vị tính, hoặc tỷ lệ báo cáo hai lần)",
        "it cannot be added to the other figures of the indicator (another unit of measure, or a rate stated twice)");

    public static LocalizedText OtherKind(Indicator indicator) => new(
        $"chỉ tiêu {indicator.Name.Vietnamese} là {KindName(indicator.Kind).Vietnamese}, số liệu thì không",
        $"the indicator {indicator.Name.English} is {KindName(indicator.Kind).English} and the figure is not");

    /// <summary>The indicator's name, with the breakdown's keys: <c>Mô hình đang thực hiện (field-root: economy)</c>.</summary>
    public static LocalizedText What(Indicator indicator, IReadOnlyList<FigureKey> keys)
    {
        if (keys.Count == 0)
        {
            return indicator.Name;
        }
        var detail = string.Join(", ", keys.Select(k => $"{k.Dimension}: {k.Value}"));
        return new($"{indicator.Name.Vietnamese} ({detail})", $"{indicator.Name.English} ({detail})");
    }

    private static LocalizedText KindName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => new("số đếm", "a count"),
        IndicatorKind.Money => new("số tiền", "an amount of money"),
        IndicatorKind.Quantity => new("số lượng có đơn vị tính", "a quantity"),
        _ => new("tỷ lệ", "a rate"),
    };
}
