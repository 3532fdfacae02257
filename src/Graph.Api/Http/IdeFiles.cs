namespace Graph.Api.Http;

/// <summary>Finds the front-end files the build installed from npm (never committed): Banana Cake Pop, cytoscape.</summary>
public static class IdeFiles
{
    private const string Package = "node_modules/@chillicream/bananacakepop-graphql-ide";

    public static string? Locate(string? configured, params string[] roots)
    {
        if (!string.IsNullOrEmpty(configured)) return File.Exists(Path.Combine(configured, "index.html")) ? configured : null;
        foreach (var root in roots)
        {
            var published = Path.Combine(root, "wwwroot", "bcp");
            if (File.Exists(Path.Combine(published, "index.html"))) return published;
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Package);
                if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
            }
        }
        return null;
    }

    /// <summary>Finds an npm package's folder (holding <paramref name="file"/>) under node_modules above any of the roots,
    /// or in <paramref name="published"/> where a publish put it.</summary>
    public static string? LocatePackage(string packagePath, string file, string published, params string[] roots)
    {
        if (File.Exists(Path.Combine(published, file))) return published;
        foreach (var root in roots)
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", packagePath);
                if (File.Exists(Path.Combine(candidate, file))) return candidate;
            }
        return null;
    }

    public const string MissingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Graph — GraphQL</title></head>
        <body>
        <h1>Graph's GraphQL endpoint is here</h1>
        <p>The Banana Cake Pop IDE is not installed: it comes from npm when the service is built on a machine with Node.js.</p>
        <p>Install Node.js (with npm), then run <code>npm ci</code> in the repository root (or rebuild: the build runs it), and reload this page.</p>
        <p>Meanwhile, POST queries to <code>/graphql</code> with <code>Content-Type: application/json</code>, for example
        <code>{"query": "{ stats { articles entities relations } }"}</code>.</p>
        </body></html>
        """;
}
