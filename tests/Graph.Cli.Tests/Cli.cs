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

    public static string Root => Repo.Root;

    public static string Seed => Repo.SeedPath;
}
