using System.Net.Mime;
using Graph.Api.Hosting;
using Graph.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

public static class EndpointExtensions
{
    /// <summary>GraphQL at /graphql (and /graphql/, where the IDE posts when it uses its own address).</summary>
    public static void MapGraphQLEndpoint(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var ide = IdeFiles.Locate(options.IdePath, app.Environment.ContentRootPath, AppContext.BaseDirectory);
        // Routing treats /graphql and /graphql/ alike, so one handler tells them apart: the IDE lives at /graphql/
        // (its assets load relative to it), a browser at /graphql is sent there, everything else is GraphQL.
        app.Map("/graphql", http =>
        {
            if (!WantsIde(http.Request)) return endpoint.HandleAsync(http);
            if (!http.Request.Path.Value!.EndsWith('/')) return RedirectToIde(http);
            return ide is null
                ? Results.Content(IdeFiles.MissingPage, MediaTypeNames.Text.Html, System.Text.Encoding.UTF8).ExecuteAsync(http)
                : Results.File(Path.Combine(ide, "index.html"), MediaTypeNames.Text.Html).ExecuteAsync(http);
        }).RequireRateLimiting(Graph.Api.Hosting.RateLimiting.Policy);
    }

    /// <summary>Banana Cake Pop's assets and bcp-config.json under /graphql/ (its page is served by MapGraphQLEndpoint).</summary>
    public static void MapGraphQLIde(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var ide = IdeFiles.Locate(options.IdePath, app.Environment.ContentRootPath, AppContext.BaseDirectory);
        app.MapGet("/graphql/bcp-config.json", () => Results.Json(new
        {
            // Relative: the Host header is the client's to choose, so it is never echoed into the page.
            endpoint = "/graphql",
            useBrowserUrlAsEndpoint = false,
            title = "Graph",
            disableTelemetry = true,
            gaTrackingId = (string?)null,
        }));
        if (ide is not null)
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new IdeFileProvider(ide), RequestPath = "/graphql" });
    }

    /// <summary>The graph library and its force layout (fcose, with the two packages it builds on), served from npm's
    /// folders (never committed) or from wwwroot/vendor where a publish put them; the page loads them in this order.</summary>
    public static readonly (string Package, string File)[] VendorScripts =
    [
        ("cytoscape/dist", "cytoscape.min.js"),
        ("layout-base", "layout-base.js"),
        ("cose-base", "cose-base.js"),
        ("cytoscape-fcose", "cytoscape-fcose.js"),
    ];

    /// <summary>The graph page at /explore/: its own files from wwwroot/explore, the graph library from npm.</summary>
    public static void MapExplorer(this WebApplication app)
    {
        var pages = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "explore");
        var published = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "vendor");
        // Routing treats /explore and /explore/ alike: the page lives at /explore/ (its files load relative to it).
        app.MapGet("/explore", (HttpContext http) => http.Request.Path.Value!.EndsWith('/')
            ? Results.File(Path.Combine(pages, "index.html"), "text/html; charset=utf-8")
            : Results.Redirect("/explore/" + http.Request.QueryString));
        foreach (var (package, file) in VendorScripts)
        {
            var folder = IdeFiles.LocatePackage(package, file, published, app.Environment.ContentRootPath);
            app.MapGet("/explore/vendor/" + file, () => folder is null
                ? Results.Text("document.getElementById('status').textContent = 'The graph library is not installed: install Node.js and run npm ci in the repository root, then reload.';", "text/javascript")
                : Results.File(Path.Combine(folder, file), "text/javascript"));
        }
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(pages), RequestPath = "/explore" });
    }

    /// <summary>The site's front door: / opens the graph page (the IDE and health are linked from the README), /favicon.ico the icon.</summary>
    public static void MapFrontDoor(this WebApplication app)
    {
        var icon = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "favicon.ico");
        app.MapGet("/", () => Results.Redirect("/explore/"));
        app.MapGet("/favicon.ico", () => Results.File(icon, "image/x-icon"));
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Text("live"));
        // Probes come every few seconds: ready means the store answers a trivial query; what the graph holds is for `stats`.
        app.MapGet("/health/ready", async (IGraphStore store, CancellationToken ct) =>
        {
            try
            {
                await store.CheckReadyAsync(ct);
                return Results.Json(new { status = "ready" });
            }
            catch (Exception e)
            {
                return Results.Json(new { status = "unavailable", error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }

    /// <summary>A browser (Accept: text/html) opening /graphql without a query gets the IDE.</summary>
    private static bool WantsIde(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && (request.Path.Value!.EndsWith('/') || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)));

    private static Task RedirectToIde(HttpContext http)
    {
        http.Response.Redirect("/graphql/");
        return Task.CompletedTask;
    }
}
