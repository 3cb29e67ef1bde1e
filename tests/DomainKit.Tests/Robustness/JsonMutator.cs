using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomainKit.Tests.Robustness;

/// <summary>
/// Makes mutants of a JSON dataset, each from its own seed: a few records changed (a value replaced by a hostile
/// one, a field removed or added, a record doubled, dropped or made something else), now and then the header or
/// the amounts of the whole file, and now and then the bytes themselves (flipped, cut, spliced).
/// </summary>
internal sealed class JsonMutator
{
    private static readonly string[] Sections = ["units", "models", "pledges", "payments", "funds", "fundEntries", "commendations"];

    private readonly List<string>[] records = new List<string>[Sections.Length];
    private readonly List<string> ids = [];

    public JsonMutator(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        for (var s = 0; s < Sections.Length; s++)
        {
            records[s] = [];
            foreach (var record in document[Sections[s]]?.AsArray() ?? [])
            {
                records[s].Add(record!.ToJsonString());
                if (record is JsonObject o && o["id"] is JsonValue id && id.TryGetValue<string>(out var text))
                {
                    ids.Add(text);
                }
            }
        }
    }

    /// <summary>The hostile values a field can be given, as JSON.</summary>
    public static readonly string[] Values =
    [
        "null", "\"\"", "\" \"", "\"\\u0000\"", "\"\\u001b[2J\"", "\"Qu\\u1EF9 \\u202Eevil\"", "\"a\\u0000b\"", "\"\\u0085\\u2066x\"",
        "0", "-1", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "4611686018427387904", "1e400", "1.5", "-0",
        "2147483647", "2147483648", "-2147483649", "true", "false", "[]", "{}", "[null]", "[[[[[]]]]]", "{\"a\":{\"b\":[1,{}]}}",
        "\"2023-02-29\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2023-13-01\"", "\"-0001-01-01\"", "\"2023\"", "\"2023Q5\"",
        "\"9999\"", "\"YTD2023-11-10\"", "\"2017-10-01/2022-12-31\"", "\"9999-12-31/0001-01-01\"", "\"2023-H1\"",
        "\"6.100.542.700 đ\"", "\"2.500\"", "\"2,5\"", "\"province\"", "\"commune\"", "\"model\"", "\"contribution\"", "\"disbursement\"",
        "\"loan\"", "\"repayment\"", "\"in-kind-receipt\"", "\"balance-assertion\"", "\"individual\"", "\"collective\"", "\"nope\"",
        "\"" + new string('x', 5_000) + "\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
    ];

