using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DomainKit.Export.OpenXml;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/>, a row and a cell at a time, so that no part of the
/// sheet is held in memory. Every text is an inline string cell and every number a number cell: the writer has
/// no way to write a formula.
/// </summary>
internal sealed class WorksheetWriter : IDisposable
{
    // The elements are templates: the writer takes their names, and the attributes are given with each call.
    private readonly Row row = new();
    private readonly Cell cell = new();
    private readonly CellValue value = new();
    private readonly InlineString inline = new();
    private readonly DocumentFormat.OpenXml.Spreadsheet.Text text = new();
    private readonly List<OpenXmlAttribute> attributes = new(2);
    private readonly OpenXmlAttribute[] preserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private readonly string[] styleIds;
    private readonly OpenXmlWriter writer;
    private int rowIndex;

    public WorksheetWriter(Stream stream)
    {
        writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        styleIds = [.. Enumerable.Range(0, XlsxStyles.StyleCount).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>How many rows have been started.</summary>
    public int RowCount => rowIndex;

    /// <summary>Starts the sheet: its view (with the first <paramref name="frozenRows"/> rows frozen), its column widths, and its data.</summary>
    public void Start(IReadOnlyList<double> widths, int frozenRows, bool selected)
    {
        writer.WriteStartElement(new Worksheet());
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = selected ? true : null };
        if (frozenRows > 0)
        {
            var topLeft = "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture);
            view.Append(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        writer.WriteElement(new SheetViews(view));
        if (widths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }
            writer.WriteElement(columns);
        }
        writer.WriteStartElement(new SheetData());
    }

    public void StartRow()
    {
        rowIndex++;
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, rowIndex.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(row, attributes);
    }

    public void EndRow() => writer.WriteEndElement();

    /// <summary>A string cell, escaped so that any text is written as it is; an empty text is a cell with no value.</summary>
    public void Text(string content, uint style)
    {
        if (content.Length == 0)
        {
            Empty(style);
            return;
        }
        attributes.Clear();
        AddStyle(style);
        attributes.Add(new OpenXmlAttribute("t", string.Empty, "inlineStr"));
        writer.WriteStartElement(cell, attributes);
        writer.WriteStartElement(inline);
        var escaped = OpenXmlText.ForCell(content);
        if (escaped.Length > 0 && (char.IsWhiteSpace(escaped[0]) || char.IsWhiteSpace(escaped[^1])))
        {
            writer.WriteStartElement(text, preserveSpace);
        }
        else
        {
            writer.WriteStartElement(text);
        }
        writer.WriteString(escaped);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A number cell.</summary>
    public void Number(long number, uint style) => Number(number.ToString(CultureInfo.InvariantCulture), style);

    /// <summary>A number cell.</summary>
    public void Number(decimal number, uint style) => Number(number.ToString(CultureInfo.InvariantCulture), style);

    /// <summary>A cell with a style and no value: missing is not zero.</summary>
    public void Empty(uint style)
    {
        attributes.Clear();
        AddStyle(style);
        writer.WriteStartElement(cell, attributes);
        writer.WriteEndElement();
    }

    /// <summary>Ends the sheet data and the sheet.</summary>
    public void End()
    {
        writer.WriteEndElement();
        writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteEndElement();
    }

    public void Dispose() => writer.Dispose();

    private void Number(string invariant, uint style)
    {
        attributes.Clear();
        AddStyle(style);
        writer.WriteStartElement(cell, attributes);
        writer.WriteStartElement(value);
        writer.WriteString(invariant);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void AddStyle(uint style)
    {
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, styleIds[style]));
        }
    }
}
