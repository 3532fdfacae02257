using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Storage.Neo4j;

/// <summary>Neo4j's JSON with type information (<c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": "Integer", "_value": "42"}</c>, so integers stay integers and floats stay floats both ways.</summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    public static void Write(Utf8JsonWriter w, object? value)
    {
        w.WriteStartObject();
        switch (value)
        {
            case null:
                w.WriteString("$type", "Null");
                w.WriteNull("_value");
                break;
            case string s:
                w.WriteString("$type", "String");
                w.WriteString("_value", s);
                break;
            case bool b:
                w.WriteString("$type", "Boolean");
                w.WriteBoolean("_value", b);
                break;
            case int or long or short:
                w.WriteString("$type", "Integer");
                w.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                w.WriteString("$type", "Float");
                w.WriteString("_value", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                w.WriteString("$type", "Map");
                w.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    w.WritePropertyName(key);
                    Write(w, item);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteString("$type", "List");
                w.WriteStartArray("_value");
                foreach (var item in list) Write(w, item);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"No Neo4j type for a value of type {value.GetType().Name}.", nameof(value));
        }
        w.WriteEndObject();
    }

    /// <summary>A typed value as .NET: string, long, double, bool, null, <see cref="List{T}"/> or a string-keyed dictionary.
    /// Temporal and spatial values come back as their text; nodes and relationships as their properties.</summary>
    public static object? Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("$type", out var typeElement))
            return Plain(e);
        var value = e.GetProperty("_value");
        return typeElement.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
            "Node" or "Relationship" => value.GetProperty("_properties").EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    /// <summary>Plain JSON, for servers or errors that answer without types.</summary>
    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(Read).ToList(),
        _ => e.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
    };
}
