using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DomainKit.Tests.Export;

/// <summary>
/// Validates a <see cref="JsonElement"/> against a JSON Schema (draft 2020-12) for the subset of keywords the
/// project's schemas use. It stands in for a JSON Schema package, which the package registry here lacks.
/// </summary>
/// <remarks>
/// Supported: <c>type</c> (a name or an array of names, with <c>integer</c> meaning any number without a
/// fraction), <c>properties</c>, <c>required</c>, <c>additionalProperties</c> (a schema or a boolean),
/// <c>items</c>, <c>prefixItems</c>, <c>enum</c>, <c>const</c>, <c>pattern</c> (ECMAScript flavour, unanchored),
/// <c>minimum</c>, <c>minItems</c>, <c>oneOf</c>, <c>anyOf</c>, <c>allOf</c>, <c>$ref</c> to a JSON pointer within
/// the same document (<c>#</c>, <c>#/$defs/name</c>), and boolean schemas. <c>format</c> and the annotations
/// (<c>$schema</c>, <c>$id</c>, <c>$defs</c>, <c>$comment</c>, <c>title</c>, <c>description</c>,
/// <c>examples</c>, <c>default</c>) are accepted and do not constrain. Any other keyword anywhere in the schema
/// makes the constructor throw <see cref="NotSupportedException"/>, so a schema can never silently rely on
/// a keyword this validator would ignore.
/// </remarks>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Keywords =
    [
        "type", "properties", "required", "additionalProperties", "items", "prefixItems", "enum", "const", "pattern",
        "minimum", "minItems", "oneOf", "anyOf", "allOf", "$ref", "format",
        "$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default",
    ];

    private static readonly HashSet<string> TypeNames = ["null", "boolean", "object", "array", "number", "integer", "string"];

    private readonly JsonElement root;
    private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);

    /// <summary>Prepares to validate against <paramref name="schema"/>, checking every keyword it uses.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword or a reference this validator does not implement.</exception>
    /// <exception cref="ArgumentException">A keyword has a value of the wrong shape.</exception>
    public JsonSchemaValidator(JsonElement schema)
    {
        root = schema.Clone();
        CheckSchema(root, "#");
    }

    /// <summary>Reads a schema from a file.</summary>
    public static JsonSchemaValidator FromFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new JsonSchemaValidator(document.RootElement);
    }

    /// <summary>Reads a schema from JSON text.</summary>
    public static JsonSchemaValidator FromText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new JsonSchemaValidator(document.RootElement);
    }

    /// <summary>The errors of <paramref name="instance"/> against the schema; empty when it is valid.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Validate(instance, "", root, "#", errors);
        return errors;
    }

    /// <summary>One way an instance fails the schema.</summary>
    /// <param name="InstancePath">The JSON pointer of the failing value in the instance ("" for the root).</param>
    /// <param name="SchemaPath">The JSON pointer, as a fragment, of the keyword that failed.</param>
    /// <param name="Message">What is wrong.</param>
    public sealed record SchemaError(string InstancePath, string SchemaPath, string Message)
    {
        /// <summary>The error on one line, for test output.</summary>
        public override string ToString() => $"{(InstancePath.Length == 0 ? "(root)" : InstancePath)}: {Message} [{SchemaPath}]";
    }

    // ----- Checking the schema itself -----

    private void CheckSchema(JsonElement schema, string path)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{path}: a schema must be an object or a boolean.");
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var at = path + "/" + Escape(keyword.Name);
            if (!Keywords.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{at}: the keyword '{keyword.Name}' is not supported by this validator.");
            }
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    if (value.ValueKind == JsonValueKind.String ? !TypeNames.Contains(value.GetString()!)
                        : value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String || !TypeNames.Contains(t.GetString()!)))
                    {
                        throw new ArgumentException($"{at}: not a type name or an array of type names.");
                    }
                    break;
                case "properties":
                case "$defs":
                    RequireKind(value, JsonValueKind.Object, at);
                    foreach (var property in value.EnumerateObject())
                    {
                        CheckSchema(property.Value, at + "/" + Escape(property.Name));
                    }
                    break;
                case "required":
                    RequireKind(value, JsonValueKind.Array, at);
                    if (value.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String))
                    {
                        throw new ArgumentException($"{at}: required must list property names.");
                    }
                    break;
                case "additionalProperties":
                case "items":
                    CheckSchema(value, at);
                    break;
                case "prefixItems":
                case "oneOf":
                case "anyOf":
                case "allOf":
                    RequireKind(value, JsonValueKind.Array, at);
                    if (value.GetArrayLength() == 0 && keyword.Name != "prefixItems")
                    {
                        throw new ArgumentException($"{at}: must list at least one schema.");
                    }
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        CheckSchema(item, at + "/" + i++);
                    }
                    break;
                case "enum":
                    RequireKind(value, JsonValueKind.Array, at);
                    break;
                case "pattern":
                    RequireKind(value, JsonValueKind.String, at);
                    PatternOf(value.GetString()!);
                    break;
                case "minimum":
                    RequireKind(value, JsonValueKind.Number, at);
                    break;
                case "minItems":
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var least) || least < 0)
                    {
                        throw new ArgumentException($"{at}: minItems must be a non-negative integer.");
                    }
                    break;
                case "$ref":
                    RequireKind(value, JsonValueKind.String, at);
                    Resolve(value.GetString()!);
                    break;
                case "$schema":
                case "$id":
                case "$comment":
                case "title":
                case "description":
                case "format":
                    RequireKind(value, JsonValueKind.String, at);
                    break;
                default:
                    // const, examples and default take any value.
                    break;
            }
        }
    }

    private static void RequireKind(JsonElement value, JsonValueKind kind, string at)
    {
        if (value.ValueKind != kind)
        {
            throw new ArgumentException($"{at}: expected {kind.ToString().ToLowerInvariant()}, found {value.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (reference != "#" && !reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references within the document are supported, not '{reference}'.");
        }
        var target = root;
        foreach (var raw in reference.Length == 1 ? [] : reference[2..].Split('/'))
        {
            var token = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty(token, out var next))
            {
                target = next;
            }
            else if (target.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < target.GetArrayLength())
            {
                target = target[index];
            }
            else
            {
                throw new ArgumentException($"The reference '{reference}' points at nothing.");
            }
        }
        return target;
    }

    private Regex PatternOf(string pattern)
    {
        if (!patterns.TryGetValue(pattern, out var regex))
        {
            // JSON Schema patterns are ECMA-262 regular expressions; .NET's ECMAScript option is the closest match
            // (\d and \s are ASCII only, as in ECMAScript without the u flag, and no .NET-only constructs).
            regex = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(5));
            patterns.Add(pattern, regex);
        }
        return regex;
    }

    // ----- Validating an instance -----

    private void Validate(JsonElement instance, string at, JsonElement schema, string schemaPath, List<SchemaError> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(new(at, schemaPath, "no value is allowed here"));
            return;
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            var here = schemaPath + "/" + Escape(keyword.Name);
            switch (keyword.Name)
            {
                case "$ref":
                    var reference = value.GetString()!;
                    Validate(instance, at, Resolve(reference), reference, errors);
                    break;
                case "type":
                    if (!(value.ValueKind == JsonValueKind.String
                        ? HasType(instance, value.GetString()!)
                        : value.EnumerateArray().Any(t => HasType(instance, t.GetString()!))))
                    {
                        errors.Add(new(at, here, $"expected {TypeList(value)}, found {KindName(instance)}"));
                    }
                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(option => JsonEquals(option, instance)))
                    {
                        errors.Add(new(at, here, $"{Short(instance)} is not one of {value.GetRawText()}"));
                    }
                    break;
                case "const":
                    if (!JsonEquals(value, instance))
                    {
                        errors.Add(new(at, here, $"{Short(instance)} is not {value.GetRawText()}"));
                    }
                    break;
                case "pattern":
                    if (instance.ValueKind == JsonValueKind.String && !PatternOf(value.GetString()!).IsMatch(instance.GetString()!))
                    {
                        errors.Add(new(at, here, $"{Short(instance)} does not match the pattern {value.GetString()}"));
                    }
                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && CompareNumbers(instance, value) < 0)
                    {
                        errors.Add(new(at, here, $"{instance.GetRawText()} is less than the minimum {value.GetRawText()}"));
                    }
                    break;
                case "minItems":
                    if (instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() < value.GetInt32())
                    {
                        errors.Add(new(at, here, $"{instance.GetArrayLength()} items, fewer than {value.GetInt32()}"));
                    }
                    break;
                case "required":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in value.EnumerateArray().Select(n => n.GetString()!))
                        {
                            if (!instance.TryGetProperty(name, out _))
                            {
                                errors.Add(new(at, here, $"the required property '{name}' is missing"));
                            }
                        }
                    }
                    break;
                case "properties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in instance.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var propertySchema))
                            {
                                Validate(property.Value, at + "/" + Escape(property.Name), propertySchema, here + "/" + Escape(property.Name), errors);
                            }
                        }
                    }
                    break;
                case "additionalProperties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
                        foreach (var property in instance.EnumerateObject())
                        {
                            if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out _))
                            {
                                var before = errors.Count;
                                Validate(property.Value, at + "/" + Escape(property.Name), value, here, errors);
                                if (value.ValueKind == JsonValueKind.False)
                                {
                                    errors.RemoveRange(before, errors.Count - before);
                                    errors.Add(new(at + "/" + Escape(property.Name), here, $"the property '{property.Name}' is not allowed"));
                                }
                            }
                        }
                    }
                    break;
                case "prefixItems":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        var count = Math.Min(value.GetArrayLength(), instance.GetArrayLength());
                        for (var i = 0; i < count; i++)
                        {
                            Validate(instance[i], at + "/" + i, value[i], here + "/" + i, errors);
                        }
                    }
                    break;
                case "items":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        // In draft 2020-12, items applies to the elements after those prefixItems covers.
                        var first = schema.TryGetProperty("prefixItems", out var prefix) ? prefix.GetArrayLength() : 0;
                        for (var i = first; i < instance.GetArrayLength(); i++)
                        {
                            Validate(instance[i], at + "/" + i, value, here, errors);
                        }
                    }
                    break;
                case "allOf":
                    var index = 0;
                    foreach (var branch in value.EnumerateArray())
                    {
                        Validate(instance, at, branch, here + "/" + index++, errors);
                    }
                    break;
                case "anyOf":
                case "oneOf":
                    ValidateAlternatives(instance, at, value, here, keyword.Name == "oneOf", errors);
                    break;
                default:
                    // format and the annotations do not constrain; unknown keywords were refused by the constructor.
                    break;
            }
        }
    }

    private void ValidateAlternatives(JsonElement instance, string at, JsonElement branches, string here, bool exactlyOne, List<SchemaError> errors)
    {
        var matching = new List<int>();
        List<SchemaError>? closest = null;
        var i = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            var branchErrors = new List<SchemaError>();
            Validate(instance, at, branch, here + "/" + i, branchErrors);
            if (branchErrors.Count == 0)
            {
                matching.Add(i);
            }
            else if (closest is null || branchErrors.Count < closest.Count)
            {
                closest = branchErrors;
            }
            i++;
        }
        if (matching.Count == 0)
        {
            // The errors of the branch that came closest say more than "matches none" alone.
            errors.Add(new(at, here, $"matches none of the {i} alternatives"));
            errors.AddRange(closest ?? []);
        }
        else if (exactlyOne && matching.Count > 1)
        {
            errors.Add(new(at, here, $"matches {matching.Count} alternatives ({string.Join(", ", matching)}), not exactly one"));
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "null" => instance.ValueKind == JsonValueKind.Null,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && IsWhole(instance),
        _ => false,
    };

    // 1.0 and 1e3 are integers in JSON Schema: the value counts, not the spelling.
    private static bool IsWhole(JsonElement number)
    {
        if (number.TryGetInt64(out _))
        {
            return true;
        }
        if (number.TryGetDecimal(out var exact))
        {
            return exact == decimal.Truncate(exact);
        }
        var approximate = number.GetDouble();
        return double.IsFinite(approximate) && approximate == Math.Floor(approximate);
    }

    private static int CompareNumbers(JsonElement left, JsonElement right)
        => left.TryGetDecimal(out var l) && right.TryGetDecimal(out var r) ? l.CompareTo(r) : left.GetDouble().CompareTo(right.GetDouble());

    /// <summary>Equality of JSON values: numbers by value, objects regardless of property order.</summary>
    internal static bool JsonEquals(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }
        switch (left.ValueKind)
        {
            case JsonValueKind.Number:
                return CompareNumbers(left, right) == 0;
            case JsonValueKind.String:
                return left.GetString() == right.GetString();
            case JsonValueKind.Array:
                return left.GetArrayLength() == right.GetArrayLength()
                    && left.EnumerateArray().Zip(right.EnumerateArray()).All(pair => JsonEquals(pair.First, pair.Second));
            case JsonValueKind.Object:
                var leftProperties = left.EnumerateObject().ToList();
                return leftProperties.Count == right.EnumerateObject().Count()
                    && leftProperties.All(p => right.TryGetProperty(p.Name, out var other) && JsonEquals(p.Value, other));
            default:
                return true; // null, true, false: the kind is the value
        }
    }

    private static string KindName(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => IsWhole(instance) ? "integer" : "number",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string TypeList(JsonElement type)
        => type.ValueKind == JsonValueKind.String ? type.GetString()! : string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()));

    private static string Short(JsonElement instance)
    {
        var text = instance.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    // A JSON pointer token: ~ and / escaped (RFC 6901).
    private static string Escape(string token)
    {
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return token;
        }
        return new StringBuilder(token).Replace("~", "~0").Replace("/", "~1").ToString();
    }
}
