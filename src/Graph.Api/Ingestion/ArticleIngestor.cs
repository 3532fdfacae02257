using Graph.Core;
using Graph.Extraction;

namespace Graph.Api.Ingestion;

/// <summary>Checks an article, extracts its graph and stores it in one transaction. Used by the mutation and the CLI.</summary>
public sealed class ArticleIngestor(IGraphStore store, ArabicExtractor extractor, IngestLimits limits)
{
    public Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken ct = default) => StoreAsync(Prepare(input), ct);

    /// <summary>Checks and extracts an article (CPU work, safe to run in parallel) without storing it.</summary>
    public PreparedArticle Prepare(ArticleInput input)
    {
        try
        {
            return Check(input);
        }
        catch (IngestException)
        {
            Count("refused");
            throw;
        }
    }

    private PreparedArticle Check(ArticleInput input)
    {
        var text = input.Text ?? "";
        if (string.IsNullOrWhiteSpace(text))
            throw new IngestException(IngestException.EmptyText, "The article text is empty or only white space.");
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaxArticleBytes)
            throw new IngestException(IngestException.TextTooLong,
                $"The article text is {bytes:N0} bytes; the limit is {limits.MaxArticleBytes:N0} (Graph:MaxArticleBytes).");
        if (text.Contains('\0'))
            throw new IngestException(IngestException.InvalidText, "The article text contains a NUL character; send text, not binary data.");
        if (!text.Any(char.IsLetterOrDigit))
            throw new IngestException(IngestException.InvalidText, "The article text has no letters or digits; send the article's words.");
        ArticleRules.Check(input);
        var id = Ids.Article(text);
        var article = new Article(id, Ids.NormaliseArticleText(text), Clean(input.Title) ?? TitleFrom(text), Clean(input.Url), Clean(input.Outlet),
            input.PublishedAt, Clean(input.Language) ?? Language.Detect(text));
        return new PreparedArticle(article, extractor.Extract(article.Text, id, article.PublishedAt));
    }

    /// <summary>Stores prepared articles in one transaction (the store falls back to one by one when one of them fails).</summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct = default)
    {
        var outcomes = await store.StoreBatchAsync(prepared.Select(p => (p.Article, p.Extraction)).ToList(), ct);
        foreach (var outcome in outcomes) Count(outcome.Created ? "created" : "unchanged");
        return outcomes;
    }

    /// <summary>Stores a prepared article in one transaction.</summary>
    public async Task<IngestOutcome> StoreAsync(PreparedArticle prepared, CancellationToken ct = default)
    {
        var outcome = await store.StoreAsync(prepared.Article, prepared.Extraction, ct);
        Count(outcome.Created ? "created" : "unchanged");
        return outcome;
    }

    private static void Count(string outcome) =>
        Hosting.GraphTelemetry.IngestedArticles.Add(1, new KeyValuePair<string, object?>("graph.outcome", outcome));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A text's first line, shortened, stands in for a missing title.</summary>
    private static string? TitleFrom(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 120 ? line : line[..119].TrimEnd() + "…";
    }
}
