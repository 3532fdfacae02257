using Graph.Core;

namespace Graph.Ingestion;

/// <summary>Checks an article, asks the store whether it has it already (same content id) and only then extracts its graph
/// and stores it in one transaction. Used by the mutation and the CLI.</summary>
public sealed class ArticleIngestor(IGraphStore store, IExtractor extractor, IngestLimits limits)
{
    public async Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken ct = default)
    {
        var article = Check(input);
        return (await StoredAsync([article.Id], ct)).TryGetValue(article.Id, out var stored)
            ? Unchanged(stored)
            : await StoreAsync(Extract(article), ct);
    }

    /// <summary>The article an input makes (its id is the hash of its text), or <see cref="IngestException"/> saying why none.</summary>
    public Article Check(ArticleInput input)
    {
        try
        {
            return ArticleOf(input);
        }
        catch (IngestException)
        {
            IngestMetrics.Count("refused");
            throw;
        }
    }

    /// <summary>Which of these articles the store has already, by id, in one store call: those need no extraction.</summary>
    public async Task<IReadOnlyDictionary<string, Article>> StoredAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ids.Count == 0 ? new Dictionary<string, Article>() : (await store.GetArticlesAsync(ids, ct)).ToDictionary(a => a.Id);

    /// <summary>The outcome for an article found stored: nothing extracted, nothing written.</summary>
    public static IngestOutcome Unchanged(Article stored)
    {
        IngestMetrics.Count("unchanged");
        return new IngestOutcome(stored, false, 0, 0, 0);
    }

    /// <summary>Extracts a checked article's graph (CPU work, safe to run in parallel) without storing it.</summary>
    public PreparedArticle Extract(Article article) => new(article, extractor.Extract(article.Text, article.Id, article.PublishedAt));

    /// <summary>Stores prepared articles in one transaction (the store falls back to one by one when one of them fails).</summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(IReadOnlyList<PreparedArticle> prepared, CancellationToken ct = default)
    {
        var outcomes = await store.StoreBatchAsync(prepared.Select(p => (p.Article, p.Extraction)).ToList(), ct);
        foreach (var outcome in outcomes) IngestMetrics.Count(outcome.Created ? "created" : "unchanged");
        return outcomes;
    }

    /// <summary>Stores a prepared article in one transaction.</summary>
    public async Task<IngestOutcome> StoreAsync(PreparedArticle prepared, CancellationToken ct = default)
    {
        var outcome = await store.StoreAsync(prepared.Article, prepared.Extraction, ct);
        IngestMetrics.Count(outcome.Created ? "created" : "unchanged");
        return outcome;
    }

    private Article ArticleOf(ArticleInput input)
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
        return new Article(Ids.Article(text), Ids.NormaliseArticleText(text), Clean(input.Title) ?? TitleFrom(text), Clean(input.Url), Clean(input.Outlet),
            input.PublishedAt, Clean(input.Language) ?? Language.Detect(text));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A text's first line, shortened, stands in for a missing title.</summary>
    private static string? TitleFrom(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 120 ? line : line[..119].TrimEnd() + "…";
    }
}
