namespace DomainKit.Text;

/// <summary>How each <see cref="ParseFailure"/> is worded, in Vietnamese and English, for messages that say why.</summary>
internal static class ParseFailures
{
    private static readonly LocalizedText[] Reasons = Build();

    public static LocalizedText Reason(ParseFailure failure)
        => (int)failure is var i && i >= 0 && i < Reasons.Length ? Reasons[i] : Reasons[(int)ParseFailure.Empty];

    private static LocalizedText[] Build()
    {
        var reasons = new LocalizedText[Enum.GetValues<ParseFailure>().Length];
        foreach (var failure in Enum.GetValues<ParseFailure>())
        {
            reasons[(int)failure] = failure switch
            {
                ParseFailure.None => new(string.Empty, string.Empty),
                ParseFailure.Empty => new("ô trống", "the text is empty"),
                ParseFailure.UnexpectedCharacter => new("có ký tự không thuộc giá trị", "it holds a character no such value has"),
                ParseFailure.BadDigitGrouping => new(
                    "các chữ số phân nhóm sai: mỗi nhóm sau nhóm đầu phải có ba chữ số (6.100.542.700)",
                    "the digits are grouped wrongly: each group after the first must have three digits (6.100.542.700)"),
                ParseFailure.LeadingZero => new("số bắt đầu bằng chữ số 0", "a number starts with 0"),
                ParseFailure.DecimalWithoutScale => new("số thập phân cần đơn vị như tỷ, triệu (2,5 tỷ)", "a decimal needs a scale word such as tỷ or triệu (2,5 tỷ)"),
                ParseFailure.TooManyDecimals => new("nhiều chữ số thập phân hơn đơn vị cho phép", "it has more decimals than its scale word holds"),
                ParseFailure.ScaleOrder => new("các đơn vị tỷ, triệu, nghìn không theo thứ tự giảm dần", "the scale words are not in decreasing order"),
                ParseFailure.MissingCurrency => new("số đồng lẻ sau tỷ, triệu cần chữ đồng (2 tỷ 700 đồng)", "đồng after scaled figures need the currency word (2 tỷ 700 đồng)"),
                ParseFailure.MisplacedSign => new("dấu trừ đặt sai chỗ, hoặc số tiền ước lượng mang dấu âm", "a minus sign is out of place, or stands before a qualified amount"),
                ParseFailure.NoFigure => new("không có con số nào", "it holds no figure"),
                ParseFailure.UnexpectedText => new("có chữ khác trước hoặc sau giá trị", "other text stands before or after the value"),
                ParseFailure.Overflow => new("vượt quá giới hạn 64 bit", "it does not fit in 64 bits"),
                ParseFailure.NoAmount => new("không có số tiền nào thỏa mãn", "the statement allows no amount at all"),
                ParseFailure.NotExact => new("số tiền ước lượng (trên, khoảng, ...) không phải số chính xác", "a qualified amount (over, about, ...) is not an exact figure"),
                ParseFailure.UnknownForm => new("không có dạng của mã kỳ", "it has none of the forms of a period id"),
                ParseFailure.OutOfRange => new(
                    "năm, nửa năm, quý hoặc tháng vượt giới hạn (năm 1 đến 9999, nửa năm 1 hoặc 2, quý 1 đến 4, tháng 1 đến 12)",
                    "a year, half, quarter or month is out of range (years 1 to 9999, halves 1 or 2, quarters 1 to 4, months 1 to 12)"),
                ParseFailure.BadDate => new("có ngày không có trong lịch", "a date is not a day of the calendar"),
                ParseFailure.EndBeforeStart => new("kết thúc trước khi bắt đầu", "it ends before it starts"),
                ParseFailure.MissingUnit => new("số đo thiếu đơn vị đo (12,5 km)", "a measured quantity needs its unit of measure (12,5 km)"),
                ParseFailure.DigitsAfterScale => new(
                    "số lẻ sau tỷ, triệu, nghìn không rõ là bao nhiêu (1 triệu 200: 200 nghìn hay 200?)",
                    "digits after scaled figures are ambiguous (1 triệu 200: 200 nghìn, or 200?)"),
                _ => throw new InvalidOperationException($"No words for {failure}."),
            };
        }
        return reasons;
    }
}
