namespace Graph.Api.Tests;

/// <summary>Paths in the repository and beside it (../shared), found from the test binary.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string SeedText => File.ReadAllText(Path("samples", "000_7129a902f5407c9b.txt"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
