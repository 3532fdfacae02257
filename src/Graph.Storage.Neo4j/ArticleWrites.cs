using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The statements that store one article, in order, with their parameters: the store runs them in one transaction,
/// and <c>graph export --format cypher</c> writes them out for cypher-shell. Each is safe to run twice.</summary>
public static class ArticleWrites
{
    /// <summary>One statement to run; <see cref="Rows"/> is how many rows it must write (0: not counted).</summary>
    public sealed record Step(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters, int Rows, string What);

    /// <summary>Creates the article node unless it exists; <paramref name="token"/> tells whether this call created it.</summary>
    public static Step Article(Article article, string token) =>
        new(Cypher.MergeArticle, new Dictionary<string, object?> { ["id"] = article.Id, ["token"] = token, ["props"] = Props.Of(article) }, 0, "article");

    /// <summary>Everything after the article node: its number, entities, mentions, statements, relations (one statement per type).</summary>
    public static IEnumerable<Step> Contents(Article article, ExtractionResult extraction)
    {
        yield return new(Cypher.NumberArticle, new Dictionary<string, object?> { ["id"] = article.Id }, 0, "number");
        if (extraction.Entities.Count > 0)
            yield return Rows(Cypher.MergeEntities, null, extraction.Entities.Select(Props.Of), "entities");
        if (extraction.Mentions.Count > 0)
            yield return Rows(Cypher.MergeMentions, article.Id, extraction.Mentions.Select(Props.Of), "mentions (each names a stored entity)");
        if (extraction.Statements.Count > 0)
            yield return Rows(Cypher.MergeStatements, article.Id, extraction.Statements.Select((s, i) => Props.Of(s, article.Id, i)), "statements");
        foreach (var group in extraction.Relations.Select((r, i) => (Relation: r, Ordinal: i)).GroupBy(x => x.Relation.Type))
            yield return Rows(Cypher.MergeRelations[group.Key], article.Id, group.Select(x => Props.Of(x.Relation, x.Ordinal)),
                $"{RelationTypeInfo.Of(group.Key).Name} relations (both ends must be stored entities)");
    }

    private static Step Rows(CypherStatement statement, string? articleId, IEnumerable<Dictionary<string, object?>> rows, string what)
    {
        var list = rows.ToList();
        var parameters = new Dictionary<string, object?> { ["rows"] = list };
        if (articleId is not null) parameters["article"] = articleId;
        return new(statement, parameters, list.Count, what);
    }
}
