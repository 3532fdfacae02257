using Graph.Core;

namespace Graph.Extraction.Tests;

internal static class Extract
{
    private static readonly ArabicExtractor Extractor = new();

    public static ExtractionResult From(string text) => Extractor.Extract(text);

    public static IEnumerable<(string Type, string Subject, string Object)> Triples(string text)
    {
        var result = From(text);
        return result.Relations.Select(r => (r.Info.Name, r.SubjectId, r.ObjectId));
    }
}
