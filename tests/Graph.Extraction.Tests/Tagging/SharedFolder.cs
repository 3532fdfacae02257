namespace Graph.Extraction.Tests.Tagging;

/// <summary>The workplace's shared folder beside the repository (../shared): ANERcorp and the dev articles, which are not
/// in the repository; tests that need them skip when it is missing.</summary>
internal static class SharedFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Graph.sln"))) dir = dir.Parent;
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "..", "shared"));
    }
}
