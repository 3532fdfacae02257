namespace Graph.Storage.Neo4j;

/// <summary>The rows a statement returned, values already typed (see <see cref="TypedJson.Read"/>).</summary>
public sealed class Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<object?[]> rows)
{
    public IReadOnlyList<string> Fields { get; } = fields;
    public IReadOnlyList<object?[]> Rows { get; } = rows;

    public IEnumerable<Neo4jRow> Records => Rows.Select(r => new Neo4jRow(Fields, r));
}

/// <summary>One row, read by field name.</summary>
public readonly struct Neo4jRow(IReadOnlyList<string> fields, object?[] values)
{
    public object? this[string field] => values[Index(field)];

    public string String(string field) => (string)this[field]!;
    public string? NullableString(string field) => this[field] as string;
    public long Long(string field) => Convert.ToInt64(this[field] ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    public int Int(string field) => (int)Long(field);
    public double Double(string field) => Convert.ToDouble(this[field] ?? 0.0, System.Globalization.CultureInfo.InvariantCulture);
    public bool Bool(string field) => this[field] is true;
    public List<object?> List(string field) => this[field] as List<object?> ?? [];
    public Dictionary<string, object?> Map(string field) => this[field] as Dictionary<string, object?> ?? [];

    private int Index(string field)
    {
        for (var i = 0; i < fields.Count; i++)
            if (fields[i] == field) return i;
        throw new KeyNotFoundException($"The result has no field '{field}' (it has {string.Join(", ", fields)}).");
    }
}
