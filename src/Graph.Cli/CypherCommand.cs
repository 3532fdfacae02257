using System.CommandLine;
using System.Text.Json;
using Graph.Storage.Neo4j;

namespace Graph.Cli;

/// <summary><c>graph cypher --list [--json]</c>: every Cypher statement the Neo4j store can send (the schema scripts first),
/// with the parameters each takes and the index it relies on, so they can be read, parsed in CI, and checked one by one with
/// <c>EXPLAIN</c> on a live server.</summary>
public static class CypherCommand
{
    public static Command Build(TextWriter stdout)
    {
        var list = new Option<bool>("--list") { Description = "List the statements (the only thing this command does, so it must be given)." };
        var json = new Option<bool>("--json") { Description = "As one JSON array of {name, text, parameters, uses}." };
        var command = new Command("cypher", "Every Cypher statement the Neo4j store sends, with its parameters and the index it uses.") { list, json };
        command.SetAction(async parse =>
        {
            if (parse.GetValue(list)) return await RunAsync(parse.GetValue(json), stdout);
            await parse.InvocationConfiguration.Error.WriteLineAsync("graph cypher: expected --list [--json]. See 'graph cypher --help'.");
            return 2;
        });
        return command;
    }

    public static async Task<int> RunAsync(bool json, TextWriter stdout)
    {
        var all = Neo4jSchema.Statements.Concat(Cypher.All).ToList();
        if (json)
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
