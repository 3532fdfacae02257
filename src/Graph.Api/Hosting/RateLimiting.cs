using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Graph.Api.Hosting;

/// <summary>A fixed window of Graph:RateLimitPerMinute GraphQL requests per client address; past it, 429 with Retry-After
/// giving the seconds left in the window. Forwarded addresses count only from the proxies in Graph:KnownProxies.</summary>
public static class RateLimiting
{
    public const string Policy = "graphql";

    public static WebApplicationBuilder AddGraphRateLimiting(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetSection("Graph").Get<GraphOptions>()?.RateLimitPerMinute ?? new GraphOptions().RateLimitPerMinute;
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                var message = $"Too many requests: at most {perMinute} a minute from one address. Try again in {retry} s.";
                await context.HttpContext.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code = "RATE_LIMITED" } } } }, ct);
            };
            o.AddPolicy(Policy, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                // The client's address: the connection's, or, behind a proxy listed in Graph:KnownProxies, the one it forwards.
                : RateLimitPartition.Get(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new WindowLimiter(perMinute, TimeSpan.FromMinutes(1), TimeProvider.System)));
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            var proxies = builder.Configuration.GetSection("Graph").Get<GraphOptions>()?.KnownProxies ?? [];
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        return builder;
    }

    /// <summary>Reads X-Forwarded-For and X-Forwarded-Proto from the proxies in Graph:KnownProxies only; with none listed the
    /// headers are ignored, so a client cannot name itself someone else to escape its limit.</summary>
    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value.KnownProxies is { Length: > 0 })
            app.UseForwardedHeaders();
        return app;
    }
}
