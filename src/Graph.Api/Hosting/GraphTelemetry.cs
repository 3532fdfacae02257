using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Graph.Api.Hosting;

/// <summary>The service's own traces and metrics (source and meter "Graph"), exported by OpenTelemetry: GraphQL requests
/// by operation, what they cost, what was refused and why, and the store's calls (ingestion: <see cref="Graph.Ingestion.IngestMetrics"/>).</summary>
public static class GraphTelemetry
{
    /// <summary>The source's and the meter's name; ingestion counts its articles on a meter of this name (graph.ingest.articles).</summary>
    public const string Name = Graph.Ingestion.IngestMetrics.MeterName;

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    /// <summary>graph.graphql.request.duration (s), by graphql.operation.name, graphql.operation.type and graph.outcome.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("graph.graphql.request.duration", "s",
        "How long GraphQL requests take, from the body read to the answer written.");
    /// <summary>graph.graphql.selections: fields a document asks for with fragments expanded (counted before validation).</summary>
    public static readonly Histogram<long> Selections = Meter.CreateHistogram<long>("graph.graphql.selections", "{field}",
        "Fields a GraphQL document asks for, fragments expanded.");
    /// <summary>graph.graphql.complexity: the complexity analyzer's total for each validated operation.</summary>
    public static readonly Histogram<double> Complexity = Meter.CreateHistogram<double>("graph.graphql.complexity", "{complexity}",
        "The complexity analyzer's total for each operation.");
    /// <summary>graph.graphql.rejected: requests answered with an error before or instead of executing, by error.code.</summary>
    public static readonly Counter<long> Rejected = Meter.CreateCounter<long>("graph.graphql.rejected", "{request}",
        "GraphQL requests refused, by the code they got.");
    /// <summary>graph.store.calls and graph.store.duration (s), by graph.store.method and graph.outcome.</summary>
    public static readonly Counter<long> StoreCalls = Meter.CreateCounter<long>("graph.store.calls", "{call}", "Calls to the graph store.");
    public static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>("graph.store.duration", "s", "How long store calls take.");

    /// <summary>An operation name fit for a metric tag: client-chosen, so only plain names of up to 64 characters are kept.</summary>
    public static string OperationTag(string? name) =>
        string.IsNullOrEmpty(name) ? "(anonymous)"
        : name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "(other)";
}
