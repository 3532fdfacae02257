using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Cli;

/// <summary>A cypher-shell script (<c>cypher-shell -f FILE</c>): the schema, then each article as one transaction of the Neo4j
/// store's own write statements, their parameters set with <c>:param</c>. Running it twice changes nothing.</summary>
internal static class CypherScript
{
    public static async Task WriteHeaderAsync(TextWriter w)
    {
        await w.WriteLineAsync("// Graph export for Neo4j 5. Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f FILE");
        foreach (var s in Neo4jSchema.Statements) await w.WriteLineAsync(s.Text + ";");
    }

    public static async Task WriteAsync(TextWriter w, Article article, ExtractionResult extraction)
    {
        await w.WriteLineAsync($"// {article.Id} {article.Title}".TrimEnd());
        await w.WriteLineAsync(":begin");
        foreach (var step in ArticleWrites.Contents([(article, extraction)]).Prepend(ArticleWrites.Articles([article], "export")))
        {
            foreach (var (name, value) in step.Parameters) await w.WriteLineAsync($":param {name} => {CypherLiteral.Of(value)}");
            await w.WriteLineAsync(step.Statement.Text + ";");
        }
        await w.WriteLineAsync(":commit");
    }
}
