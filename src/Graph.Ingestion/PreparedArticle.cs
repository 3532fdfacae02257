using Graph.Core;

namespace Graph.Ingestion;

/// <summary>An article checked and extracted, ready to store.</summary>
public sealed record PreparedArticle(Article Article, ExtractionResult Extraction);
