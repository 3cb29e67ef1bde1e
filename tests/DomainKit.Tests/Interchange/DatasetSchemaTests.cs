using System.Text.Json;
using System.Text.RegularExpressions;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Csv;
using DomainKit.Interchange.Json;
using DomainKit.Interchange.Schema;

namespace DomainKit.Tests.Interchange;

/// <summary>
/// The records' field tables are the one definition of the formats: the JSON Schema and docs/format.md (its property
/// tables and its CSV column tables) must say what the tables say, field by field.
/// </summary>
public sealed partial class DatasetSchemaTests
{
    private static readonly Lazy<JsonElement> Defs = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schemas", "dataset.v1.schema.json"))).RootElement.GetProperty("$defs").Clone());

    private static readonly Lazy<string[]> FormatLines = new(() => File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "format.md")));

    // Each record of the tables and the definition, and the section of docs/format.md, that describe it.
    private static readonly (string Definition, string Section, RecordSchema Schema)[] Records =
    [
        ("unit", "Unit", DatasetSchema.Unit.Schema),
        ("headCount", "Head count", DatasetSchema.HeadCount.Schema),
        ("parentChange", "", DatasetSchema.UnitLink.ParentChange),
        ("territoryChange", "", DatasetSchema.UnitLink.TerritoryChange),
        ("model", "Model", DatasetSchema.Model.Schema),
        ("lifecycleEvent", "Lifecycle event", DatasetSchema.LifecycleEvent.Schema),
        ("outcomeIndicator", "Outcome", DatasetSchema.Outcome.Schema),
        ("pledge", "Pledge", DatasetSchema.Pledge.Schema),
        ("pledger", "Pledger", DatasetSchema.Pledger.Schema),
        ("moneySchedule", "Money schedule", DatasetSchema.Schedule.Schema),
        ("pledgeEvaluation", "Evaluation", DatasetSchema.Evaluation.Schema),
        ("payment", "Payment", DatasetSchema.Payment.Schema),
        ("fund", "Fund", DatasetSchema.Fund.Schema),
        ("beneficiaries", "Beneficiaries", DatasetSchema.Beneficiaries.Schema),
        ("goods", "Goods", DatasetSchema.Goods.Schema),
        ("valuation", "Valuation", DatasetSchema.Valuation.Schema),
        ("commendation", "Commendation", DatasetSchema.Commendation.Schema),
        ("recipient", "Recipient", DatasetSchema.Recipient.Schema),
    ];

    public static TheoryData<string> Definitions() => [.. Records.Select(r => r.Definition)];

    public static TheoryData<string> Sections() => [.. Records.Where(r => r.Section.Length > 0).Select(r => r.Section)];

    public static TheoryData<string> Files() => [.. CsvTables.All.Select(t => t.FileName)];

    [Theory]
    [MemberData(nameof(Definitions))]
    public void The_json_schema_has_each_field_of_a_record_in_order_with_its_kind_and_whether_it_is_required(string definition)
    {
        var schema = Records.Single(r => r.Definition == definition).Schema;
        var properties = Defs.Value.GetProperty(definition).GetProperty("properties");

        Assert.Equal(schema.Fields.Select(f => f.Json), properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            schema.Fields.Where(f => f.Required).Select(f => f.Json).Order(StringComparer.Ordinal),
            Defs.Value.GetProperty(definition).GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        foreach (var field in schema.Fields)
        {
            AssertKind(field, properties.GetProperty(field.Json), definition);
        }
    }

    [Fact]
    public void The_json_schema_has_the_fields_of_each_kind_of_fund_entry_that_the_table_gives_it()
    {
        var schema = DatasetSchema.FundEntry.Schema;
        var variants = Defs.Value.GetProperty("fundEntry").GetProperty("oneOf").EnumerateArray()
            .Select(v => Defs.Value.GetProperty(v.GetProperty("$ref").GetString()!.Split('/')[^1])).ToArray();

        Assert.Equal(Enum.GetValues<FundEntryKind>().Length, variants.Length);
        foreach (var variant in variants)
        {
            var code = variant.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!;
            Assert.True(InterchangeCodes.EntryKinds.TryParse(code, out var kind), code);
            var (has, requires) = DatasetSchema.FundEntry.Kinds[(int)kind];
            Assert.Equal(
                Names(schema, DatasetSchema.FundEntry.Common | has).Order(StringComparer.Ordinal),
                variant.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(
                Names(schema, schema.RequiredMask | requires).Order(StringComparer.Ordinal),
                variant.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
            foreach (var property in variant.GetProperty("properties").EnumerateObject().Where(p => p.Name != "kind"))
            {
                AssertKind(schema.Fields.Single(f => f.Json == property.Name), property.Value, code);
            }
        }
    }

    [Fact]
    public void The_json_schema_has_the_fields_of_a_pledge_target_over_its_kinds()
    {
        var variants = Defs.Value.GetProperty("pledgeTarget").GetProperty("oneOf").EnumerateArray().ToArray();

        Assert.Equal(
            DatasetSchema.Target.Schema.Fields.Select(f => f.Json),
            variants.SelectMany(v => v.GetProperty("properties").EnumerateObject().Select(p => p.Name)).Distinct());
        Assert.All(variants, v => Assert.Equal("kind", v.GetProperty("required")[0].GetString()));
    }

    [Fact]
    public void The_json_schema_has_the_fields_of_each_kind_of_pledge_target_that_the_table_gives_it()
    {
        var schema = DatasetSchema.Target.Schema;
        var variants = Defs.Value.GetProperty("pledgeTarget").GetProperty("oneOf").EnumerateArray().ToArray();

        Assert.Equal(DatasetSchema.Target.Codes.Length, DatasetSchema.Target.Kinds.Length);
        Assert.Equal(DatasetSchema.Target.Codes, variants.Select(v => v.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()));
        for (var kind = 0; kind < variants.Length; kind++)
        {
            Assert.Equal(
                Names(schema, DatasetSchema.Target.Common | DatasetSchema.Target.Kinds[kind]),
                variants[kind].GetProperty("properties").EnumerateObject().Select(p => p.Name));
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_format_document_lists_each_field_of_a_record_in_order_with_whether_it_is_required(string section)
    {
        var schema = Records.Single(r => r.Section == section).Schema;

        var rows = TableRows("## " + section).Concat(TableRows("### " + section)).ToArray();

        Assert.Equal(schema.Fields.Select(f => f.Json), rows.Select(r => r[0].Trim('`')));
        Assert.Equal(schema.Fields.Select(f => f.Required ? "yes" : "no"), rows.Select(r => r[2]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_format_document_lists_the_columns_of_each_bundle_file_with_their_headers_in_order(string file)
    {
        var table = CsvTables.All.Single(t => t.FileName == file);

        var rows = TableRows($"#### `{file}`").ToArray();

        Assert.Equal(table.Columns.Select(c => (c.English, c.Vietnamese)), rows.Select(r => (r[0].Trim('`'), r[1])));
    }

    [Fact]
    public void Every_field_has_its_place_as_its_index_and_names_no_two_columns_alike()
    {
        Assert.Throws<ArgumentException>(() => new RecordSchema(new("x", "x"), new FieldSpec(1, "a", "A", FieldKind.Text)));
        foreach (var table in CsvTables.All)
        {
            Assert.Equal(table.Columns.Count, table.Columns.Select(c => c.English).Distinct().Count());
            Assert.Equal(table.Columns.Count, table.Columns.Select(c => string.Join('.', c.Path)).Distinct().Count());
        }
        Assert.Equal(CsvTables.FundEntries.Purpose + 1, CsvTables.FundEntries.Table.ColumnOf(DatasetSchema.FundEntry.Purpose, CsvColumn.VietnameseName));
        Assert.Throws<ArgumentException>(() => CsvTables.Units.Table.ColumnOf(DatasetSchema.Unit.Successors));
    }

    [Fact]
    public void The_fast_readers_know_each_entry_kind_by_its_one_code_and_each_property_by_its_field()
    {
        foreach (var code in InterchangeCodes.EntryKinds.All)
        {
            Assert.True(InterchangeCodes.EntryKinds.TryParse(code, out var kind));
            Assert.True(InterchangeCodes.EntryKinds.TryParse(System.Text.Encoding.UTF8.GetBytes(code), out var fromBytes));
            Assert.Equal(kind, fromBytes);
            // The fast readers take the common kinds and leave the others to the general ones.
            Assert.True(CsvBundleLoad.PlainEntryKind(code) is null || CsvBundleLoad.PlainEntryKind(code) == kind, code);
        }
        Assert.Equal(FundEntryKind.Contribution, CsvBundleLoad.PlainEntryKind(InterchangeCodes.EntryKinds.CodeOf(FundEntryKind.Contribution)));
        Assert.False(InterchangeCodes.EntryKinds.TryParse("Contribution"u8, out _));
        Assert.False(InterchangeCodes.EntryKinds.TryParse("contributio"u8, out _));
        foreach (var field in DatasetSchema.FundEntry.Schema.Fields)
        {
            Assert.Equal(field.Index, DatasetSchema.FundEntry.Schema.FieldOf(field.Utf8));
        }
        Assert.Equal(DatasetSchema.FundEntry.Amount, DatasetSchema.FundEntry.Schema.FieldOf("amount"u8));
        Assert.Equal(-1, DatasetSchema.FundEntry.Schema.FieldOf("Amount"u8));
        Assert.Equal(-1, DatasetSchema.FundEntry.Schema.FieldOf("amountTooLongForAnyFieldOfTheTable"u8));
        Assert.Equal(-1, DatasetSchema.FundEntry.Schema.FieldOf(""u8));
    }

    private static IEnumerable<string> Names(RecordSchema schema, ulong mask)
        => schema.Fields.Where(f => (mask & (1UL << f.Index)) != 0).Select(f => f.Json);

    // The kind a property of the JSON Schema has, as the table's kinds name them.
    private static void AssertKind(FieldSpec field, JsonElement property, string where)
    {
        var type = TypeOf(property);
        var definition = Defs.Value.TryGetProperty(type, out var found) ? found : default;
        var ok = field.Kind switch
        {
            FieldKind.Id => type is "id" or "nullableId",
            FieldKind.Text => type is "string" or "nullableText",
            FieldKind.Code => type == "const" || (definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("enum", out _)),
            FieldKind.Classifier => definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("oneOf", out _),
            FieldKind.Date => type == "date",
            FieldKind.Money => type == "money",
            FieldKind.Count => type == "count",
            FieldKind.Quantity => type == "quantity",
            FieldKind.Boolean => type == "boolean",
            FieldKind.Period => type is "periodId" or "nullablePeriodId",
            FieldKind.Object => Records.Any(r => r.Definition == type && r.Schema == field.Nested) || (type == "pledgeTarget" && field.Nested == DatasetSchema.Target.Schema),
            FieldKind.Ids => type == "array" && TypeOf(property.GetProperty("items")) is "id" or "nullableId",
            FieldKind.Objects => type == "array" && Records.Any(r => r.Definition == TypeOf(property.GetProperty("items")) && r.Schema == field.Nested),
            _ => false,
        };
        Assert.True(ok, $"{where}.{field.Json}: the table says {field.Kind}, the JSON Schema {type}.");
    }

    private static string TypeOf(JsonElement property)
    {
        if (property.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }
        if (property.TryGetProperty("anyOf", out var any))
        {
            return any.EnumerateArray().Select(TypeOf).First(t => t != "null");
        }
        if (property.TryGetProperty("const", out _))
        {
            return "const";
        }
        return property.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "?";
    }

    // The rows of the first table under a heading, as cells.
    private static IEnumerable<string[]> TableRows(string heading)
    {
        var lines = FormatLines.Value;
        var at = Array.IndexOf(lines, heading);
        if (at < 0)
        {
            yield break;
        }
        var i = at + 1;
        while (i < lines.Length && !lines[i].StartsWith('|'))
        {
            i++;
        }
        for (i += 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            yield return [.. Cells().Split(lines[i].Trim().Trim('|')).Select(c => c.Trim())];
        }
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex Cells();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("No folder above the test binaries holds DomainKit.sln.");
    }
}
