namespace Graph.Testing;

/// <summary>Paths in the repository (the folder holding Graph.sln), found from the running binary. Linked into every
/// test project and the benchmarks.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The sample article (the seed), as shipped in samples/.</summary>
    public static string SeedPath => Path("samples", "000_7129a902f5407c9b.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
