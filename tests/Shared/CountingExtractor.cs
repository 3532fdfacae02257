using Graph.Core;

namespace Graph.Testing;

/// <summary>An extractor that counts its calls: what the tests of the duplicate short-cut measure.</summary>
public sealed class CountingExtractor(IExtractor inner) : IExtractor
{
    private int _calls;

    public int Calls => _calls;

    public ExtractionResult Extract(string text, string? articleId = null, DateOnly? published = null)
    {
        Interlocked.Increment(ref _calls);
        return inner.Extract(text, articleId, published);
    }
}
