using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>A country's roll-up takes the confidence and date filters relations(where:) takes, with the same meaning (the graph
/// page's query needs them in roll-up mode): it keeps exactly the rolled-up relations that relations(where:) lets through.</summary>
public sealed class RollUpFilterTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Theory]
    [InlineData("minConfidence: 0.7")]
    [InlineData("dateFrom: \"2025-01-01\", dateTo: \"2025-01-31\"")]
    [InlineData("dateTo: \"2025-02-14\"")]
    [InlineData("minConfidence: 0.5, dateTo: \"2025-02-14\"")]
    public async Task A_filtered_roll_up_keeps_what_relations_where_keeps(string filter)
    {
        var data = await DataAsync($$"""
            { country(name: "Russia") { all: rollUp(direction: OUTGOING, first: 500) { relation { id } }
                                        kept: rollUp(direction: OUTGOING, {{filter}}, first: 500) { relation { id } } }
              relations(where: { {{filter}} }, first: 500) { edges { node { id } } } }
            """);
        HashSet<string> Ids(JsonElement list) => list.EnumerateArray().Select(r => r.GetProperty("relation").GetProperty("id").GetString()!).ToHashSet();
        var all = Ids(data.GetProperty("country").GetProperty("all"));
        var passing = data.GetProperty("relations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToHashSet();
        var kept = Ids(data.GetProperty("country").GetProperty("kept"));
        Assert.Equal(all.Intersect(passing).ToHashSet(), kept);
        Assert.NotEqual(all.Count, kept.Count);
    }

    [Theory]
    [InlineData("minConfidence: 1.5")]
    [InlineData("dateFrom: \"2025-13-01\"")]
    public async Task A_bad_filter_is_refused(string filter)
    {
        var result = await seed.Service.QueryAsync($$"""{ country(name: "Russia") { rollUp({{filter}}) { relation { id } } } }""");
        Assert.Equal("BAD_USER_INPUT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> DataAsync(string query)
    {
        var result = await seed.Service.QueryAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }
}
