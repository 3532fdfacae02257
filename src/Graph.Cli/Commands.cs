using System.CommandLine;
using System.CommandLine.Invocation;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command tree (System.CommandLine): <c>extract</c>, <c>ingest</c>, <c>export</c>, <c>cypher</c>, <c>group</c>,
/// <c>schema</c>, <c>lexicon</c>, <c>train-ner</c>; <c>--help</c> on each, <c>--version</c>. Exit codes: 0 done, 1 some input
/// failed, 2 usage (a parse error is one line, <c>graph COMMAND: what was wrong</c>, and where to read the help).</summary>
public static class Commands
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdin, stdout, stderr);
        var parse = root.Parse(args);
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync(HelpText(root));
            return 2;
        }
        if (parse.Action is ParseErrorAction)
        {
            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? "graph" : $"graph {command.Name}";
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"{name}: {error.Message}");
            await stderr.WriteLineAsync($"See '{name} --help'.");
            return 2;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The whole tree; each command's action calls its class with typed values.</summary>
    public static RootCommand Build(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Graph: Arabic news into a knowledge graph of people, countries and organisations, what they said and did to each other.");
        root.HelpName = "graph"; // also when run in process (tests) or through dotnet graph.dll
        var version = root.Options.OfType<VersionOption>().Single();
        version.Action = new VersionAction();
        root.Subcommands.Add(ExtractCommand.Build(stdin, stdout, stderr));
        root.Subcommands.Add(IngestCommand.Build(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Build(stdout, stderr));
        root.Subcommands.Add(CypherCommand.Build(stdout));
        root.Subcommands.Add(GroupCommand.Build(stdout, stderr));
        root.Subcommands.Add(LexiconCommand.Build(stdout));
        root.Subcommands.Add(TrainNerCommand.Build(stdout, stderr));
        return root;
    }

    /// <summary>The root command's help, as <c>graph --help</c> prints it.</summary>
    public static string HelpText(RootCommand root)
    {
        using var text = new StringWriter();
        root.Parse("--help").Invoke(new InvocationConfiguration { Output = text });
        return text.ToString().TrimEnd();
    }

    /// <summary>The store options two commands share: <c>--db PATH</c> (SQLite) or <c>--neo4j URL</c>.</summary>
    public static (Option<string> Db, Option<string?> Neo4j) StoreSwitches(string dbDescription) =>
        (new Option<string>("--db") { Description = dbDescription, HelpName = "PATH", DefaultValueFactory = _ => StoreOptions.DefaultDatabase },
         new Option<string?>("--neo4j") { Description = "A Neo4j server instead, through its HTTP Query API: http://user:password@host:7474.", HelpName = "URL" });
}
