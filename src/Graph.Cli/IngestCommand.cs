namespace Graph.Cli;

public static class IngestCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => Task.FromResult(2);
}
