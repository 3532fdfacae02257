using System.CommandLine;
using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Cli;

/// <summary><c>graph group --neo4j URL</c>: stories, events and quote keys for the articles a Neo4j database stored before they
/// were kept (see <see cref="Neo4jGraphStore.GroupStoredAsync"/>). The SQLite store needs no command: it groups what it holds
/// when it opens an older database.</summary>
public static class GroupCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var neo4j = new Option<string>("--neo4j") { Description = "The Neo4j server, through its HTTP Query API: http://user:password@host:7474.", HelpName = "URL", Required = true };
        var command = new Command("group", "Put the articles a Neo4j database stored before stories and events were kept in their stories and events (once, before ingesting more).") { neo4j };
        command.SetAction(parse => RunAsync(parse.GetValue(neo4j)!, stdout, stderr));
        return command;
    }

    public static async Task<int> RunAsync(string url, TextWriter stdout, TextWriter stderr)
    {
        var options = new StoreOptions(StoreOptions.DefaultDatabase, url);
        var (opened, error) = options.Open(mustExist: true);
        if (opened is not Neo4jGraphStore store)
        {
            await stderr.WriteLineAsync($"graph group: {error}");
            return 2;
        }
        using (store)
        {
            try
            {
                var grouped = await store.GroupStoredAsync(progress: n => stderr.WriteLine($"graph group: {Plural.Of(n, "article", "articles")} grouped so far"));
                await stdout.WriteLineAsync($"graph group: {Plural.Of(grouped, "article", "articles")} from {options.Describe()} put in their stories and events.");
                return 0;
            }
            catch (Exception e) when (StoreFailure.Is(e))
            {
                await stderr.WriteLineAsync($"graph group: the store failed: {e.Message}");
                return 1;
            }
        }
    }
}
