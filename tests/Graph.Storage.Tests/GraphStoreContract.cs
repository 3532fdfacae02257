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
    public async Task Combines_kind_name_and_prefix_filters_and_counts_what_they_keep()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        await store.StoreAsync(article, TestGraph.Extraction(article));
        Assert.Equal(["Country:JPN", "Country:RUS"], (await store.FindEntitiesAsync(new EntityFilter(Type: EntityType.Country), 10, null)).Items.Select(i => i.Node.Id));
        Assert.Equal(2, (await store.FindEntitiesAsync(new EntityFilter(Type: EntityType.Country), 1, null)).TotalCount);
        Assert.Equal("Country:RUS", Assert.Single((await store.FindEntitiesAsync(new EntityFilter("روسيا", EntityType.Country), 10, null)).Items).Node.Id);
        Assert.Empty((await store.FindEntitiesAsync(new EntityFilter("روسيا", EntityType.Person), 10, null)).Items);
        Assert.Equal("Country:RUS", Assert.Single((await store.FindEntitiesAsync(new EntityFilter("Russia", NameStartsWith: "موس"), 10, null)).Items).Node.Id);
        Assert.Empty((await store.FindEntitiesAsync(new EntityFilter("Russia", NameStartsWith: "طوك"), 10, null)).Items);
        Assert.Equal(0, (await store.FindEntitiesAsync(new EntityFilter(NameStartsWith: "لاف", Type: EntityType.Country), 10, null)).TotalCount);
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

    /// <summary>Two articles: the test graph, and a second in which Lavrov (in office) criticises Japan and meets China's minister.</summary>
    private static async Task<IGraphStore> TwoArticlesAsync(IGraphStore store)
    {
        var a = TestGraph.Article();
        await store.StoreAsync(a, TestGraph.Extraction(a));
        var text = "انتقد لافروف اليابان بسبب العقوبات، والتقى وانغ يي في بكين.";
        var b = new Article(Ids.Article(text), text, "second", null, "Oman", new DateOnly(2025, 2, 15), "ar");
        var x = TestGraph.Extraction(a);
        var china = new Entity("Country:CHN", EntityType.Country, "China", new Dictionary<string, string> { ["en"] = "China", ["ar"] = "الصين" }, [], "CN", "CHN");
        var wang = new Entity("Person:wang-yi", EntityType.Person, "Wang Yi", new Dictionary<string, string> { ["en"] = "Wang Yi", ["ar"] = "وانغ يي" }, []);
        var evidence = new Evidence(text, 0, text.Length, 0, 5);
        var statement = new Statement(Ids.Statement(b.Id, 6, 36), b.Id, "Person:sergey-lavrov", text[6..36], StatementKind.Paraphrase, 6, 36, 0, text.Length, "ar");
        await store.StoreAsync(b, new ExtractionResult(
            [.. x.Entities, china, wang],
            [new Mention("Person:sergey-lavrov", 6, 12, "name", text[6..12]), new Mention("Country:JPN", 13, 19, "name", text[13..19])],
            [statement],
            [
                new Relation(Ids.Relation(b.Id, RelationType.Criticized, "Person:sergey-lavrov", "Country:JPN"), b.Id, RelationType.Criticized, "Person:sergey-lavrov", "Country:JPN", 0.7, [evidence with { StatementId = statement.Id }]),
                new Relation(Ids.Relation(b.Id, RelationType.Met, "Person:sergey-lavrov", "Person:wang-yi"), b.Id, RelationType.Met, "Person:sergey-lavrov", "Person:wang-yi", 0.9, [evidence with { Start = 38, End = 43 }]),
                new Relation(Ids.Relation(b.Id, RelationType.AffiliatedWith, "Person:wang-yi", "Country:CHN"), b.Id, RelationType.AffiliatedWith, "Person:wang-yi", "Country:CHN", 0.9, [evidence], Role: "Foreign Minister"),
            ]));
        return store;
    }

    [Fact]
    public async Task Lists_relations_by_subject_object_and_type_a_page_at_a_time_in_every_order()
    {
        var store = await TwoArticlesAsync(CreateStore());
        var all = await store.QueryRelationsAsync(new RelationQuery(), 50, null);
        Assert.Equal(5, all.TotalCount);
        var bySubject = await store.QueryRelationsAsync(new RelationQuery(SubjectId: "Person:sergey-lavrov"), 50, null);
        Assert.Equal(["AffiliatedWith", "Criticized", "Met"], bySubject.Items.Select(i => i.Node.Type.ToString()).Order());
        var toJapan = await store.QueryRelationsAsync(new RelationQuery(Types: [RelationType.Criticized], ObjectId: "Country:JPN"), 50, null);
        Assert.Equal(0.7, Assert.Single(toJapan.Items).Node.Confidence);
        var dated = await store.QueryRelationsAsync(new RelationQuery(DateFrom: "2025-01-01", Outlet: "Oman"), 50, null);
        Assert.Equal(3, dated.TotalCount);
        foreach (var order in Enum.GetValues<RelationOrder>())
        {
            var seen = new List<string>();
            string? after = null;
            do
            {
                var page = await store.QueryRelationsAsync(new RelationQuery(Order: order), 2, after);
                seen.AddRange(page.Items.Select(i => i.Node.Id));
                after = page.HasNextPage ? page.Items[^1].Cursor : null;
            } while (after is not null);
            Assert.Equal(all.Items.Select(i => i.Node.Id).Order(), seen.Order());
            if (order == RelationOrder.ConfidenceDescending)
                Assert.Equal(0.9, (await store.QueryRelationsAsync(new RelationQuery(Order: order), 1, null)).Items[0].Node.Confidence);
        }
    }

    [Fact]
    public async Task Searches_statements_through_clitics_and_by_speaker()
    {
        var store = await TwoArticlesAsync(CreateStore());
        var hits = await store.SearchStatementsAsync("العقوبات", null, 10, null);
        Assert.Equal(2, hits.TotalCount);
        Assert.All(hits.Items, h => Assert.True(h.Node.Score > 0));
        var second = await store.SearchStatementsAsync("العقوبات", "Person:sergey-lavrov", 1, null);
        var rest = await store.SearchStatementsAsync("العقوبات", "Person:sergey-lavrov", 1, second.Items[0].Cursor);
        Assert.NotEqual(second.Items[0].Node.Statement.Id, Assert.Single(rest.Items).Node.Statement.Id);
        Assert.Equal(0, (await store.SearchStatementsAsync("عقوبات", "Person:wang-yi", 10, null)).TotalCount);
    }

    [Fact]
    public async Task Rolls_up_an_officials_acts_to_the_country_on_both_sides()
    {
        var store = await TwoArticlesAsync(CreateStore());
        var queries = new GraphQueries(store);
        var criticized = await queries.RollUpAsync("Country:RUS", RelationDirection.Outgoing, [RelationType.Criticized]);
        var japan = Assert.Single(criticized);
        Assert.Equal(("Country:JPN", "Person:sergey-lavrov"), (japan.CounterpartId, japan.Via));
        var met = Assert.Single(await queries.RollUpAsync("Country:CHN", RelationDirection.Outgoing, [RelationType.Met]));
        Assert.Equal(("Country:RUS", "Person:wang-yi", "Person:sergey-lavrov"), (met.CounterpartId, met.Via, met.CounterpartVia));
    }

    [Fact]
    public async Task Finds_a_path_between_two_entities_with_evidence()
    {
        var store = await TwoArticlesAsync(CreateStore());
        var path = await new GraphQueries(store).PathAsync("Country:JPN", "Country:CHN");
        Assert.NotNull(path);
        Assert.Equal("Country:JPN", path[0].FromId);
        Assert.Equal("Country:CHN", path[^1].ToId);
        Assert.All(path, step => Assert.NotEmpty(step.Relation.Evidence));
        Assert.Null(await new GraphQueries(store).PathAsync("Country:JPN", "Person:nobody"));
    }

    [Fact]
    public async Task Reads_back_an_articles_mentions_statements_and_relations()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        var extraction = TestGraph.Extraction(article);
        await store.StoreAsync(article, extraction);
        Assert.Equal(extraction.Mentions, (await store.GetMentionsByArticleAsync([article.Id]))[article.Id]);
        Assert.Equal(extraction.Statements, (await store.GetStatementsByArticleAsync([article.Id]))[article.Id]);
        var relations = (await store.GetRelationsByArticleAsync([article.Id]))[article.Id].OrderBy(r => r.Id).ToList();
        Assert.Equal(extraction.Relations.OrderBy(r => r.Id).Select(r => (r.Id, r.Type, r.SubjectId, r.ObjectId, r.Confidence, r.Role)),
            relations.Select(r => (r.Id, r.Type, r.SubjectId, r.ObjectId, r.Confidence, r.Role)));
        Assert.Equal(extraction.Relations.OrderBy(r => r.Id).SelectMany(r => r.Evidence), relations.SelectMany(r => r.Evidence));
        Assert.Equal(relations.Select(r => r.Id), (await store.GetRelationsAsync(relations.Select(r => r.Id).ToList())).Select(r => r.Id).Order());
    }
}
