using System.Text;
using System.Text.Json;
using DomainKit.Interchange.Json;
using DomainKit.Text;

namespace DomainKit.Interchange.Submissions;

/// <summary>What a <see cref="JsonNode"/> is.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with the line and column it starts at, so that a problem found while the records are built from it
/// can say where it is. Numbers keep their text, so that a decimal reads back with its scale (<c>1.250</c>).
/// </summary>
internal sealed class JsonNode
{
    public required JsonNodeKind Kind { get; init; }

    public long Line { get; init; }

    public long Column { get; init; }

    /// <summary>The text of a string, or a number as written; <see langword="null"/> for anything else.</summary>
    public string? Text { get; init; }

    /// <summary>An object's properties in their order, repeats included.</summary>
    public List<(string Name, JsonNode Value)> Properties { get; } = [];

    /// <summary>An array's items in their order.</summary>
    public List<JsonNode> Items { get; } = [];

    /// <summary>The value as written, for a problem: a string or number's text, or the kind of value.</summary>
    public string Shown => Kind switch
    {
        JsonNodeKind.String or JsonNodeKind.Number => Text!,
        JsonNodeKind.True => "true",
        JsonNodeKind.False => "false",
        JsonNodeKind.Null => "null",
        JsonNodeKind.Object => "{…}",
        _ => "[…]",
    };
}

/// <summary>
/// Reads a whole JSON document into <see cref="JsonNode"/>s with their positions, or says where and why it cannot:
/// the submissions format is read whole, as a set of submissions is a few megabytes where a dataset can be gigabytes.
/// </summary>
internal static class JsonTree
{
    /// <summary>The document, or the line, column and reason of the first place it cannot be read past.</summary>
    public static (JsonNode? Root, long Line, long Column, LocalizedText Reason) Parse(byte[] bytes, int length, ImportOptions options)
    {
        var data = bytes.AsSpan(0, length);
        var start = data.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var positions = new JsonPositions();
        var body = data[start..];
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, 1, 1, Reasons.Empty);
        }
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return (null, 1, 1, Reasons.Empty);
            }
            var root = ReadValue(ref reader, body, positions, options.MaxFieldLength);
            if (root is null)
            {
                var (line, column) = positions.At(body, (int)reader.TokenStartIndex);
                return (null, line, column, Reasons.TooLong(options.MaxFieldLength));
            }
            if (reader.Read())
            {
                var (line, column) = positions.At(body, (int)reader.TokenStartIndex);
                return (null, line, column, Reasons.Syntax);
            }
            return (root, 0, 0, default);
        }
        catch (JsonException e)
        {
            var (line, column, _) = new JsonPositions().AtReaderPosition(body, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var reason = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? Reasons.TooDeep(options.MaxDepth)
                : e.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) ? Reasons.NotUtf8
                : reader.BytesConsumed >= body.Length ? Reasons.EndsEarly : Reasons.Syntax;
            return (null, line, column, reason);
        }
        catch (InvalidOperationException)
        {
            // A string that is not UTF-8 is found when its text is asked for.
            var (line, column) = new JsonPositions().At(body, (int)reader.TokenStartIndex);
            return (null, line, column, Reasons.NotUtf8);
        }
    }

    // Null when a string or property name is longer than the limit.
    private static JsonNode? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, JsonPositions positions, int maxLength)
    {
        var (line, column) = positions.At(body, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode { Kind = JsonNodeKind.Object, Line = line, Column = column };
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    if (name.Length > maxLength || !reader.Read())
                    {
                        return null;
                    }
                    var value = ReadValue(ref reader, body, positions, maxLength);
                    if (value is null)
                    {
                        return null;
                    }
                    obj.Properties.Add((name, value));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode { Kind = JsonNodeKind.Array, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadValue(ref reader, body, positions, maxLength);
                    if (item is null)
                    {
                        return null;
                    }
                    array.Items.Add(item);
                }
                return array;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return text.Length > maxLength ? null : new JsonNode { Kind = JsonNodeKind.String, Line = line, Column = column, Text = text };
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
                return raw.Length > maxLength ? null : new JsonNode { Kind = JsonNodeKind.Number, Line = line, Column = column, Text = raw };
            case JsonTokenType.True:
                return new JsonNode { Kind = JsonNodeKind.True, Line = line, Column = column };
            case JsonTokenType.False:
                return new JsonNode { Kind = JsonNodeKind.False, Line = line, Column = column };
            default:
                return new JsonNode { Kind = JsonNodeKind.Null, Line = line, Column = column };
        }
    }
}
