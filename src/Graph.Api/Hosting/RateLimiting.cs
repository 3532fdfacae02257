using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Graph.Api.Hosting;

/// <summary>A fixed window of Graph:RateLimitPerMinute GraphQL requests per client address; past it, 429 with Retry-After.</summary>
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
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                var message = $"Too many requests: at most {perMinute} a minute from one address. Try again in {retry} s.";
                await context.HttpContext.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code = "RATE_LIMITED" } } } }, ct);
            };
            o.AddPolicy(Policy, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
