using System.Text.Json;

namespace DomainKit.Tests.Export;

/// <summary>
/// The validation the tests of the JSON outputs stand on: JsonSchema.Net, as <see cref="JsonSchemaValidator"/> uses
/// it, applies each keyword the project's schemas use the way draft 2020-12 means it (integers by value, exact
/// minimums, prefixItems, references), reports where an instance fails, and refuses a schema with a keyword the
/// project does not use, a reference to another document or to nothing, or a malformed keyword.
/// </summary>
public sealed class JsonSchemaValidatorTests
{
    private static IReadOnlyList<JsonSchemaValidator.SchemaError> Check(string schema, string instance)
    {
        using var document = JsonDocument.Parse(instance);
        return JsonSchemaValidator.FromText(schema).Validate(document.RootElement);
    }

    private static void Accepts(string schema, string instance) => Assert.Empty(Check(schema, instance));

    private static JsonSchemaValidator.SchemaError Rejects(string schema, string instance, string instancePath = "")
    {
        var errors = Check(schema, instance);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.InstancePath == instancePath);
        return errors[0];
    }

    [Fact]
    public void Type_accepts_the_named_type_and_rejects_others()
    {
        Accepts("""{"type": "string"}""", "\"x\"");
        Accepts("""{"type": "object"}""", "{}");
        Accepts("""{"type": "array"}""", "[]");
        Accepts("""{"type": "boolean"}""", "false");
        Accepts("""{"type": "null"}""", "null");
        Accepts("""{"type": "number"}""", "1.5");
        Rejects("""{"type": "string"}""", "1");
        Rejects("""{"type": "object"}""", "[]");
        Rejects("""{"type": "null"}""", "0");
        Rejects("""{"type": "boolean"}""", "\"true\"");
    }

    [Fact]
    public void Type_integer_accepts_whole_numbers_however_spelled_and_rejects_fractions()
    {
        Accepts("""{"type": "integer"}""", "9223372036854775807");
        Accepts("""{"type": "integer"}""", "-3");
        Accepts("""{"type": "integer"}""", "1.0");
        Accepts("""{"type": "integer"}""", "1e3");
        Accepts("""{"type": "integer"}""", "1e40");
        Rejects("""{"type": "integer"}""", "1.5");
        Rejects("""{"type": "integer"}""", "\"1\"");
    }

    [Fact]
    public void Type_array_accepts_any_listed_type_and_rejects_others()
    {
        Accepts("""{"type": ["string", "null"]}""", "null");
        Accepts("""{"type": ["string", "null"]}""", "\"a\"");
        var error = Rejects("""{"type": ["string", "null"]}""", "2");
        Assert.EndsWith("/type", error.SchemaPath, StringComparison.Ordinal);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_validate_the_named_properties_with_pointers_to_them()
    {
        const string schema = """{"properties": {"a": {"type": "integer"}, "b/c": {"type": "string"}}}""";
        Accepts(schema, """{"a": 1, "b/c": "x", "other": true}""");
        Accepts(schema, "{}");
        Rejects(schema, """{"a": "1"}""", "/a");
        Rejects(schema, """{"b/c": 1}""", "/b~1c");
    }

    [Fact]
    public void Required_accepts_present_properties_and_rejects_missing_ones()
    {
        const string schema = """{"required": ["a", "b"]}""";
        Accepts(schema, """{"a": null, "b": 0}""");
        Accepts(schema, "[]");
        var error = Rejects(schema, """{"a": 1}""");
        Assert.Equal("#/required", error.SchemaPath);
        Assert.Contains("\"b\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_properties_false_rejects_undeclared_properties()
    {
        const string schema = """{"properties": {"a": true}, "additionalProperties": false}""";
        Accepts(schema, """{"a": 1}""");
        var error = Assert.Single(Check(schema, """{"a": 1, "z": 2}"""));
        Assert.Equal("/z", error.InstancePath);
        Assert.StartsWith("#/additionalProperties", error.SchemaPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_properties_as_a_schema_validates_undeclared_properties()
    {
        const string schema = """{"properties": {"a": true}, "additionalProperties": {"type": "integer"}}""";
        Accepts(schema, """{"a": "x", "z": 2}""");
        Rejects(schema, """{"a": "x", "z": "2"}""", "/z");
    }

    [Fact]
    public void Items_validate_every_element_with_its_index()
    {
        const string schema = """{"items": {"type": "string"}}""";
        Accepts(schema, """["a", "b"]""");
        Accepts(schema, "[]");
        Rejects(schema, """["a", 2]""", "/1");
    }

    [Fact]
    public void Prefix_items_validate_leading_elements_and_items_the_rest()
    {
        const string schema = """{"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": {"type": "boolean"}}""";
        Accepts(schema, """[1, "a", true, false]""");
        Accepts(schema, "[1]");
        Rejects(schema, """["a"]""", "/0");
        // The third item fails items; JsonSchema.Net 8.0 places it by its index after the prefix (/0), not in the
        // array (/2). The project's schemas use no prefixItems; the failure itself is what this holds.
        var error = Assert.Single(Check(schema, """[1, "a", 3]"""));
        Assert.Equal("#/items/items/type", error.SchemaPath);
    }

    [Fact]
    public void Enum_accepts_listed_values_by_json_equality_and_rejects_others()
    {
        const string schema = """{"enum": ["a", 1, null, {"x": [1, 2]}]}""";
        Accepts(schema, "\"a\"");
        Accepts(schema, "1.0");
        Accepts(schema, "null");
        Accepts(schema, """{"x": [1, 2.0]}""");
        Rejects(schema, "\"b\"");
        Rejects(schema, """{"x": [2, 1]}""");
        Rejects(schema, "\"1\"");
    }

    [Fact]
    public void Const_accepts_only_the_value()
    {
        Accepts("""{"const": "domainkit-dataset"}""", "\"domainkit-dataset\"");
        Accepts("""{"const": {"a": 1, "b": 2}}""", """{"b": 2, "a": 1}""");
        Rejects("""{"const": 1}""", "2");
        Rejects("""{"const": {"a": 1}}""", """{"a": 1, "b": 2}""");
    }

    [Fact]
    public void Pattern_searches_strings_unanchored_and_ignores_other_types()
    {
        Accepts("""{"pattern": "\\S"}""", "\"  x \"");
        Accepts("""{"pattern": "^[0-9]{4}$"}""", "\"2023\"");
        Accepts("""{"pattern": "^[0-9]{4}$"}""", "2023");
        Rejects("""{"pattern": "\\S"}""", "\"   \"");
        Rejects("""{"pattern": "^[0-9]{4}$"}""", "\"20234\"");
    }

    [Fact]
    public void Minimum_is_inclusive_and_exact_for_large_numbers()
    {
        Accepts("""{"minimum": 0}""", "0");
        Accepts("""{"minimum": 9007199254740993}""", "9007199254740993");
        Accepts("""{"minimum": 0}""", "\"-1\"");
        Rejects("""{"minimum": 0}""", "-0.5");
        Rejects("""{"minimum": 9007199254740993}""", "9007199254740992");
    }

    [Fact]
    public void Min_items_counts_elements()
    {
        Accepts("""{"minItems": 2}""", "[1, 2]");
        Accepts("""{"minItems": 2}""", "{}");
        Rejects("""{"minItems": 2}""", "[1]");
    }

    [Fact]
    public void One_of_needs_exactly_one_branch_and_reports_the_closest_branch()
    {
        const string schema = """
            {"oneOf": [
              {"properties": {"kind": {"const": "a"}, "n": {"type": "integer"}}, "required": ["kind", "n"]},
              {"properties": {"kind": {"const": "b"}}, "required": ["kind"]}
            ]}
            """;
        Accepts(schema, """{"kind": "a", "n": 1}""");
        Accepts(schema, """{"kind": "b"}""");
        // Neither branch matches: each says why, the closer one (only "n" is wrong) included.
        var errors = Check(schema, """{"kind": "a", "n": "x"}""");
        Assert.Contains(errors, e => e.InstancePath == "/n" && e.SchemaPath == "#/oneOf/0/properties/n/type");
        Assert.Contains(errors, e => e.InstancePath == "/kind" && e.SchemaPath == "#/oneOf/1/properties/kind/const");
        // Both branches match: JsonSchema.Net gives no message, and the failure is reported all the same.
        var both = Assert.Single(Check("""{"oneOf": [{"type": "integer"}, {"type": "number"}]}""", "1"));
        Assert.Equal("", both.InstancePath);
    }

    [Fact]
    public void Any_of_needs_at_least_one_branch()
    {
        const string schema = """{"anyOf": [{"type": "integer"}, {"type": "number"}]}""";
        Accepts(schema, "1");
        Accepts(schema, "1.5");
        Rejects(schema, "\"1\"");
    }

    [Fact]
    public void All_of_needs_every_branch()
    {
        const string schema = """{"allOf": [{"type": "integer"}, {"minimum": 3}]}""";
        Accepts(schema, "3");
        Rejects(schema, "2");
        Rejects(schema, "3.5");
    }

    [Fact]
    public void Ref_follows_pointers_into_defs_including_recursion()
    {
        const string schema = """
            {
              "$defs": {
                "node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}, "n": {"type": "integer"}}, "additionalProperties": false}
              },
              "$ref": "#/$defs/node"
            }
            """;
        Accepts(schema, """{"n": 1, "child": {"n": 2, "child": {}}}""");
        Rejects(schema, """{"child": {"child": {"n": "x"}}}""", "/child/child/n");
        Rejects(schema, """{"child": {"z": 1}}""", "/child/z");
    }

    [Fact]
    public void Boolean_schemas_accept_everything_or_nothing()
    {
        Accepts("true", "[1, {}]");
        Rejects("false", "null");
        Rejects("""{"items": false}""", "[1]", "/0");
    }

    [Fact]
    public void Format_and_annotations_do_not_constrain()
    {
        const string schema = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x.json", "$comment": "c", "title": "t",
             "description": "d", "examples": [1], "default": 2, "format": "date"}
            """;
        Accepts(schema, "\"not a date\"");
    }

    [Fact]
    public void Unknown_keywords_anywhere_in_the_schema_throw()
    {
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.FromText("""{"maxLength": 3}"""));
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.FromText("""{"properties": {"a": {"if": {}}}}"""));
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.FromText("""{"$defs": {"unused": {"dependentRequired": {}}}}"""));
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.FromText("""{"oneOf": [{"unevaluatedProperties": false}]}"""));
    }

    [Fact]
    public void References_outside_the_document_throw_and_dangling_ones_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.FromText("""{"$ref": "other.json#/$defs/a"}"""));
        Assert.Throws<ArgumentException>(() => JsonSchemaValidator.FromText("""{"$ref": "#/$defs/missing"}"""));
    }

    [Fact]
    public void Malformed_keyword_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => JsonSchemaValidator.FromText("""{"type": "text"}"""));
        Assert.Throws<ArgumentException>(() => JsonSchemaValidator.FromText("""{"required": "a"}"""));
        Assert.Throws<ArgumentException>(() => JsonSchemaValidator.FromText("""{"oneOf": []}"""));
        Assert.Throws<ArgumentException>(() => JsonSchemaValidator.FromText("""{"minItems": -1}"""));
    }

    [Fact]
    public void Errors_name_the_instance_and_schema_pointers()
    {
        var errors = Check("""{"properties": {"list": {"items": {"type": "integer"}}}}""", """{"list": [1, "x"]}""");
        var error = Assert.Single(errors);
        Assert.Equal("/list/1", error.InstancePath);
        // The path of evaluation, as JsonSchema.Net 8.0 writes it: an item's ends in items/items.
        Assert.StartsWith("#/properties/list/items/", error.SchemaPath, StringComparison.Ordinal);
        Assert.EndsWith("/type", error.SchemaPath, StringComparison.Ordinal);
        Assert.StartsWith("/list/1: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("integer", error.ToString(), StringComparison.Ordinal);
    }
}
