using Graph.Core;

namespace Graph.Storage.Tests;

/// <summary>How rolled-up relations become acts (<see cref="GraphQueries.Events"/>): one act an article, type and
/// counterpart unless dated differently, and acts joined by the stored events they share, however the sharing chains.</summary>
public sealed class RollUpEventsTests
{
    private static RolledUpRelation Rolled(string relation, string article, string? eventId, string? date = null, string? via = null) =>
        new(new EdgeRef(relation, via ?? "Country:JPN", "Country:PRK", RelationType.Criticized, 0.8, article, date, eventId), "Country:JPN", "Country:PRK", via, null);

    [Fact]
    public void Acts_that_share_events_in_a_chain_are_one()
    {
        // Article A reports event 1, article B event 2, article C both (its country's and its minister's relation).
        var acts = GraphQueries.Events([
            Rolled("r1", "Article:a", "Event:1"),
            Rolled("r2", "Article:b", "Event:2"),
            Rolled("r3", "Article:c", "Event:1"),
            Rolled("r4", "Article:c", "Event:2", via: "Person:fumio-kishida"),
        ]);
        var act = Assert.Single(acts);
        // The relations keep their order, though the chain's root (event 2's act) is not its first act.
        Assert.Equal(["r1", "r2", "r3", "r4"], act.Relations.Select(r => r.Edge.RelationId));
        Assert.Equal(["Article:a", "Article:b", "Article:c"], act.ArticleIds.Order());
    }

    [Fact]
    public void Within_an_article_acts_dated_differently_stay_apart_and_an_undated_one_goes_with_the_first()
    {
        var acts = GraphQueries.Events([
            Rolled("r1", "Article:a", null, "2024-03-12"),
            Rolled("r2", "Article:a", null, "2024-03-09", via: "Person:fumio-kishida"),
            Rolled("r3", "Article:a", null, null, via: "Person:yoko-kamikawa"),
        ]);
        Assert.Equal([("2024-03-09", 2), ("2024-03-12", 1)], acts.Select(a => (a.Date, a.Relations.Count)).OrderBy(x => x.Date));
    }
}
