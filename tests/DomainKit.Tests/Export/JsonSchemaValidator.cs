using System.Text.Json;
using Json.Pointer;
using Json.Schema;

namespace DomainKit.Tests.Export;

/// <summary>
/// Validates JSON against the project's JSON Schemas (draft 2020-12) with JsonSchema.Net, after checking that a
/// schema uses only the keywords the project means to use.
/// </summary>
/// <remarks>
/// The schemas are published for other tools to validate with, so a keyword is a promise that every validator keeps
/// the same way. The project's schemas hold to a small set: <c>type</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>prefixItems</c>, <c>enum</c>, <c>const</c>, <c>pattern</c>,
/// <c>minimum</c>, <c>minItems</c>, <c>oneOf</c>, <c>anyOf</c>, <c>allOf</c>, <c>$ref</c> within the document,
/// <c>format</c> (not asserted), and the annotations <c>$schema</c>, <c>$id</c>, <c>$defs</c>, <c>$comment</c>,
/// <c>title</c>, <c>description</c>, <c>examples</c> and <c>default</c>. Any other keyword anywhere in a schema, or a
/// reference to another document, makes the constructor throw <see cref="NotSupportedException"/>, so a schema
/// cannot come to rely on one by accident. A schema that does not follow the draft's meta-schema throws
/// <see cref="ArgumentException"/>.
/// </remarks>
internal sealed class JsonSchemaValidator
{
    /// <summary>The keywords the project's schemas may use.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "items", "prefixItems", "enum", "const", "pattern",
        "minimum", "minItems", "oneOf", "anyOf", "allOf", "$ref", "format",
        "$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default",
    };

    // The keywords whose value is a schema, and those whose value is an object or an array of schemas.
    private static readonly HashSet<string> OneSchema = ["additionalProperties", "items"];
    private static readonly HashSet<string> SchemasByName = ["properties", "$defs"];
    private static readonly HashSet<string> SchemaLists = ["prefixItems", "oneOf", "anyOf", "allOf"];

    private static readonly EvaluationOptions FlagOnly = new() { OutputFormat = OutputFormat.Flag };

    private readonly JsonSchema schema;

    /// <summary>Prepares to validate against <paramref name="schema"/>, checking every keyword it uses.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword the project does not use, or refers to another document.</exception>
    /// <exception cref="ArgumentException">The schema does not follow the meta-schema of draft 2020-12.</exception>
    public JsonSchemaValidator(JsonElement schema)
    {
        CheckKeywords(schema, schema, "#");
        CheckAgainstMetaSchema(schema);
        // Draft 2020-12 also for a schema that does not say (JsonSchema.Net would take its newest dialect), and a
        // registry of its own: the schemas have ids, and the global registry would keep the first schema of an id.
        this.schema = JsonSchema.Build(schema.Clone(), new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() });
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
        // Pass or fail first, which is several times faster; the list of what failed only for an instance that fails.
        if (schema.Evaluate(instance, FlagOnly).IsValid)
        {
            return [];
        }
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var nodes = Nodes(results);
        var errors = new List<SchemaError>();
        foreach (var node in nodes.Where(n => n.Errors is { Count: > 0 }))
        {
            foreach (var (keyword, message) in node.Errors!)
            {
                errors.Add(new(node.InstanceLocation.ToString(), "#" + node.EvaluationPath + "/" + keyword, message));
            }
        }
        // JsonSchema.Net 8.0 gives no message for some failures (a oneOf that more than one branch matches, for one):
        // a failing subschema under which nothing says why is reported too, so that no failure passes for valid.
        foreach (var node in nodes.Where(n => !n.IsValid && n.Errors is not { Count: > 0 }))
        {
            var path = "#" + node.EvaluationPath;
            if (!errors.Any(e => e.SchemaPath.StartsWith(path + "/", StringComparison.Ordinal) || e.SchemaPath == path)
                && !nodes.Any(other => other != node && !other.IsValid && other.EvaluationPath.ToString().StartsWith(node.EvaluationPath + "/", StringComparison.Ordinal)))
            {
                errors.Add(new(node.InstanceLocation.ToString(), path, "fails this subschema (JsonSchema.Net gives no message)"));
            }
        }
        return errors;
    }

    // The list output holds its nodes in Details; a schema that fails at its root alone may hold them in itself.
    private static List<EvaluationResults> Nodes(EvaluationResults results)
        => results.Details is { Count: > 0 } details ? [results, .. details] : [results];

    /// <summary>One way an instance fails the schema.</summary>
    /// <param name="InstancePath">The JSON pointer of the failing value in the instance ("" for the root).</param>
    /// <param name="SchemaPath">The JSON pointer, as a fragment, of the keyword that failed, along the path of evaluation.</param>
    /// <param name="Message">What is wrong, in JsonSchema.Net's words.</param>
    public sealed record SchemaError(string InstancePath, string SchemaPath, string Message)
    {
        /// <summary>The error on one line, for test output.</summary>
        public override string ToString() => $"{(InstancePath.Length == 0 ? "(root)" : InstancePath)}: {Message} [{SchemaPath}]";
    }

    private static void CheckKeywords(JsonElement root, JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return; // a boolean schema; anything else the meta-schema refuses
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var at = path + "/" + keyword.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (!Keywords.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{at}: the project's schemas do not use the keyword '{keyword.Name}'.");
            }
            var value = keyword.Value;
            if (keyword.Name == "$ref" && value.ValueKind == JsonValueKind.String)
            {
                CheckReference(root, value.GetString()!, at);
            }
            if (OneSchema.Contains(keyword.Name))
            {
                CheckKeywords(root, value, at);
            }
            else if (SchemasByName.Contains(keyword.Name) && value.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in value.EnumerateObject())
                {
                    CheckKeywords(root, property.Value, at + "/" + property.Name);
                }
            }
            else if (SchemaLists.Contains(keyword.Name) && value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckKeywords(root, item, at + "/" + i++);
                }
            }
        }
    }

    // A reference is a JSON pointer into the same document, and points at something: JsonSchema.Net would only find
    // out while evaluating an instance that reaches it.
    private static void CheckReference(JsonElement root, string reference, string at)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"{at}: '{reference}' refers to another document; the project's schemas stand alone.");
        }
        if (!JsonPointer.TryParse(Uri.UnescapeDataString(reference[1..]), out var pointer) || pointer.Evaluate(root) is null)
        {
            throw new ArgumentException($"{at}: the reference '{reference}' points at nothing.");
        }
    }

    private static void CheckAgainstMetaSchema(JsonElement schema)
    {
        var results = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var reasons = Nodes(results).Where(n => n.Errors is not null).SelectMany(n => n.Errors!.Select(e => $"{n.InstanceLocation}: {e.Key}: {e.Value}"));
            throw new ArgumentException("The schema does not follow draft 2020-12: " + string.Join("; ", reasons));
        }
    }
}
