using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The shape of the statements the Neo4j store sends, checked without a server: filters a planner cannot seek on
/// (<c>$x IS NULL OR …</c>, a value looked for inside a list property) scan the whole graph at production size.</summary>
public sealed partial class CatalogueTests
{
    [GeneratedRegex(@"\$\w+\s+IS\s+NULL\s+OR\b", RegexOptions.IgnoreCase)]
    private static partial Regex CatchAll();

    [GeneratedRegex(@"\bIN\s+e\.keys\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListScan();

    /// <summary>What is wrong with a statement's shape, if anything.</summary>
    private static IEnumerable<string> Problems(CypherStatement s)
    {
        if (CatchAll().IsMatch(s.Text)) yield return $"{s.Name}: a '$x IS NULL OR' filter (give one text per combination of filters instead)";
        if (ListScan().IsMatch(s.Text)) yield return $"{s.Name}: looks for a value inside a list property (no index serves that)";
    }

    [Fact]
    public void No_statement_filters_with_IS_NULL_OR_or_looks_inside_a_list_of_keys() =>
        Assert.Empty(Cypher.All.SelectMany(Problems));

    [Fact]
    public void The_check_fails_on_the_shapes_it_forbids()
    {
        Assert.Single(Problems(new CypherStatement("catch-all", "MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type) RETURN e", "type")));
        Assert.Single(Problems(new CypherStatement("list-scan", "MATCH (e:Entity) WHERE $key IN e.keys RETURN e", "key")));
        Assert.Single(Problems(new CypherStatement("any-scan", "MATCH (e:Entity) WHERE any(k IN e.keys WHERE k STARTS WITH $p) RETURN e", "p")));
        Assert.Empty(Problems(new CypherStatement("seek", "MATCH (:Name {key: $key})-[:NAMES]->(e:Entity) RETURN e", "key")));
    }

    [Fact]
    public void No_statement_takes_a_lock_shared_by_every_writer() =>
        Assert.Empty(Cypher.All.Where(s => s.Text.Contains(":Sequence", StringComparison.Ordinal)).Select(s => s.Name));

    [Fact]
    public void The_search_cuts_its_page_inside_the_full_text_procedure() =>
        Assert.Contains("{skip: $skip, limit: $take}) YIELD node, score", Cypher.Search.Text);

    [Fact]
    public void Every_statement_names_the_index_it_relies_on() =>
        Assert.Empty(Cypher.All.Where(s => s.Uses.Length == 0).Select(s => s.Name));

    [Fact]
    public void A_relation_query_gives_only_the_filters_asked_for()
    {
        var bare = RelationQueries.Page(new RelationQueries.Shape(null, false, false, false, false, false, false), RelationOrder.Stored, after: false);
        Assert.Equal(["take"], bare.Parameters);
        var some = RelationQueries.Count(new RelationQueries.Shape([RelationType.Met], true, false, false, true, false, false));
        Assert.Equal(["subject", "min"], some.Parameters);
        Assert.Contains("(s:Entity {id: $subject})-[r:MET]->(o:Entity)", some.Text);
        Assert.DoesNotContain("$outlet", some.Text);
    }

    [Fact]
    public void Every_ontology_type_has_an_index_on_each_order_key()
    {
        var schema = string.Join('\n', Neo4jSchema.Statements.Select(s => s.Text));
        foreach (var type in RelationTypeInfo.Values.Select(t => t.Name))
            foreach (var key in new[] { "seq", "confidence", "dayFirst", "dayLast" })
                Assert.Contains($"FOR ()-[r:{type}]-() ON (r.{key})", schema);
    }
}
