namespace DomainKit.Interchange.Csv;

/// <summary>How <see cref="CsvWriter"/> writes a text cell.</summary>
internal enum CsvQuoting
{
    /// <summary>
    /// For data that is read back: control and bidirectional characters escaped reversibly
    /// (<see cref="Text.UnsafeText.EscapeReversibly"/>), and an empty text quoted, since an empty cell without quotes
    /// is an absent value.
    /// </summary>
    Exact,

    /// <summary>
    /// For reports that spreadsheets open: control and bidirectional characters escaped for the eye
    /// (<see cref="Text.UnsafeText.Escape"/>), and a text a spreadsheet would take for a formula written with a
    /// leading apostrophe (<see cref="Text.SpreadsheetText.Neutralise"/>). An empty text is an empty cell.
    /// </summary>
    FormulaSafe,

    /// <summary>
    /// For data that is read back and opened in spreadsheets (the figures sheet): control and bidirectional characters
    /// escaped reversibly, an empty text quoted, and a text a spreadsheet would take for a formula written with a
    /// leading apostrophe that the reader takes off again (<see cref="Submissions.SheetText"/>).
    /// </summary>
    ExactFormulaSafe,
}
