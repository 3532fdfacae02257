using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The statements that store a batch of new articles after <see cref="Cypher.MergeArticles"/> has said which are new:
/// numbering, then the entities, mentions, statements and relations of all of them, each kind in one statement (relations
/// one statement per type present). Every row carries its article's id.</summary>
internal static class BatchWrites
{
    public static Dictionary<string, object?> Article(Article a) => new() { ["id"] = a.Id, ["props"] = Props.Of(a) };

    public static IEnumerable<ArticleWrites.Step> Contents(IReadOnlyList<(Article Article, ExtractionResult Extraction)> fresh)
    {
        yield return new(Cypher.NumberArticles, new Dictionary<string, object?> { ["ids"] = fresh.Select(f => f.Article.Id).ToList() }, fresh.Count, "article numbers");
        var entities = fresh.SelectMany(f => f.Extraction.Entities).Select(Props.Of).ToList();
        if (entities.Count > 0) yield return Rows(Cypher.MergeEntities, entities, "entities");
        var mentions = fresh.SelectMany(f => f.Extraction.Mentions.Select(m => With(Props.Of(m), f.Article.Id))).ToList();
        if (mentions.Count > 0) yield return Rows(Cypher.MergeBatchMentions, mentions, "mentions (each names a stored entity)");
        var statements = fresh.SelectMany(f => f.Extraction.Statements.Select((s, i) => With(Props.Of(s, f.Article.Id, i), f.Article.Id))).ToList();
        if (statements.Count > 0) yield return Rows(Cypher.MergeBatchStatements, statements, "statements");
        var relations = fresh.SelectMany(f => f.Extraction.Relations.Select((r, i) => (Type: r.Type, Row: With(Props.Of(r, i), f.Article.Id))));
        foreach (var group in relations.GroupBy(x => x.Type).OrderBy(g => g.Key))
            yield return Rows(Cypher.MergeBatchRelations[group.Key], group.Select(x => x.Row).ToList(),
                $"{RelationTypeInfo.Of(group.Key).Name} relations (both ends must be stored entities)");
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, string articleId)
    {
        row["article"] = articleId;
        return row;
    }

    private static ArticleWrites.Step Rows(CypherStatement statement, List<Dictionary<string, object?>> rows, string what) =>
        new(statement, new Dictionary<string, object?> { ["rows"] = rows }, rows.Count, what);
}
