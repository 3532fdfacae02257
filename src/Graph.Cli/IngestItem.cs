using Graph.Core;

namespace Graph.Cli;

/// <summary>One article to ingest, or the reason it cannot be, with where it came from (file, and line for JSON Lines).</summary>
public sealed record IngestItem(string Source, ArticleInput? Input, string? Error)
{
    public static IngestItem Bad(string source, string error) => new(source, null, error);
}
