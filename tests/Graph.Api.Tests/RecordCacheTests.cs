using Graph.Api.GraphQL;
using Graph.Core;

namespace Graph.Api.Tests;

public sealed class RecordCacheTests
{
    private static Statement Statement(int i) => new($"Statement:{i}", "Article:a", null, "نص", StatementKind.Quote, 0, 2, 0, 2, "ar");

    [Fact]
    public async Task Asks_the_store_only_for_what_it_does_not_hold()
    {
        var cache = new RecordCache();
        var asked = new List<string[]>();
        Task<IEnumerable<(string, Statement)>> Fetch(IReadOnlyCollection<string> ids)
        {
            asked.Add([.. ids]);
            return Task.FromResult(ids.Select(id => (id, Statement(int.Parse(id.Split(':')[1])))));
        }
        await RecordCache.LoadAsync(cache.Statements, ["Statement:1", "Statement:2"], Fetch);
        var second = await RecordCache.LoadAsync(cache.Statements, ["Statement:2", "Statement:3"], Fetch);
        Assert.Equal([["Statement:1", "Statement:2"], ["Statement:3"]], asked);
        Assert.Equal(["Statement:2", "Statement:3"], second.Keys.Order());
        await RecordCache.LoadAsync(cache.Statements, ["Statement:1", "Statement:3"], Fetch);
        Assert.Equal(2, asked.Count);
    }

    [Fact]
    public void Holds_at_most_two_generations()
    {
        var cache = new RecordCache.Generations<Statement>();
        for (var i = 0; i < RecordCache.Capacity * 3; i++) cache.Add($"Statement:{i}", Statement(i));
        Assert.False(cache.TryGet("Statement:0", out _));
        Assert.True(cache.TryGet($"Statement:{RecordCache.Capacity * 3 - 1}", out _));
        Assert.True(cache.TryGet($"Statement:{RecordCache.Capacity * 2}", out _));
    }
}
