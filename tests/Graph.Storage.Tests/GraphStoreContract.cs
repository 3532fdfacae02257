using Graph.Core;

namespace Graph.Storage.Tests;

/// <summary>What every store must do. Each store's test class derives from this and says how to make a fresh store.</summary>
public abstract class GraphStoreContract
{
    protected abstract IGraphStore CreateStore();

    [Fact]
    public async Task Stores_an_article_and_reads_it_back()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        var outcome = await store.StoreAsync(article, TestGraph.Extraction(article));
        Assert.True(outcome.Created);
        var read = Assert.Single(await store.GetArticlesAsync([article.Id]));
        Assert.Equal(article, read);
        var relations = (await store.GetRelationsByEntityAsync(["Country:RUS"], RelationDirection.Incoming))["Country:RUS"].ToList();
        var sanction = Assert.Single(relations, r => r.Type == RelationType.Sanctioned);
        Assert.Equal("Country:JPN", sanction.SubjectId);
        Assert.Equal(50, Assert.Single(sanction.Evidence).Start);
        var said = (await store.GetStatementsBySpeakerAsync(["Person:sergey-lavrov"]))["Person:sergey-lavrov"].Single();
        Assert.Equal(TestGraph.Text[39..71], said.Text);
        Assert.Equal(1, (await store.CountMentionsAsync(["Country:JPN"]))["Country:JPN"]);
    }

    [Fact]
    public async Task Storing_the_same_article_again_changes_nothing()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var before = await store.CountAsync();
        var again = await store.StoreAsync(article, TestGraph.Extraction(article));
        Assert.False(again.Created);
        Assert.Equal(before, await store.CountAsync());
    }

    [Fact]
    public async Task An_extraction_that_cannot_be_stored_leaves_nothing_behind()
    {
        var store = CreateStore();
        var good = TestGraph.Article();
        await store.StoreAsync(good, TestGraph.Extraction(good));
        var before = await store.CountAsync();

        var bad = TestGraph.Article(TestGraph.Text + " وهذا نص آخر.");
        var extraction = TestGraph.Extraction(bad);
        var dangling = extraction with
        {
            Relations = [.. extraction.Relations, new Relation("Relation:x", bad.Id, RelationType.Met, "Person:sergey-lavrov", "Person:nobody", 0.5, [])],
        };
        await Assert.ThrowsAnyAsync<Exception>(() => store.StoreAsync(bad, dangling));
        Assert.Equal(before, await store.CountAsync());
        Assert.Empty(await store.GetArticlesAsync([bad.Id]));
    }

    [Fact]
    public async Task Stores_a_batch_in_one_go_and_a_repeated_batch_changes_nothing()
    {
        var store = CreateStore();
        var a = TestGraph.Article();
        var b = TestGraph.Article(TestGraph.Text + " وأضاف أن الحوار ممكن.");
        var batch = new List<(Article, ExtractionResult)> { (a, TestGraph.Extraction(a)), (b, TestGraph.Extraction(b)), (a, TestGraph.Extraction(a)) };
        var outcomes = await store.StoreBatchAsync(batch);
        Assert.Equal([true, true, false], outcomes.Select(o => o.Created));
        var counts = await store.CountAsync();
        Assert.Equal(2, counts.Articles);
        Assert.All(await store.StoreBatchAsync(batch), o => Assert.False(o.Created));
        Assert.Equal(counts, await store.CountAsync());
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("روسيا")]
    [InlineData("RUS")]
    [InlineData("موسكو")]
    [InlineData("russia")]
    public async Task Finds_an_entity_by_any_name(string name)
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var page = await store.FindEntitiesAsync(new EntityFilter(name), 10, null);
        Assert.Equal("Country:RUS", Assert.Single(page.Items).Node.Id);
    }

    [Fact]
    public async Task Finds_a_name_written_with_other_alef_and_diacritics()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var page = await store.FindEntitiesAsync(new EntityFilter("سِيرجي لافْروف"), 10, null);
        Assert.Equal("Person:sergey-lavrov", Assert.Single(page.Items).Node.Id);
    }

    [Theory]
    [InlineData("Rus", "Country:RUS")]
    [InlineData("روس", "Country:RUS")]
    [InlineData("لاف", "Person:sergey-lavrov")]
    public async Task Suggests_entities_by_the_start_of_any_name(string prefix, string expected)
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var page = await store.FindEntitiesAsync(new EntityFilter(NameStartsWith: prefix), 10, null);
        Assert.Equal(expected, Assert.Single(page.Items).Node.Id);
    }

    [Fact]
    public async Task Knows_who_holds_a_government_office_for_a_country()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        Assert.Equal(["Person:sergey-lavrov"], (await store.GetOfficialsAsync(["Country:RUS"]))["Country:RUS"]);
        Assert.Empty((await store.GetOfficialsAsync(["Country:JPN"]))["Country:JPN"]);
        Assert.Equal("Country:RUS", (await store.GetOfficeCountriesAsync(["Person:sergey-lavrov", "Person:nobody"]))["Person:sergey-lavrov"]);
    }

    public static TheoryData<string> HostileText() =>
    [
        "'); DROP TABLE articles; --",
        "\" OR 1=1 --",
        "MATCH (n) DETACH DELETE n //",
        "}) RETURN 1; CREATE (x:Pwned {",
        "<script>alert(1)</script>",
        "<img src=x onerror=\"alert(1)\">",
        "قال «<b>لافروف</b>» ' \" ; -- \u0000\u202e",
    ];

    [Theory]
    [MemberData(nameof(HostileText))]
    public async Task Hostile_names_and_quotes_are_stored_and_returned_exactly(string payload)
    {
        var store = CreateStore();
        var article = TestGraph.Article(TestGraph.Text + " " + payload);
        var extraction = TestGraph.Extraction(article);
        var person = new Entity("Person:hostile", EntityType.Person, payload, new Dictionary<string, string> { ["en"] = payload, ["ar"] = payload }, [payload + " alias"]);
        var quote = extraction.Statements[0] with { Id = Ids.Statement(article.Id, 1, 2), SpeakerId = person.Id, Text = payload };
        await store.StoreAsync(article, extraction with { Entities = [.. extraction.Entities, person], Statements = [.. extraction.Statements, quote] });

        Assert.Equal(article.Text, (await store.GetArticlesAsync([article.Id])).Single().Text);
        var read = (await store.GetEntitiesAsync([person.Id])).Single();
        Assert.Equal(payload, read.Name);
        Assert.Equal(payload, read.Labels["ar"]);
        Assert.Contains(payload + " alias", read.Aliases);
        Assert.Equal(payload, (await store.GetStatementsBySpeakerAsync([person.Id]))[person.Id].Single().Text);
        Assert.Equal(1, (await store.CountAsync()).Articles);
    }

    [Fact]
    public async Task Pages_entities_with_cursors_that_survive_new_rows()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var first = await store.FindEntitiesAsync(new EntityFilter(), 2, null);
        Assert.Equal(3, first.TotalCount);
        Assert.True(first.HasNextPage);
        var second = await store.FindEntitiesAsync(new EntityFilter(), 2, first.Items[^1].Cursor);
        Assert.Equal("Person:sergey-lavrov", Assert.Single(second.Items).Node.Id);
        Assert.False(second.HasNextPage);
        Assert.Throws<InvalidCursorException>(() => store.FindEntitiesAsync(new EntityFilter(), 2, "not-a-cursor").GetAwaiter().GetResult());
    }
}