    /// <summary>The mutant of <paramref name="seed"/> and what was done to make it.</summary>
    public (byte[] Bytes, string Description) Mutate(int seed)
    {
        var random = new Random(seed);
        var what = new List<string>();
        var changed = new Dictionary<(int Section, int Index), string?>();
        var extra = new List<(int Section, string Record)>();
        var header = "\"format\":\"domainkit-dataset\",\"version\":1";

        var kind = random.Next(100);
        if (kind < 4)
        {
            header = random.Next(4) switch
            {
                0 => "\"format\":\"other\",\"version\":1",
                1 => "\"format\":\"domainkit-dataset\",\"version\":2",
                2 => "\"format\":\"domainkit-dataset\"",
                _ => "\"version\":1,\"format\":\"domainkit-dataset\",\"extra\":{\"x\":[1,2]}",
            };
            what.Add("header " + header);
        }
        else if (kind < 10)
        {
            // Amounts that fit one by one but not together, in several funds, so that only a roll-up overflows.
            var entries = records[5];
            var count = 2 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                var index = random.Next(entries.Count);
                var entry = JsonNode.Parse(changed.GetValueOrDefault((5, index)) ?? entries[index])!.AsObject();
                var key = entry.ContainsKey("principal") ? "principal" : "amount";
                entry[key] = JsonValue.Create(long.MaxValue / 3 + random.Next(1_000));
                changed[(5, index)] = entry.ToJsonString();
                what.Add($"fundEntries[{index}].{key} = about 2^63/3");
            }
        }
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var section = random.Next(Sections.Length);
            if (records[section].Count == 0)
            {
                var added = Values[random.Next(Values.Length)];
                extra.Add((section, added));
                what.Add($"{Sections[section]} += {Short(added)}");
                continue;
            }
            var index = random.Next(records[section].Count);
            var record = changed.TryGetValue((section, index), out var done) ? done : records[section][index];
            if (record is null)
            {
                continue;
            }
            var where = $"{Sections[section]}[{index}]";
            switch (random.Next(20))
            {
                case 0:
                    changed[(section, index)] = null;
                    what.Add($"{where} removed");
                    break;
                case 1:
                    extra.Add((section, record));
                    what.Add($"{where} doubled");
                    break;
                case 2:
                    var value = Values[random.Next(Values.Length)];
                    changed[(section, index)] = value;
                    what.Add($"{where} = {Short(value)}");
                    break;
                default:
                    changed[(section, index)] = MutateRecord(record, random, out var change);
                    what.Add($"{where}{change}");
                    break;
            }
        }

        var text = new StringBuilder(900_000).Append('{').Append(header);
        for (var s = 0; s < Sections.Length; s++)
        {
            text.Append(",\"").Append(Sections[s]).Append("\":[");
            var first = true;
            for (var i = 0; i < records[s].Count; i++)
            {
                var record = changed.TryGetValue((s, i), out var c) ? c : records[s][i];
                if (record is null)
                {
                    continue;
                }
                text.Append(first ? string.Empty : ",").Append(record);
                first = false;
            }
            foreach (var (section, record) in extra)
            {
                if (section == s)
                {
                    text.Append(first ? string.Empty : ",").Append(record);
                    first = false;
                }
            }
            text.Append(']');
        }
        text.Append('}');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(100) < 20)
        {
            bytes = Bytes.Mutate(bytes, random, what);
        }
        return (bytes, string.Join("; ", what));
    }

    private string MutateRecord(string record, Random random, out string change)
    {
        try
        {
            return MutateParsed(JsonNode.Parse(record)!, record, random, out change);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            // A record made of a half surrogate pair cannot be taken apart again; it stays as it is.
            change = " kept";
            return record;
        }
    }

    private string MutateParsed(JsonNode root, string record, Random random, out string change)
    {
        var places = new List<(JsonNode Parent, string? Name, int Index, string Path)>();
        Collect(root, string.Empty, places);
        if (places.Count == 0 || random.Next(10) == 0)
        {
            if (root is JsonObject added)
            {
                var name = random.Next(2) == 0 ? "remarks" : "id";
                added[name] = JsonNode.Parse(Values[random.Next(Values.Length)]);
                change = $".{name} set";
                return root.ToJsonString();
            }
            change = " kept";
            return record;
        }
        var (parent, property, position, path) = places[random.Next(places.Count)];
        JsonNode? replacement;
        var op = random.Next(10);
        if (op < 2)
        {
            if (parent is JsonObject o)
            {
                o.Remove(property!);
            }
            else
            {
                parent.AsArray().RemoveAt(position);
            }
            change = path + " removed";
            return root.ToJsonString();
        }
        if (op < 4 && ids.Count > 0)
        {
            // Another record's id: references that resolve to the wrong thing, duplicates, cycles.
            replacement = JsonValue.Create(ids[random.Next(ids.Count)]);
        }
        else if (op < 5 && Current(parent, property, position) is JsonValue v && v.TryGetValue<string>(out var s))
        {
            replacement = JsonValue.Create(s + (random.Next(2) == 0 ? "\u0000\u001b" : "\u202E"));
        }
        else
        {
            replacement = JsonNode.Parse(Values[random.Next(Values.Length)]);
        }
        if (parent is JsonObject obj)
        {
            obj[property!] = replacement;
        }
        else
        {
            parent.AsArray()[position] = replacement;
        }
        change = $"{path} = {Short(replacement?.ToJsonString() ?? "null")}";
        return root.ToJsonString();
    }

    private static JsonNode? Current(JsonNode parent, string? property, int position)
        => parent is JsonObject o ? o[property!] : parent.AsArray()[position];

    private static void Collect(JsonNode? node, string path, List<(JsonNode, string?, int, string)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    places.Add((o, name, -1, path + "." + name));
                    Collect(value, path + "." + name, places);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, null, i, $"{path}[{i}]"));
                    Collect(a[i], $"{path}[{i}]", places);
                }
                break;
        }
    }

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;
}

/// <summary>Changes to raw bytes: flipped, cut, spliced, made invalid UTF-8.</summary>
internal static class Bytes
{
    public static byte[] Mutate(byte[] bytes, Random random, List<string> what)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }
        var list = new List<byte>(bytes);
        switch (random.Next(5))
        {
            case 0:
                var flips = 1 + random.Next(5);
                for (var i = 0; i < flips; i++)
                {
                    var at = random.Next(list.Count);
                    list[at] ^= (byte)(1 << random.Next(8));
                }
                what.Add($"{flips} bits flipped");
                break;
            case 1:
                var cut = random.Next(list.Count);
                list.RemoveRange(cut, list.Count - cut);
                what.Add($"cut at {cut}");
                break;
            case 2:
                var insertAt = random.Next(list.Count);
                list.InsertRange(insertAt, [0xFF, 0xC3, 0x28, 0xE2, 0x82]);
                what.Add($"invalid UTF-8 at {insertAt}");
                break;
            case 3:
                var from = random.Next(list.Count);
                var length = Math.Min(list.Count - from, 1 + random.Next(200));
                list.RemoveRange(from, length);
                what.Add($"{length} bytes removed at {from}");
                break;
            default:
                var start = random.Next(list.Count);
                var size = Math.Min(list.Count - start, 1 + random.Next(300));
                var to = random.Next(list.Count);
                list.InsertRange(to, list.GetRange(start, size));
                what.Add($"{size} bytes from {start} copied to {to}");
                break;
        }
        return [.. list];
    }
}
