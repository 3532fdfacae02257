namespace Graph.Cli.Tests;

/// <summary>Runs the <c>graph</c> command in process with its own standard streams.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Commands.RunAsync(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "samples", "000_7129a902f5407c9b.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found");
    }
}
