using System.Reflection;

namespace Graph.Storage.Neo4j;

/// <summary>The constraints and indexes of <c>schema/neo4j/*.cypher</c> (embedded), applied in file order at start-up.
/// Every statement says IF NOT EXISTS, so applying them again changes nothing.</summary>
public static class Neo4jSchema
{
    public static IReadOnlyList<CypherStatement> Statements { get; } = Load();

    public static async Task ApplyAsync(QueryApiClient client, CancellationToken ct = default)
    {
        foreach (var statement in Statements) await client.RunAsync(statement, null, ct);
        await client.RunAsync(Cypher.AwaitIndexes, new Dictionary<string, object?> { ["seconds"] = 300 }, ct);
    }

    /// <summary>Splits a script into statements: <c>;</c> ends a statement at the end of a line, <c>//</c> starts a comment line.</summary>
    public static IEnumerable<string> Split(string script)
    {
        var current = new List<string>();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0) continue;
            current.Add(line);
            if (!line.EndsWith(';')) continue;
            yield return string.Join('\n', current).TrimEnd(';');
            current.Clear();
        }
        if (current.Count > 0) yield return string.Join('\n', current);
    }

    private static List<CypherStatement> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith("Schema.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n =>
            {
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                var file = n["Schema.".Length..];
                return Split(reader.ReadToEnd()).Select((text, i) => new CypherStatement($"schema {file} #{i + 1}", text)).ToList();
            })
            .ToList();
    }
}
