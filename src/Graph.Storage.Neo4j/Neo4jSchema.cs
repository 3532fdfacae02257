using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Graph.Storage.Neo4j;

/// <summary>The constraints and indexes of <c>schema/neo4j/*.cypher</c> (embedded), applied in file order at start-up.
/// Every statement says IF NOT EXISTS, so applying them again changes nothing. Then it waits for the indexes to come online,
/// as long as the builds take (a new index on a large database populates for a long time), saying how far they are.</summary>
public static class Neo4jSchema
{
    public static IReadOnlyList<CypherStatement> Statements { get; } = Load();

    public static async Task ApplyAsync(QueryApiClient client, Neo4jOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        foreach (var statement in Statements) await client.RunAsync(statement, null, ct);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var pending = (await client.RunAsync(Cypher.PendingIndexes, null, ct)).Records
                .Select(r => (Name: r.String("name"), State: r.String("state"), Percent: Convert.ToDouble(r["populationPercent"] ?? 0.0, CultureInfo.InvariantCulture)))
                .ToList();
            if (pending.Count == 0) return;
            var failed = pending.Where(p => p.State == "FAILED").Select(p => p.Name).ToList();
            if (failed.Count > 0)
                throw new Neo4jException("Graph.IndexFailed", $"index {string.Join(", ", failed)} failed to build; SHOW INDEXES says why (drop it to build it again).", Cypher.PendingIndexes.Name);
            if (options.IndexWaitSeconds > 0 && clock.Elapsed.TotalSeconds > options.IndexWaitSeconds)
                throw new Neo4jException("Graph.IndexWait", $"indexes still building after {options.IndexWaitSeconds} s (Graph:Neo4j:IndexWaitSeconds): {string.Join(", ", pending.Select(p => p.Name))}.", Cypher.PendingIndexes.Name);
            log?.Invoke($"Neo4j is building {pending.Count} index(es) ({clock.Elapsed.TotalSeconds:0} s so far): "
                + string.Join(", ", pending.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.State.ToLowerInvariant()} {p.Percent:0.#}%"))));
            await Task.Delay(TimeSpan.FromSeconds(options.IndexPollSeconds), ct);
        }
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
                return Split(reader.ReadToEnd()).Select((text, i) => new CypherStatement($"schema {file} #{i + 1}", text) { Kind = QueryKind.Schema }).ToList();
            })
            .ToList();
    }
}
