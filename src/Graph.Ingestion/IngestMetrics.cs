using System.Diagnostics.Metrics;

namespace Graph.Ingestion;

/// <summary>Ingestion's metric, on the meter "Graph" that the service exports with its own.</summary>
public static class IngestMetrics
{
    public const string MeterName = "Graph";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>graph.ingest.articles, by graph.outcome (created, unchanged, refused): its rate is the ingest rate.</summary>
    private static readonly Counter<long> IngestedArticles = Meter.CreateCounter<long>("graph.ingest.articles", "{article}",
        "Articles offered for ingestion, by outcome.");

    public static void Count(string outcome) => IngestedArticles.Add(1, new KeyValuePair<string, object?>("graph.outcome", outcome));
}
