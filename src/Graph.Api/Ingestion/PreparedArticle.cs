using Graph.Core;

namespace Graph.Api.Ingestion;

/// <summary>An article checked and extracted, ready to store.</summary>
public sealed record PreparedArticle(Article Article, ExtractionResult Extraction);
