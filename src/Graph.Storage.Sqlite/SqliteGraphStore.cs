using System.Globalization;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode with foreign keys on.
/// Writes take SQLite's write lock (BEGIN IMMEDIATE), so concurrent ingests of one article store it once.</summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;
    private readonly bool _grouping;
    private readonly Bm25 _bm25 = new();

    /// <param name="grouping">Whether stories, events and quotes are kept as articles are stored (the default); off only to
    /// measure what keeping them costs (bench ingest).</param>
    static SqliteGraphStore()
    {
        // Each connection is used by one thread at a time (opened per call, pooled), so SQLite's per-call mutex is not needed:
        // multi-thread mode drops a lock and unlock from every column read (a roll-up reads thousands). Only possible before
        // SQLite's first use in the process; if something opened a connection earlier, SQLite stays serialized (still correct).
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

    public SqliteGraphStore(string path, bool grouping = true)
    {
        _grouping = grouping;
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        using var connection = Open();
        // A bulk import killed before its end left indexes out: created again before migrating, so a migration finds the
        // schema its version had.
        RestoreDeferredIndexes(connection);
        SqliteSchema.Migrate(connection);
        DatabasePath = full;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    public int SchemaVersion
    {
        get
        {
            using var connection = Open();
            return SqliteSchema.CurrentVersion(connection);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // In WAL mode NORMAL keeps every committed transaction through a process crash (only power loss can drop the last ones)
        // and saves an fsync per commit.
        // Reads go through memory-mapped pages (no copy per page read) and a 64 MB page cache per pooled connection.
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public Task<IngestOutcome> StoreAsync(Article article, ExtractionResult extraction, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        IngestOutcome outcome;
        try
        {
            outcome = Write(connection, tx, article, extraction);
        }
        finally
        {
            PreparedCommands.Release(tx);
        }
        if (outcome.Created) tx.Commit(); else tx.Rollback();
        return Task.FromResult(outcome.Created ? outcome : outcome with { Article = GetArticlesAsync([article.Id], ct).Result.Single() });
    }

    /// <summary>Many articles in one transaction; when one cannot be stored the batch is undone and its articles are
    /// stored one by one, so only the bad one fails.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(IReadOnlyList<(Article Article, ExtractionResult Extraction)> items, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            using var connection = Open();
            using var tx = connection.BeginTransaction(deferred: false);
            List<IngestOutcome> outcomes;
            try
            {
                outcomes = items.Select(i => Write(connection, tx, i.Article, i.Extraction)).ToList();
            }
            finally
            {
                PreparedCommands.Release(tx);
            }
            tx.Commit();
            return outcomes;
        }
        catch (SqliteException)
        {
            var outcomes = new List<IngestOutcome>(items.Count);
            foreach (var (article, extraction) in items) outcomes.Add(await StoreAsync(article, extraction, ct));
            return outcomes;
        }
    }

    /// <summary>Writes one article's rows in the caller's transaction; writes nothing when the article is stored already.</summary>
    private IngestOutcome Write(SqliteConnection connection, SqliteTransaction tx, Article article, ExtractionResult extraction)
    {
        var story = _grouping ? FindStory(connection, tx, article, extraction.Entities.Select(e => e.Id)) : null;
        var inserted = Execute(connection, tx,
            """
            INSERT OR IGNORE INTO articles (id, title, url, outlet, published_at, language, text, ingested_at, story_id, signature, actor_count)
            VALUES (@id, @title, @url, @outlet, @published, @language, @text, @now, @story, @signature, @actors)
            """,
            ("@id", article.Id), ("@title", article.Title), ("@url", article.Url), ("@outlet", article.Outlet),
            ("@published", article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@language", article.Language), ("@text", article.Text),
            ("@now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@story", story?.StoryId), ("@signature", story?.Signature), ("@actors", story?.Actors.Count ?? 0));
        if (inserted == 0) return new IngestOutcome(article, false, 0, 0, 0);
        if (story is not null) IndexStory(connection, tx, article, story);
        var eventOf = _grouping ? JoinEvents(connection, tx, article, extraction.Relations) : [];

        foreach (var e in extraction.Entities) WriteEntity(connection, tx, e);
        foreach (var m in extraction.Mentions)
            Execute(connection, tx,
                "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, \"end\", kind, text) VALUES (@a, @e, @s, @x, @k, @t)",
                ("@a", article.Id), ("@e", m.EntityId), ("@s", m.Start), ("@x", m.End), ("@k", m.Kind), ("@t", m.Text));
        foreach (var s in extraction.Statements)
            AddStatement(connection, tx, article, s);
        foreach (var r in extraction.Relations)
        {
            if (Execute(connection, tx,
                    """
                    INSERT OR IGNORE INTO relations (id, article_id, type, subject_id, object_id, confidence, modality, date, role, event_id)
                    VALUES (@id, @a, @t, @s, @o, @c, @m, @d, @r, @e)
                    """,
                    ("@id", r.Id), ("@a", article.Id), ("@t", r.Info.Name), ("@s", r.SubjectId), ("@o", r.ObjectId),
                    ("@c", r.Confidence), ("@m", r.Modality.ToString()), ("@d", r.Date), ("@r", r.Role), ("@e", eventOf.GetValueOrDefault(r.Id))) == 0)
                continue;
            // Its seq keys its evidence (appended, as seq grows).
            var relationSeq = LastInsertedSeq(connection);
            Execute(connection, tx,
                """
                INSERT INTO adjacency (subject_id, object_id, type, relations, relation_id) VALUES (@s, @o, @t, 1, @id)
                ON CONFLICT (subject_id, object_id, type) DO UPDATE SET relations = relations + 1, relation_id = min(relation_id, excluded.relation_id)
                """,
                ("@s", r.SubjectId), ("@o", r.ObjectId), ("@t", r.Info.Name), ("@id", r.Id));
            if (r.Type == RelationType.AffiliatedWith && r.Role is { } role) RecordOffice(connection, tx, r.SubjectId, r.ObjectId, role, r.Confidence);
            for (var i = 0; i < r.Evidence.Count; i++)
            {
                var ev = r.Evidence[i];
                Execute(connection, tx,
                    """
                    INSERT INTO evidence (relation_seq, ordinal, sentence, sentence_start, sentence_end, start, "end", statement_id)
                    VALUES (@r, @i, @s, @ss, @se, @st, @en, @stmt)
                    """,
                    ("@r", relationSeq), ("@i", i), ("@s", ev.Sentence), ("@ss", ev.SentenceStart), ("@se", ev.SentenceEnd),
                    ("@st", ev.Start), ("@en", ev.End), ("@stmt", ev.StatementId));
            }
        }
        return new IngestOutcome(article, true, extraction.Entities.Count, extraction.Statements.Count, extraction.Relations.Count);
    }

    /// <summary>Keeps the offices table: a government office (see <see cref="Roles"/>) of a person for a country.</summary>
    internal static void RecordOffice(SqliteConnection connection, SqliteTransaction tx, string person, string country, string role, double confidence)
    {
        if (!Roles.IsGovernment(role) || !person.StartsWith("Person:", StringComparison.Ordinal) || !country.StartsWith("Country:", StringComparison.Ordinal)) return;
        Execute(connection, tx,
            """
            INSERT INTO offices (person_id, country_id, role, confidence) VALUES (@p, @c, @r, @x)
            ON CONFLICT (person_id, country_id, role) DO UPDATE SET confidence = max(confidence, excluded.confidence)
            """,
            ("@p", person), ("@c", country), ("@r", role), ("@x", confidence));
    }

    private static void AddStatement(SqliteConnection connection, SqliteTransaction tx, Article article, Statement s)
    {
        if (Execute(connection, tx,
                """
                INSERT OR IGNORE INTO statements (id, article_id, speaker_id, text, kind, start, "end", sentence_start, sentence_end, language, headline, source_id, modality, quote_key)
                VALUES (@id, @a, @sp, @t, @k, @s, @x, @ss, @se, @l, @h, @src, @m, @q)
                """,
                ("@id", s.Id), ("@a", article.Id), ("@sp", s.SpeakerId), ("@t", s.Text), ("@k", s.Kind.ToString()),
                ("@s", s.Start), ("@x", s.End), ("@ss", s.SentenceStart), ("@se", s.SentenceEnd),
                ("@l", s.Language), ("@h", s.Headline ? 1 : 0), ("@src", s.SourceId), ("@m", s.Modality.ToString()),
                ("@q", Graph.Core.Grouping.SameQuote.Key(s))) == 0)
            return;
        Execute(connection, tx, SearchIndex.Insert, SearchIndex.Values(LastInsertedSeq(connection), s.Text, s.SpeakerId));
    }

    private static void WriteEntity(SqliteConnection connection, SqliteTransaction tx, Entity e)
    {
        Execute(connection, tx,
            "INSERT OR IGNORE INTO entities (id, type, name, iso2, iso3, transliterated) VALUES (@id, @t, @n, @i2, @i3, @tr)",
            ("@id", e.Id), ("@t", e.Type.ToString()), ("@n", e.Name), ("@i2", e.Iso2), ("@i3", e.Iso3),
            ("@tr", e.NameIsTransliteration ? 1 : 0));
        foreach (var (lang, label) in e.Labels)
        {
            Execute(connection, tx, "INSERT OR IGNORE INTO entity_labels (entity_id, lang, label) VALUES (@e, @l, @v)",
                ("@e", e.Id), ("@l", lang), ("@v", label));
            AddName(connection, tx, e.Id, label, alias: false);
        }
        AddName(connection, tx, e.Id, e.Name, alias: false);
        foreach (var alias in e.Aliases) AddName(connection, tx, e.Id, alias, alias: true);
        if (e.Iso2 is not null) AddName(connection, tx, e.Id, e.Iso2, alias: true);
        if (e.Iso3 is not null) AddName(connection, tx, e.Id, e.Iso3, alias: true);
    }

    private static void AddName(SqliteConnection connection, SqliteTransaction tx, string entityId, string name, bool alias)
    {
        var key = ArabicFolding.Key(name);
        if (key.Length == 0) return;
        Execute(connection, tx, "INSERT OR IGNORE INTO entity_names (entity_id, name, key, is_alias) VALUES (@e, @n, @k, @a)",
            ("@e", entityId), ("@n", name), ("@k", key), ("@a", alias ? 1 : 0));
    }

    /// <summary>The seq (rowid) of the row the connection's last INSERT added, read from the connection, not by RETURNING:
    /// RETURNING makes SQLite keep a statement journal of every page the insert changes (tables and all their indexes), a
    /// write per page that doubled what an ingest wrote.</summary>
    private static long LastInsertedSeq(SqliteConnection connection) => SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);

    /// <summary>Runs a write; in a transaction through its prepared commands (<see cref="PreparedCommands"/>).</summary>
    private static int Execute(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        if (tx is not null) return PreparedCommands.For(connection, tx, sql, args).ExecuteNonQuery();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd.ExecuteNonQuery();
    }
}
