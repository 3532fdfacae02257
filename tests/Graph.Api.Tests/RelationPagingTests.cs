using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Relation lists: filters, orders, keyset cursors, totals, the page-size cap, and batched loading.</summary>
public sealed class RelationPagingTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private ServiceFixture Service => seed.Service;

    [Fact]
    public async Task Pages_through_all_relations_by_confidence_without_gaps_or_repeats()
    {
        var all = (await Service.QueryAsync("{ relations(first: 500) { totalCount edges { node { id } } } }")).GetProperty("data").GetProperty("relations");
        var total = all.GetProperty("totalCount").GetInt32();
        var seen = new List<string>();
        string? after = null;
        double last = double.MaxValue;
        do
        {
            var page = (await Service.QueryAsync("query($after: String) { relations(first: 7, after: $after, order: { confidence: DESC }) { pageInfo { hasNextPage endCursor } edges { node { id confidence } } } }",
                new { after })).GetProperty("data").GetProperty("relations");
            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                var confidence = edge.GetProperty("node").GetProperty("confidence").GetDouble();
                Assert.True(confidence <= last);
                last = confidence;
                seen.Add(edge.GetProperty("node").GetProperty("id").GetString()!);
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        } while (after is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Filters_by_type_subject_and_confidence()
    {
        var result = await Service.QueryAsync("""{ relations(where: { types: [SANCTIONED], object: "Country:RUS", minConfidence: 0.5 }) { totalCount edges { node { type object { id } confidence } } } }""");
        var edges = result.GetProperty("data").GetProperty("relations").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e =>
        {
            Assert.Equal("SANCTIONED", e.GetProperty("node").GetProperty("type").GetString());
            Assert.Equal("Country:RUS", e.GetProperty("node").GetProperty("object").GetProperty("id").GetString());
            Assert.True(e.GetProperty("node").GetProperty("confidence").GetDouble() >= 0.5);
        });
    }

    [Fact]
    public async Task A_page_larger_than_the_cap_is_refused()
    {
        var result = await Service.QueryAsync("{ relations(first: 501) { totalCount } }");
        Assert.Equal("BAD_PAGE_SIZE", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_from_another_list_is_refused()
    {
        var result = await Service.QueryAsync("""{ relations(after: "bm90LWEtY3Vyc29y") { totalCount } }""");
        Assert.Equal("BAD_CURSOR", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_query_that_would_return_millions_of_nodes_is_refused_before_it_runs()
    {
        Service.Store.Reset();
        var result = await Service.QueryAsync("""
            { entities(first: 500) { edges { node { relations(direction: BOTH) { subject { relations(direction: BOTH) { object { relations(direction: BOTH) { subject { statements { text } } } } } } } } } } }
            """);
        Assert.Contains("complexity", result.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Service.Store.Calls);
    }

    [Fact]
    public async Task Fields_that_follow_relations_load_in_batches_whatever_the_number_of_entities()
    {
        const string query = """
            query($n: Int) { entities(first: $n) { edges { node { name mentionCount labels { text } statements { text article { title } }
              relations(direction: BOTH) { type subject { name } object { name } evidence { statement { text } } } } } } }
            """;
        Service.Store.Reset();
        var few = await Service.QueryAsync(query, new { n = 5 });
        var fewCalls = Service.Store.Calls;
        Service.Store.Reset();
        var many = await Service.QueryAsync(query, new { n = 36 });
        var manyCalls = Service.Store.Calls;
        Assert.False(many.TryGetProperty("errors", out _), many.ToString());
        Assert.Equal(36, many.GetProperty("data").GetProperty("entities").GetProperty("edges").GetArrayLength());
        // Never more calls for more entities (fewer is possible: records the first query read are kept in RecordCache).
        Assert.InRange(manyCalls, 1, fewCalls);
        Assert.InRange(fewCalls, 1, 12);
    }
}
