namespace Graph.Ingestion;

/// <summary>Limits on what may be ingested (configuration section <c>Graph</c>).</summary>
public sealed record IngestLimits(int MaxArticleBytes = 1024 * 1024);
