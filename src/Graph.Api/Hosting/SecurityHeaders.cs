namespace Graph.Api.Hosting;

/// <summary>Headers on every answer: a Content-Security-Policy (no inline script anywhere, nothing from other origins, no
/// framing), nosniff and a Referrer-Policy. Banana Cake Pop's editor (Monaco) injects style elements and runs its language
/// workers from blob: URLs, and its bundle evaluates strings as code (EvalError without 'unsafe-eval'), so the IDE's pages
/// allow inline styles, eval and blob: workers; the graph page and the API allow none of these.</summary>
public static class SecurityHeaders
{
    /// <summary>cytoscape adds one style element, always ".__________cytoscape_container { position: relative; }": its hash
    /// lets exactly that through.</summary>
    public const string CytoscapeStyle = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' " + CytoscapeStyle + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string IdePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/graphql") ? IdePolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(http);
        });
        return app;
    }
}
