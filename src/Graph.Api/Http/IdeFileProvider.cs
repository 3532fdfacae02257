using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Graph.Api.Http;

/// <summary>The IDE package's runtime files only: its page, icons, manifest, service worker and static/ (scripts, styles,
/// fonts). The package's package.json, README.md, LICENSE and module entry points are not the IDE's and are not served.</summary>
public sealed class IdeFileProvider(string root) : IFileProvider
{
    private static readonly HashSet<string> TopLevel = new(StringComparer.Ordinal)
    {
        "/index.html", "/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/manifest.webmanifest", "/service-worker.js",
        "/asset-manifest.json", "/robots.txt",
    };

    private readonly PhysicalFileProvider _files = new(root);

    public static bool Serves(string path) => TopLevel.Contains(path) || path.StartsWith("/static/", StringComparison.Ordinal) && !path.Contains("..");

    public IFileInfo GetFileInfo(string subpath) =>
        Serves(Normal(subpath)) ? _files.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private static string Normal(string subpath) => subpath.StartsWith('/') ? subpath : "/" + subpath;
}
