using Graph.Core;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests;

/// <summary>The store contract on a real SQLite file, plus what is particular to SQLite: schema versions and WAL.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override IGraphStore CreateStore() => new SqliteGraphStore(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    [Fact]
    public void A_new_database_is_created_at_the_latest_schema_version_in_WAL_mode()
    {
        var path = Path.Combine(_dir, "fresh.db");
        var store = new SqliteGraphStore(path);
        Assert.True(store.SchemaVersion >= 1);
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
    }

    [Fact]
    public async Task Reopening_a_database_keeps_its_data()
    {
        var path = Path.Combine(_dir, "reopen.db");
        var article = TestGraph.Article();
        await new SqliteGraphStore(path).StoreAsync(article, TestGraph.Extraction(article));
        var reopened = new SqliteGraphStore(path);
        Assert.Equal(1, (await reopened.CountAsync()).Articles);
    }

    [Fact]
    public async Task Migrating_a_version_2_database_fills_the_offices_from_stored_relations()
    {
        var path = Path.Combine(_dir, "v2.db");
        var article = TestGraph.Article();
        await new SqliteGraphStore(path).StoreAsync(article, TestGraph.Extraction(article));
        Tamper(path, "DROP TABLE offices; DROP INDEX ix_relations_subject_edge; DROP INDEX ix_relations_object_edge; ALTER TABLE statements DROP COLUMN modality; "
            + "DROP INDEX ix_articles_story; ALTER TABLE articles DROP COLUMN story_id; ALTER TABLE articles DROP COLUMN signature; ALTER TABLE articles DROP COLUMN actor_count; "
            + "DROP TABLE story_bands; DROP TABLE story_actors; DROP TABLE events; DROP TABLE event_outlets; DROP INDEX ix_relations_event; ALTER TABLE relations DROP COLUMN event_id; "
            + "DROP INDEX ix_statements_quote; ALTER TABLE statements DROP COLUMN quote_key; "
            + "DROP TABLE statements_fts; CREATE VIRTUAL TABLE statements_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0'); DROP TABLE adjacency; "
            // Evidence keyed by relation id, as before version 10.
            + "CREATE TABLE evidence_v2 (relation_id TEXT NOT NULL REFERENCES relations (id), ordinal INTEGER NOT NULL, sentence TEXT NOT NULL, "
            + "sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, "
            + "statement_id TEXT REFERENCES statements (id), PRIMARY KEY (relation_id, ordinal)) WITHOUT ROWID; "
            + "INSERT INTO evidence_v2 SELECT r.id, e.ordinal, e.sentence, e.sentence_start, e.sentence_end, e.start, e.\"end\", e.statement_id "
            + "FROM evidence e JOIN relations r ON r.seq = e.relation_seq; DROP TABLE evidence; ALTER TABLE evidence_v2 RENAME TO evidence; DROP TABLE deferred_indexes; DROP TABLE applied_migrations; "
            + "PRAGMA user_version = 2;");
        var migrated = new SqliteGraphStore(path);
        Assert.True(migrated.SchemaVersion >= 3);
        Assert.Equal(["Person:sergey-lavrov"], (await migrated.GetOfficialsAsync(["Country:RUS"]))["Country:RUS"]);
        // Statements stored before version 5 read as said.
        Assert.Equal(Modality.Asserted, (await migrated.GetStatementsByArticleAsync([article.Id]))[article.Id].Single().Modality);
        // Articles stored before version 6 get their story and their acts' events.
        Assert.StartsWith("Story:", Assert.Single(await migrated.GetArticlesAsync([article.Id])).StoryId);
        var sanction = (await migrated.GetRelationsByArticleAsync([article.Id]))[article.Id].Single(r => r.Type == RelationType.Sanctioned);
        Assert.Equal(sanction.Id, Assert.Single(Assert.Single(await migrated.GetEventsAsync([sanction.EventId!])).Reports).RelationId);
        var said = (await migrated.GetStatementsByArticleAsync([article.Id]))[article.Id].Single();
        Assert.Equal([said.Id], (await migrated.GetSameQuotesAsync([said.Id]))[said.Id].Select(s => s.Id));
        // Version 7 indexes the stored statements again, with their speakers; version 8 keeps the pairs paths walk.
        Assert.Equal(said.Id, Assert.Single((await migrated.SearchStatementsAsync("العقوبات", said.SpeakerId, 10, null)).Items).Node.Statement.Id);
        Assert.Contains(await migrated.GetLinksAsync(["Country:JPN"], [RelationType.Sanctioned]), l => l.NeighbourId == "Country:RUS" && l.RelationId == sanction.Id);
        // Version 11 keys evidence by its relation's seq: each relation keeps its own.
        Assert.Equal(said.Id, Assert.Single(sanction.Evidence).StatementId);
        Assert.Null(Assert.Single((await migrated.GetRelationsByArticleAsync([article.Id]))[article.Id].Single(r => r.Type == RelationType.AffiliatedWith).Evidence).StatementId);
    }

    [Fact]
    public async Task A_migration_merged_below_the_latest_still_runs_on_a_database_migrated_past_it()
    {
        // As migrations 9 and 10, merged after 11 ran: here version 3 (offices) taken out and unrecorded.
        var path = Path.Combine(_dir, "gap.db");
        var article = TestGraph.Article();
        var store = new SqliteGraphStore(path);
        await store.StoreAsync(article, TestGraph.Extraction(article));
        var latest = store.SchemaVersion;
        Tamper(path, "DROP INDEX ix_offices_country; DROP TABLE offices; DELETE FROM applied_migrations WHERE version = 3;");
        var migrated = new SqliteGraphStore(path);
        Assert.Equal(latest, migrated.SchemaVersion);
        Assert.Equal(["Person:sergey-lavrov"], (await migrated.GetOfficialsAsync(["Country:RUS"]))["Country:RUS"]);
    }

    [Fact]
    public async Task A_speakers_search_scores_its_hits_as_the_whole_index_does()
    {
        // A speaker's few hits are scored in memory (Bm25), the rest by FTS5's bm25(): the same statement scores the same.
        var store = await TwoArticlesAsync(CreateStore());
        // Statements without the word, so that it is rare enough to weigh something (with every statement holding it, BM25's
        // inverse document frequency bottoms out at 1e-6 and any scores would agree).
        foreach (var topic in new[] { "الحوار مع الصين مستمر دائما وأبدا", "التعاون مع الهند في مجال الطاقة", "المفاوضات مع تركيا بشأن الحدود", "الشراكة مع إيران في التجارة" })
        {
            var article = TestGraph.Article("قال وزير الخارجية الروسي سيرجي لافروف إن " + topic + " كما قال في مؤتمر صحفي اليوم.");
            await store.StoreAsync(article, TestGraph.Extraction(article));
        }
        var everyone = (await store.SearchStatementsAsync("العقوبات", null, 10, null)).Items.ToDictionary(h => h.Node.Statement.Id, h => h.Node.Score);
        var lavrov = (await store.SearchStatementsAsync("العقوبات", "Person:sergey-lavrov", 10, null)).Items;
        Assert.Equal(2, lavrov.Count);
        Assert.All(lavrov, h => Assert.True(h.Node.Score > 0.1));
        Assert.All(lavrov, h => Assert.Equal(everyone[h.Node.Statement.Id], h.Node.Score, 9));
        Assert.True(lavrov[0].Node.Score >= lavrov[1].Node.Score);
    }

    [Fact]
    public async Task A_search_without_a_speaker_ranks_the_latest_hits_and_its_pages_keep_their_window()
    {
        var store = new SqliteGraphStore(Path.Combine(_dir, "window.db")) { RankedWindow = 3 };
        async Task<string> Store(int i)
        {
            var article = TestGraph.Article(TestGraph.Text + " " + i);
            await store.StoreAsync(article, TestGraph.Extraction(article));
            return article.Id;
        }
        var articles = new List<string>();
        for (var i = 0; i < 5; i++) articles.Add(await Store(i));

        // Five statements hold the word, scored alike: the latest three are ranked (ties by when stored), all five counted.
        var first = await store.SearchStatementsAsync("العقوبات", null, 2, null);
        Assert.Equal(5, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.Equal(articles[2..4], first.Items.Select(h => h.Node.Statement.ArticleId));
        // A statement stored meanwhile does not shift the window the next page ranks.
        await Store(5);
        var second = await store.SearchStatementsAsync("العقوبات", null, 2, first.Items[^1].Cursor);
        Assert.Equal([articles[4]], second.Items.Select(h => h.Node.Statement.ArticleId));
        Assert.False(second.HasNextPage);
        Assert.Equal(6, second.TotalCount);
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        var path = Path.Combine(_dir, "newer.db");
        _ = new SqliteGraphStore(path);
        Tamper(path, "PRAGMA user_version = 999;");
        var e = Assert.Throws<InvalidOperationException>(() => new SqliteGraphStore(path));
        Assert.Contains("999", e.Message);
    }

    /// <summary>Changes a stored database behind the store's back (an older or newer build's schema), then drops the pooled
    /// connections so the next store opens it afresh.</summary>
    private static void Tamper(string path, string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
