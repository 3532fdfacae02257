using Graph.Api.Http;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Graph.Api.Hosting;

/// <summary>OpenTelemetry: ASP.NET Core's and the service's own traces and metrics (<see cref="GraphTelemetry"/>), sent over
/// OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and the metrics in Prometheus' format at /metrics for callers with the key.</summary>
public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddGraphTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("graph"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddMeter(GraphTelemetry.Name).AddPrometheusExporter();
                if (otlp) m.AddOtlpExporter();
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => http.Request.Path != MetricsPath).AddSource(GraphTelemetry.Name);
                if (otlp) t.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>/metrics needs the API key (it tells what the service is asked and how it copes); with no key set it is not served.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        app.UseWhen(http => http.Request.Path == MetricsPath, branch => branch.Use(async (http, next) =>
        {
            var denial = string.IsNullOrEmpty(options.ApiKey)
                ? new ApiKeys.Denial(StatusCodes.Status404NotFound, "NOT_FOUND", "/metrics is served only when Graph:ApiKey is set, to callers with the key.")
                : ApiKeys.Check(http.Request, options, mutation: true);
            if (denial is null)
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = denial.Status;
            await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = denial.Message, extensions = new { code = denial.Code } } } });
        }));
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == MetricsPath);
        return app;
    }
}
