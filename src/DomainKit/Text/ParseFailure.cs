namespace DomainKit.Text;

/// <summary>
/// Why a text is not a value, as <see cref="ParseResult{T}.Failure"/> says it; <see cref="ParseResult{T}.Reason"/>
/// words it in both languages. Values are added at the end, so a number keeps its meaning.
/// </summary>
public enum ParseFailure
{
    /// <summary>The text was read: no failure.</summary>
    None = 0,

    /// <summary>The text is empty or white space.</summary>
    Empty,

    /// <summary>A character that no form of the value holds (<c>12$</c>).</summary>
    UnexpectedCharacter,

    /// <summary>Thousands grouped wrongly: a group after the first must have three digits (<c>85.300.00đ</c>, <c>1.00.000</c>).</summary>
    BadDigitGrouping,

    /// <summary>A number written with a leading zero (<c>0100</c>).</summary>
    LeadingZero,

    /// <summary>A decimal figure without a scale word to count it in (<c>2,5</c>, where <c>2,5 tỷ</c> is meant).</summary>
    DecimalWithoutScale,

    /// <summary>More decimals than the scale word holds (<c>1,0000000001 tỷ</c>).</summary>
    TooManyDecimals,

    /// <summary>Scale words out of decreasing order (<c>5 triệu 3 tỷ</c>), or a figure after a decimal one.</summary>
    ScaleOrder,

    /// <summary>Đồng after scaled figures without the currency word (<c>1 tỷ 2</c>, which speech reads as 1,2 tỷ).</summary>
    MissingCurrency,

    /// <summary>A minus sign apart from its figure, or before a qualified amount (<c>trên -5 tỷ</c>).</summary>
    MisplacedSign,

    /// <summary>No figure at all (<c>đồng</c>).</summary>
    NoFigure,

    /// <summary>Other text before or after the value (<c>5 tỷ đồng chẵn</c>).</summary>
    UnexpectedText,

    /// <summary>The number does not fit in 64 bits.</summary>
    Overflow,

    /// <summary>The statement allows no amount at all (<c>dưới 0 đồng</c>).</summary>
    NoAmount,

    /// <summary>A qualified amount (<c>khoảng 5 tỷ</c>) where an exact figure is needed.</summary>
    NotExact,

    /// <summary>Not one of the forms of a period id (<c>2023</c>, <c>2023Q4</c>, <c>YTD2023-11-10</c>, ...).</summary>
    UnknownForm,

    /// <summary>A year outside 1 to 9999, a half other than 1 or 2, a quarter other than 1 to 4, or a month other than 1 to 12.</summary>
    OutOfRange,

    /// <summary>A date that is not a day of the calendar (<c>2023-02-30</c>).</summary>
    BadDate,

    /// <summary>A range or term that ends before it starts (<c>2025/2021</c>).</summary>
    EndBeforeStart,

    /// <summary>A measured quantity without its unit of measure (<c>12,5</c> where <c>12,5 km</c> is meant).</summary>
    MissingUnit,

    /// <summary>Digits after scaled figures of a count with nothing to say what they count (<c>1 triệu 200</c>: 200 nghìn, or 200?).</summary>
    DigitsAfterScale,
}
