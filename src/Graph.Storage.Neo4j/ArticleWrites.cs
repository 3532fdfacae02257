using System.Globalization;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The statements that store articles, in order, with their parameters: the store runs them in one transaction for
/// one article or a batch, and <c>graph export --format cypher</c> writes them out for cypher-shell. Each kind of row is one
/// <c>UNWIND</c> statement over all the articles given (relations one statement per type present), every row carrying its
/// article's id. Each is safe to run twice.</summary>
public static class ArticleWrites
{
    /// <summary>One statement to run; <see cref="Rows"/> is how many rows it must write (0: not counted).</summary>
    public sealed record Step(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters, int Rows, string What);

    /// <summary>Creates the article nodes not yet stored; <paramref name="token"/> tells which this call created.</summary>
    public static Step Articles(IReadOnlyList<Article> articles, string token) =>
        new(Cypher.MergeArticles, new Dictionary<string, object?>
        {
            ["articles"] = articles.Select((a, i) => new Dictionary<string, object?> { ["id"] = a.Id, ["ordinal"] = Ordinal(i), ["props"] = Props.Of(a) }).ToList(),
            ["token"] = token,
        }, 0, "articles");

    /// <summary>Everything after the article nodes: entities, mentions, statements, relations (each act relation with the event
    /// it reports, when <paramref name="eventIds"/> gives one).</summary>
    public static IEnumerable<Step> Contents(IReadOnlyList<(Article Article, ExtractionResult Extraction)> items, IReadOnlyDictionary<string, string>? eventIds = null)
    {
        var entities = items.SelectMany(f => f.Extraction.Entities).Select(Props.Of).ToList();
        if (entities.Count > 0) yield return Rows(Cypher.MergeEntities, entities, "entities");
        var mentions = items.SelectMany(f => f.Extraction.Mentions.Select(m => With(Props.Of(m), f.Article.Id))).ToList();
        if (mentions.Count > 0) yield return Rows(Cypher.MergeMentions, mentions, "mentions (each names a stored entity)");
        var statements = items.SelectMany(f => f.Extraction.Statements.Select((s, i) => With(Props.Of(s, f.Article.Id, Ordinal(i)), f.Article.Id))).ToList();
        if (statements.Count > 0) yield return Rows(Cypher.MergeStatements, statements, "statements");
        var relations = items.SelectMany(f => f.Extraction.Relations.Select((r, i) => (r.Type, Row: With(Props.Of(r, Ordinal(i), eventIds?.GetValueOrDefault(r.Id)), f.Article.Id))));
        foreach (var group in relations.GroupBy(x => x.Type).OrderBy(g => g.Key))
            yield return Rows(Cypher.MergeRelations[group.Key], group.Select(x => x.Row).ToList(),
                $"{RelationTypeInfo.Of(group.Key).Name} relations (both ends must be stored entities)");
    }

    /// <summary>A place in a list as the fixed-width digits an order key ends with, so keys sort as their places do.</summary>
    private static string Ordinal(int i) => i.ToString("D6", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, string articleId)
    {
        row["article"] = articleId;
        return row;
    }

    private static Step Rows(CypherStatement statement, List<Dictionary<string, object?>> rows, string what) =>
        new(statement, new Dictionary<string, object?> { ["rows"] = rows }, rows.Count, what);
}
