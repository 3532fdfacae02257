using System.Text.Json;
using Graph.Storage.Neo4j;

namespace Graph.Cli;

/// <summary><c>graph cypher --list [--json]</c>: every Cypher statement the Neo4j store can send (the schema scripts first),
/// with the parameters each takes and the index it relies on, so they can be read, parsed in CI, and checked one by one with
/// <c>EXPLAIN</c> on a live server.</summary>
public static class CypherCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] != "--list" || args.Length > 2 || args.Length == 2 && args[1] != "--json")
        {
            await stderr.WriteLineAsync($"graph cypher: expected --list [--json].\n{Commands.Usage}");
            return 2;
        }
        var all = Neo4jSchema.Statements.Concat(Cypher.All).ToList();
        if (args.Length == 2)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(all.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters, uses = s.Uses })));
            return 0;
        }
        foreach (var s in all)
        {
            await stdout.WriteLineAsync($"// {s.Name}" + (s.Parameters.Length > 0 ? $" (parameters: {string.Join(", ", s.Parameters.Select(p => "$" + p))})" : ""));
            if (s.Uses.Length > 0) await stdout.WriteLineAsync($"// uses: {s.Uses}");
            await stdout.WriteLineAsync(s.Text + ";");
            await stdout.WriteLineAsync();
        }
        return 0;
    }
}
