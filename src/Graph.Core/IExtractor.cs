namespace Graph.Core;

/// <summary>The extraction port: text in, the graph records read from it out. Ingestion sees extraction only through this.</summary>
public interface IExtractor
{
    ExtractionResult Extract(string text, string? articleId = null, DateOnly? published = null);
}
