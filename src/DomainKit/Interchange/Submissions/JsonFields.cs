using System.Globalization;
using DomainKit.Interchange.Json;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// The properties of one JSON object of the submissions format, read with the problems the format defines: a
/// required property missing (DK903), a value of the wrong type or a property given twice (DK904), a property the
/// format does not have (DK905). An error sets <see cref="Failed"/>, and the record is then left out.
/// </summary>
internal sealed class JsonFields
{
    private readonly SubmissionReading reading;
    private readonly JsonNode node;
    private readonly string path;
    private readonly LocalizedText record;
    private readonly Dictionary<string, JsonNode> properties = new(StringComparer.Ordinal);

    public JsonFields(SubmissionReading reading, JsonNode node, string path, LocalizedText record, params string[] known)
    {
        this.reading = reading;
        this.node = node;
        this.path = path;
        this.record = record;
        foreach (var (name, value) in node.Properties)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                reading.Report(ImportRules.UnknownField, value.Line, value.Column, Path(name), null, false, ("field", Path(name)));
            }
            else if (!properties.TryAdd(name, value))
            {
                Fail(value, name, Expected.Once);
            }
        }
    }

    /// <summary>Whether a property could not be read; the record is then left out.</summary>
    public bool Failed { get; private set; }

    /// <summary>The node's position, for problems about the record as a whole.</summary>
    public JsonNode Node => node;

    public string Path(string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The property's value; <see langword="null"/> when absent or JSON null, reported when required.</summary>
    public JsonNode? Get(string name, bool required)
    {
        if (properties.TryGetValue(name, out var value) && value.Kind != JsonNodeKind.Null)
        {
            return value;
        }
        if (required)
        {
            Failed = true;
            var at = value ?? node;
            reading.Report(ImportRules.MissingField, at.Line, at.Column, Path(name), null, true, ("record", record), ("field", Path(name)));
        }
        return null;
    }

    public string? Text(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.String)
        {
            Fail(value, name, Expected.Text);
            return null;
        }
        return value.Text;
    }

    /// <summary>A text that must not be blank: an id or a code.</summary>
    public string? Code(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(value.Text))
        {
            Fail(value, name, Expected.Code);
            return null;
        }
        return value.Text;
    }

    public long? Integer(string name, bool required, long min = long.MinValue)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.Number || !long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min)
        {
            Fail(value, name, min > 0 ? new LocalizedText("một số nguyên từ " + min.ToString(CultureInfo.InvariantCulture), "a whole number from " + min.ToString(CultureInfo.InvariantCulture)) : Expected.Count);
            return null;
        }
        return number;
    }

    public decimal? Decimal(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.Number
            || !decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !ExactNumbers.Holds(number, value.Text))
        {
            Fail(value, name, Expected.Quantity);
            return null;
        }
        return number;
    }

    public T? Code<T>(string name, EnumCodes<T> codes, bool required)
        where T : struct, Enum
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.String || !codes.TryParse(value.Text!, out var parsed))
        {
            Fail(value, name, Expected.OneOf(codes));
            return null;
        }
        return parsed;
    }

    public JsonNode? Object(string name, bool required)
    {
        var value = Get(name, required);
        if (value is not null && value.Kind != JsonNodeKind.Object)
        {
            Fail(value, name, Expected.Object);
            return null;
        }
        return value;
    }

    /// <summary>The items of an array property; empty when absent (or reported when required).</summary>
    public List<JsonNode> Array(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return [];
        }
        if (value.Kind != JsonNodeKind.Array)
        {
            Fail(value, name, Expected.Array);
            return [];
        }
        return value.Items;
    }

    /// <summary>The codes of an array of strings, or <see langword="null"/> when one is not a code.</summary>
    public List<string>? Codes(string name)
    {
        var items = Array(name, required: false);
        var codes = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(item.Text))
            {
                Fail(item, name, Expected.Code);
                return null;
            }
            codes.Add(item.Text);
        }
        return codes;
    }

    /// <summary>Reports the value of <paramref name="name"/> as not what its property holds (DK904) and fails the record.</summary>
    public void Fail(JsonNode value, string name, LocalizedText expected)
    {
        Failed = true;
        reading.Report(ImportRules.InvalidValue, value.Line, value.Column, Path(name), value.Shown, true,
            ("field", Path(name)), ("record", record), ("expected", expected));
    }
}
