using Graph.Core;
using Graph.Core.Grouping;

namespace Graph.Storage.Neo4j;

/// <summary>Stories, events and quote keys for articles stored before they were kept (the SQLite store does this in its
/// migration 6): the MinHash signatures and quote hashes are computed here, not in Cypher, so this is a command
/// (<c>graph group --neo4j URL</c>) rather than a script in <c>schema/neo4j/upgrade</c>.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>Groups every stored article that has no story yet, in the order stored, <paramref name="batchSize"/> articles a
    /// transaction (each as a batch is grouped at ingest); returns how many it grouped. Running it again groups nothing more.
    /// Run it before ingesting anything new, so old articles are grouped before the articles that came after them.</summary>
    public async Task<int> GroupStoredAsync(int batchSize = 64, Action<int>? progress = null, CancellationToken ct = default)
    {
        var after = "";
        var grouped = 0;
        while (true)
        {
            var rows = (await RunAsync(Cypher.ArticlePage, ct, ("after", after), ("take", batchSize))).Records.ToList();
            if (rows.Count == 0) return grouped;
            after = rows[^1].String("seq");
            var articles = rows.Select(Read.Article).Where(a => a.StoryId is null).ToList();
            if (articles.Count == 0) continue;
            var ids = articles.Select(a => a.Id).ToList();
            var relations = await GetRelationsByArticleAsync(ids, ct);
            var mentions = await GetMentionsByArticleAsync(ids, ct);
            var statements = await GetStatementsByArticleAsync(ids, ct);
            await _client.InTransactionAsync(async (tx, token) =>
            {
                var grouping = await Grouping.PlanAsync(tx, articles.Select(a =>
                    (a, (IReadOnlyList<Relation>)relations[a.Id].ToList(), mentions[a.Id].Select(m => m.EntityId).Distinct())).ToList(), token);
                foreach (var type in relations.SelectMany(g => g).Where(r => grouping.EventIds.ContainsKey(r.Id)).GroupBy(r => r.Type))
                    await tx.RunAsync(GroupingStatements.SetEventIds[type.Key], new Dictionary<string, object?>
                    {
                        ["rows"] = type.Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["event"] = grouping.EventIds[r.Id] }).ToList(),
                    }, token);
                var keys = statements.SelectMany(g => g).Select(s => new Dictionary<string, object?> { ["id"] = s.Id, ["key"] = SameQuote.Key(s) })
                    .Where(r => r["key"] is not null).ToList();
                if (keys.Count > 0) await tx.RunAsync(GroupingStatements.SetQuoteKeys, new Dictionary<string, object?> { ["rows"] = keys }, token);
                await tx.RunAsync(GroupingStatements.Write, grouping.Parameters, token);
                return true;
            }, ct);
            grouped += articles.Count;
            progress?.Invoke(grouped);
        }
    }
}
