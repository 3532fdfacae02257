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
        Assert.Equal(article, read with { StoryId = null });
        var relations = (await store.GetRelationsByEntityAsync(["Country:RUS"], RelationDirection.Incoming))["Country:RUS"].ToList();
        var sanction = Assert.Single(relations, r => r.Type == RelationType.Sanctioned);
        Assert.Equal("Country:JPN", sanction.SubjectId);
        Assert.Equal(50, Assert.Single(sanction.Evidence).Start);
        var said = (await store.GetStatementsBySpeakerAsync(["Person:sergey-lavrov"]))["Person:sergey-lavrov"].Single();
        Assert.Equal(TestGraph.Text[39..71], said.Text);
        Assert.Equal(1, (await store.CountMentionsAsync(["Country:JPN"]))["Country:JPN"]);
    }

    [Fact]
    public async Task Reads_edges_by_either_side_once_each_most_confident_first()
    {
        var store = CreateStore();
        var article = TestGraph.Article();
        var extraction = TestGraph.Extraction(article);
        var met = new Relation(Ids.Relation(article.Id, RelationType.Met, "Country:JPN", "Country:RUS"), article.Id, RelationType.Met,
            "Country:JPN", "Country:RUS", 0.7, [extraction.Relations[0].Evidence[0]]);
        await store.StoreAsync(article, extraction with { Relations = [.. extraction.Relations, met] });

        // Both ends given and both sides read: each edge between them comes once.
        var both = await store.GetEdgesAsync(["Country:RUS", "Country:JPN"], [RelationType.Met, RelationType.Sanctioned], RelationDirection.Both);
        Assert.Equal([(RelationType.Sanctioned, "Country:JPN", "Country:RUS", 0.8), (RelationType.Met, "Country:JPN", "Country:RUS", 0.7)],
            both.Select(e => (e.Type, e.SubjectId, e.ObjectId, e.Confidence)));
        var incoming = Assert.Single(await store.GetEdgesAsync(["Country:RUS"], [RelationType.Sanctioned], RelationDirection.Incoming));
        Assert.Equal((extraction.Relations[0].Id, "Country:JPN", article.Id), (incoming.RelationId, incoming.SubjectId, incoming.ArticleId));
        Assert.Empty(await store.GetEdgesAsync(["Country:RUS"], [RelationType.Sanctioned], RelationDirection.Outgoing));
        Assert.Equal(["Country:RUS", "Country:RUS"], (await store.GetEdgesAsync(["Person:sergey-lavrov", "Country:JPN"],
            [RelationType.AffiliatedWith, RelationType.Sanctioned], RelationDirection.Outgoing)).Select(e => e.ObjectId));
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
    protected static async Task<IGraphStore> TwoArticlesAsync(IGraphStore store)
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

    /// <summary>An article by an outlet on a day, with one act (and the entities it names, as people or bodies).</summary>
    private static (Article, ExtractionResult) Report(string text, string outlet, DateOnly published, RelationType type, string subject, string @object,
        params string[] named)
    {
        var article = new Article(Ids.Article(text), text, null, null, outlet, published, "ar");
        var ids = new[] { subject, @object }.Concat(named).Distinct().ToList();
        var entities = ids.Select(id => new Entity(id, Enum.Parse<EntityType>(id[..id.IndexOf(':')]), id[(id.IndexOf(':') + 1)..],
            new Dictionary<string, string>(), [], id.StartsWith("Country:") ? id[8..10] : null, id.StartsWith("Country:") ? id[8..] : null)).ToList();
        var evidence = new Evidence(text, 0, text.Length, 0, 4, null);
        var relations = new List<Relation> { new(Ids.Relation(article.Id, type, subject, @object), article.Id, type, subject, @object, 0.8, [evidence]) };
        return (article, new ExtractionResult(entities, [], [], relations));
    }

    [Fact]
    public async Task One_act_reported_by_two_outlets_is_one_event_with_both_reports()
    {
        var store = CreateStore();
        var (a, ea) = Report("فرضت اليابان عقوبات على روسيا أمس.", "TASS", new DateOnly(2024, 4, 9), RelationType.Sanctioned, "Country:JPN", "Country:RUS");
        var (b, eb) = Report("اليابان تفرض عقوبات جديدة على موسكو.", "RT", new DateOnly(2024, 4, 10), RelationType.Sanctioned, "Country:JPN", "Country:RUS");
        var (c, ec) = Report("اليابان تفرض عقوبات أخرى على روسيا بعد شهر.", "RT", new DateOnly(2024, 5, 20), RelationType.Sanctioned, "Country:JPN", "Country:RUS");
        foreach (var (article, extraction) in new[] { (a, ea), (b, eb), (c, ec) }) await store.StoreAsync(article, extraction);

        var relations = (await store.GetRelationsByEntityAsync(["Country:RUS"], RelationDirection.Incoming))["Country:RUS"].ToList();
        var byArticle = relations.ToDictionary(r => r.ArticleId, r => r.EventId);
        Assert.NotNull(byArticle[a.Id]);
        Assert.Equal(byArticle[a.Id], byArticle[b.Id]);
        Assert.NotEqual(byArticle[a.Id], byArticle[c.Id]);
        var act = Assert.Single(await store.GetEventsAsync([byArticle[a.Id]!]));
        Assert.Equal(["RT", "TASS"], act.Outlets);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), act.Reports.Select(r => r.ArticleId).Order());
        Assert.Equal((new DateOnly(2024, 4, 9), new DateOnly(2024, 4, 10)), (act.FirstReported, act.LastReported));
        Assert.True(act.Confidence > 0.8);

        var corroborated = await store.QueryEventsAsync(new EventQuery(ObjectId: "Country:RUS", MinOutlets: 2), 10, null);
        Assert.Equal([act.Id], corroborated.Items.Select(i => i.Node.Id));
        var all = await store.QueryEventsAsync(new EventQuery(SubjectId: "Country:JPN", Types: [RelationType.Sanctioned]), 1, null);
        Assert.Equal(2, all.TotalCount);
        Assert.Equal(byArticle[c.Id], all.Items.Single().Node.Id); // the latest first
        var next = await store.QueryEventsAsync(new EventQuery(SubjectId: "Country:JPN", Types: [RelationType.Sanctioned]), 1, all.Items.Single().Cursor);
        Assert.Equal(act.Id, next.Items.Single().Node.Id);
    }

    [Fact]
    public async Task An_officials_act_and_their_countrys_report_of_it_are_one_event()
    {
        var store = CreateStore();
        var (a, ea) = Report("انتقد لافروف اليابان بشدة.", "TASS", new DateOnly(2024, 4, 9), RelationType.Criticized, "Person:sergey-lavrov", "Country:JPN", "Country:RUS");
        var office = new Relation(Ids.Relation(a.Id, RelationType.AffiliatedWith, "Person:sergey-lavrov", "Country:RUS"), a.Id, RelationType.AffiliatedWith,
            "Person:sergey-lavrov", "Country:RUS", 0.9, ea.Relations[0].Evidence, Role: "Foreign Minister");
        ea = ea with { Relations = [.. ea.Relations, office] };
        var (b, eb) = Report("روسيا تنتقد اليابان.", "RT", new DateOnly(2024, 4, 10), RelationType.Criticized, "Country:RUS", "Country:JPN");
        await store.StoreAsync(a, ea);
        await store.StoreAsync(b, eb);
        var relations = (await store.GetRelationsByEntityAsync(["Country:JPN"], RelationDirection.Incoming, [RelationType.Criticized]))["Country:JPN"].ToList();
        Assert.Equal(2, relations.Count);
        Assert.Single(relations.Select(r => r.EventId).Distinct());
        var act = Assert.Single(await store.GetEventsAsync([relations[0].EventId!]));
        Assert.Equal(("Country:RUS", RelationType.Criticized, "Country:JPN"), (act.SubjectId, act.Type, act.ObjectId));
    }

    [Fact]
    public async Task Articles_naming_the_same_people_within_days_share_a_story()
    {
        var store = CreateStore();
        string[] people = ["Person:a-one", "Person:b-two", "Organization:c-three", "Person:d-four", "Person:e-five"];
        var (a, ea) = Report("نص أول عن القضية.", "France 24", new DateOnly(2018, 7, 19), RelationType.Criticized, "Person:a-one", "Person:b-two", people);
        var (b, eb) = Report("نص ثان مكتوب بشكل مختلف تماما.", "Sky News Arabia", new DateOnly(2018, 7, 20), RelationType.Criticized, "Person:d-four", "Person:b-two", people[..4]);
        var (c, ec) = Report("نص ثالث عن شيء آخر.", "BBC", new DateOnly(2018, 7, 20), RelationType.Met, "Person:a-one", "Person:z-other", "Person:y-other", "Person:x-other");
        var (d, ed) = Report("نص رابع بعد أسبوعين.", "BBC", new DateOnly(2018, 8, 5), RelationType.Criticized, "Person:a-one", "Person:b-two", people);
        foreach (var (article, extraction) in new[] { (a, ea), (b, eb), (c, ec), (d, ed) }) await store.StoreAsync(article, extraction);

        var stories = (await store.GetArticlesAsync([a.Id, b.Id, c.Id, d.Id])).ToDictionary(x => x.Id, x => x.StoryId!);
        Assert.Equal(stories[a.Id], stories[b.Id]);
        Assert.NotEqual(stories[a.Id], stories[c.Id]);
        Assert.NotEqual(stories[a.Id], stories[d.Id]);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), (await store.GetArticlesByStoryAsync([stories[a.Id]]))[stories[a.Id]].Select(x => x.Id).Order());
    }

    [Fact]
    public async Task A_near_copy_of_a_stored_text_is_the_same_story_whatever_it_names()
    {
        var store = CreateStore();
        const string wire = "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن بلاده ستواصل الحوار مع الصين بشأن الأمن الإقليمي والتعاون الاقتصادي وإن العقوبات الغربية لن تغير موقف موسكو من الأزمة.";
        var (a, ea) = Report(wire, "TASS", new DateOnly(2024, 4, 9), RelationType.Met, "Country:RUS", "Country:CHN");
        var (b, eb) = Report("موسكو (رويترز) - " + wire + " وأضاف أن المحادثات ستستمر.", "Reuters", new DateOnly(2024, 6, 1), RelationType.Met, "Country:RUS", "Country:CHN");
        await store.StoreAsync(a, ea);
        await store.StoreAsync(b, eb);
        var stories = (await store.GetArticlesAsync([a.Id, b.Id])).Select(x => x.StoryId).Distinct().ToList();
        Assert.StartsWith("Story:", Assert.Single(stories));
    }

    [Fact]
    public async Task The_same_quote_in_two_articles_is_found_from_either()
    {
        var store = CreateStore();
        var first = TestGraph.Article();
        var second = new Article(Ids.Article("نقلت وكالة أخرى: " + TestGraph.Text), "نقلت وكالة أخرى: " + TestGraph.Text, null, null, "RT", new DateOnly(2024, 4, 10), "ar");
        await store.StoreAsync(first, TestGraph.Extraction(first));
        var moved = TestGraph.Extraction(first).Statements.Single();
        var offset = second.Text.Length - TestGraph.Text.Length;
        // The same words, spelt with another alef and a final stop.
        var again = moved with { Id = Ids.Statement(second.Id, moved.Start + offset, moved.End + offset), ArticleId = second.Id, Text = moved.Text.Replace('إ', 'ا') + "." };
        await store.StoreAsync(second, new ExtractionResult(TestGraph.Extraction(first).Entities, [], [again], []));
        var quotes = await store.GetSameQuotesAsync([moved.Id, again.Id]);
        Assert.Equal([moved.Id, again.Id], quotes[moved.Id].Select(s => s.Id));
        Assert.Equal([moved.Id, again.Id], quotes[again.Id].Select(s => s.Id));
    }

    [Fact]
    public async Task A_report_that_dates_an_undated_event_keeps_its_other_act_apart()
    {
        var store = CreateStore();
        var (a, ea) = Report("انتقدت اليابان كوريا الشمالية.", "NHK", new DateOnly(2024, 3, 10), RelationType.Criticized, "Country:JPN", "Country:PRK");
        var (b, eb) = Report("انتقدت اليابان كوريا الشمالية في 9 مارس ثم انتقدها كيشيدا في 12 مارس.", "Kyodo", new DateOnly(2024, 3, 12),
            RelationType.Criticized, "Country:JPN", "Country:PRK");
        var evidence = eb.Relations[0].Evidence;
        var kishida = new Entity("Person:fumio-kishida", EntityType.Person, "Fumio Kishida", new Dictionary<string, string>(), []);
        eb = eb with
        {
            Entities = [.. eb.Entities, kishida],
            Relations =
            [
                eb.Relations[0] with { Date = "2024-03-09" },
                new(Ids.Relation(b.Id, RelationType.Criticized, kishida.Id, "Country:PRK"), b.Id, RelationType.Criticized, kishida.Id, "Country:PRK", 0.8, evidence, Date: "2024-03-12"),
                new(Ids.Relation(b.Id, RelationType.AffiliatedWith, kishida.Id, "Country:JPN"), b.Id, RelationType.AffiliatedWith, kishida.Id, "Country:JPN", 0.9, evidence, Role: "Prime Minister"),
            ],
        };
        await store.StoreAsync(a, ea);
        await store.StoreAsync(b, eb);
        var relations = (await store.GetRelationsByEntityAsync(["Country:PRK"], RelationDirection.Incoming, [RelationType.Criticized]))["Country:PRK"].ToList();
        var events = await store.GetEventsAsync(relations.Select(r => r.EventId!).Distinct().ToList());
        Assert.Equal([("2024-03-09", 2), ("2024-03-12", 1)], events.Select(e => (e.Date, e.Reports.Count)).OrderBy(x => x.Date));
        // The undated event is anchored on the date its later report gives it.
        var dated = await store.QueryEventsAsync(new EventQuery(ObjectId: "Country:PRK", DateTo: new DateOnly(2024, 3, 9)), 10, null);
        Assert.Equal("2024-03-09", Assert.Single(dated.Items).Node.Date);
    }
}
