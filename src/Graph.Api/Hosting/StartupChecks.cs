using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>Settings that would leave the service open without anyone having said so. In Production the service refuses to
/// start with mutations open to anyone unless Graph:AllowAnonymousWrites=true says that is meant; in Development it starts
/// and warns. Queries that need a key with no key set would be open silently: that refuses to start everywhere.</summary>
public static class StartupChecks
{
    public const string OpenWrites =
        "Graph:ApiKey is not set, so anyone who can reach the service can add articles. Set Graph:ApiKey (Graph__ApiKey), or "
        + "Graph:AllowAnonymousWrites=true to mean it.";
    public const string QueriesWithoutKey =
        "Graph:RequireApiKeyForQueries is true but Graph:ApiKey is not set, so every query would be open. Set Graph:ApiKey, or turn RequireApiKeyForQueries off.";

    /// <summary>Logs why and returns false when the service must not start.</summary>
    public static bool Check(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var keyless = string.IsNullOrEmpty(options.ApiKey);
        if (keyless && options.RequireApiKeyForQueries)
        {
            app.Logger.LogCritical("Graph will not start: {Reason}", QueriesWithoutKey);
            return false;
        }
        if (options.KnownProxies.FirstOrDefault(p => !System.Net.IPAddress.TryParse(p, out _)) is { } bad)
        {
            app.Logger.LogCritical("Graph will not start: Graph:KnownProxies holds '{Proxy}', which is not an IP address.", bad);
            return false;
        }
        if (!keyless || options.AllowAnonymousWrites) return true;
        if (app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("Development: {Reason}", OpenWrites);
            return true;
        }
        app.Logger.LogCritical("Graph will not start in {Environment}: {Reason}", app.Environment.EnvironmentName, OpenWrites);
        return false;
    }
}
