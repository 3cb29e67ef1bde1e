using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DomainKit.Export.OpenXml;

/// <summary>The workbook's cell styles: their indices in <c>cellXfs</c> and the stylesheet that defines them.</summary>
internal static class XlsxStyles
{
    /// <summary>The number format of amounts: whole đồng, grouped as the reader's spreadsheet groups.</summary>
    public const string DongFormat = "#,##0 \"đ\"";

    /// <summary>The number format of rates: a percentage with one decimal.</summary>
    public const string RateFormat = "0.0%";

    public const uint Text = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint BoldText = 3;
    public const uint Count = 4;
    public const uint Money = 5;
    public const uint Rate = 6;
    public const uint BoldCount = 7;
    public const uint BoldMoney = 8;
    public const uint BoldRate = 9;

    // A text a spreadsheet would take for a formula if someone retyped it keeps the quote prefix, so that editing
    // the cell keeps it text; the cell is a string cell whatever the style.
    public const uint QuotedText = 10;
    public const uint BoldQuotedText = 11;

    // A figure not reported is the text "–", aligned right like the numbers of its column.
    public const uint Missing = 12;
    public const uint BoldMissing = 13;

    // An exact figure of an indicator report with the mark of its source stays a number; the mark is in its format.
    public const uint CountRecords = 14;
    public const uint MoneyRecords = 15;
    public const uint RateRecords = 16;
    public const uint CountChecked = 17;
    public const uint MoneyChecked = 18;
    public const uint RateChecked = 19;

    /// <summary>How many cell styles there are.</summary>
    public const int StyleCount = 20;

    // An approximate figure is text, aligned right like the numbers of its column.
    public const uint Figure = Missing;

    private const uint DongFormatId = 164;
    private const uint RateFormatId = 165;
    private const uint GroupedIntegerFormatId = 3;

    /// <summary>The style of a text cell.</summary>
    public static uint ForText(string text, bool bold)
    {
        var quoted = text.Length > 0 && text[0] is '=' or '+' or '-' or '@';
        return (quoted, bold) switch
        {
            (true, true) => BoldQuotedText,
            (true, false) => QuotedText,
            (false, true) => BoldText,
            _ => Text,
        };
    }

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DongFormatId, FormatCode = DongFormat },
            new NumberingFormat { NumberFormatId = RateFormatId, FormatCode = RateFormat },
            new NumberingFormat { NumberFormatId = RateFormatId + 1, FormatCode = Marked("#,##0", TableLayout.RecordsMark) },
            new NumberingFormat { NumberFormatId = RateFormatId + 2, FormatCode = Marked(DongFormat, TableLayout.RecordsMark) },
            new NumberingFormat { NumberFormatId = RateFormatId + 3, FormatCode = Marked(RateFormat, TableLayout.RecordsMark) },
            new NumberingFormat { NumberFormatId = RateFormatId + 4, FormatCode = Marked("#,##0", TableLayout.CheckedMark) },
            new NumberingFormat { NumberFormatId = RateFormatId + 5, FormatCode = Marked(DongFormat, TableLayout.CheckedMark) },
            new NumberingFormat { NumberFormatId = RateFormatId + 6, FormatCode = Marked(RateFormat, TableLayout.CheckedMark) })
        { Count = 8 },
        new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 11),
            Font(bold: true, size: 14))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(),
                new RightBorder(),
                new TopBorder(),
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Xf(0, 0),
            Xf(0, 2),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            Xf(0, 1),
            Xf(GroupedIntegerFormatId, 0),
            Xf(DongFormatId, 0),
            Xf(RateFormatId, 0),
            Xf(GroupedIntegerFormatId, 1),
            Xf(DongFormatId, 1),
            Xf(RateFormatId, 1),
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, QuotePrefix = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            Xf(RateFormatId + 1, 0),
            Xf(RateFormatId + 2, 0),
            Xf(RateFormatId + 3, 0),
            Xf(RateFormatId + 4, 0),
            Xf(RateFormatId + 5, 0),
            Xf(RateFormatId + 6, 0))
        { Count = (uint)StyleCount },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    // The mark after the number, quoted so that the spreadsheet shows it as written: #,##0"*".
    private static string Marked(string format, string mark) => format.EndsWith('"') ? format[..^1] + mark + "\"" : format + "\"" + mark + "\"";

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Xf(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? new BooleanValue(true) : null,
        ApplyFont = font != 0 ? new BooleanValue(true) : null,
    };
}
