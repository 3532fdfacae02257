using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string ArticleColumns = "seq, id, title, url, outlet, published_at, language, text, story_id";
    private const string StatementColumns =
        "id, article_id, speaker_id, text, kind, start, \"end\", sentence_start, sentence_end, language, headline, source_id, modality";
    private const string RelationColumns = "id, article_id, type, subject_id, object_id, confidence, modality, date, role, event_id";

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var connection = Open();
        IReadOnlyList<Article> result = Query(connection,
            $"SELECT {ArticleColumns} FROM articles WHERE id IN (SELECT value FROM json_each(@ids))",
            ReadArticle, ("@ids", Json(ids)));
        return Task.FromResult(result);
    }

    public Task<Page<Article>> ListArticlesAsync(int first, string? after, CancellationToken ct = default)
    {
        using var connection = Open();
        var afterSeq = Cursor.DecodeLong(after, "article");
        var rows = Query(connection,
            $"SELECT {ArticleColumns} FROM articles WHERE seq > @after ORDER BY seq LIMIT @take",
            r => (Seq: r.GetInt64(0), Article: ReadArticle(r)), ("@after", afterSeq), ("@take", first + 1));
        var total = Scalar(connection, "SELECT count(*) FROM articles");
        var items = rows.Take(first).Select(x => new PageItem<Article>(x.Article, Cursor.Encode("article", x.Seq))).ToList();
        return Task.FromResult(new Page<Article>(items, rows.Count > first, afterSeq > 0, total));
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var connection = Open();
        IReadOnlyList<Entity> result = LoadEntities(connection, ids);
        return Task.FromResult(result);
    }

    public Task<Page<Entity>> FindEntitiesAsync(EntityFilter filter, int first, string? after, CancellationToken ct = default)
    {
        using var connection = Open();
        var afterId = Cursor.DecodeString(after, "entity");
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new List<(string, object?)>();
        if (filter.Type is { } type)
        {
            // With a name, the names' index finds the few entities and the type is checked on each ("+" keeps SQLite from
            // walking every entity of the type instead: 3,008 people, 0.25 ms a look-up, at a million articles).
            var byName = !string.IsNullOrWhiteSpace(filter.Name) || !string.IsNullOrWhiteSpace(filter.NameStartsWith);
            where.Append(byName ? " AND +e.type = @type" : " AND e.type = @type");
            args.Add(("@type", type.ToString()));
        }
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            where.Append(" AND e.id IN (SELECT entity_id FROM entity_names WHERE key = @key)");
            args.Add(("@key", ArabicFolding.Key(filter.Name)));
        }
        if (!string.IsNullOrWhiteSpace(filter.NameStartsWith) && ArabicFolding.Key(filter.NameStartsWith) is { Length: > 0 } prefix)
        {
            where.Append(" AND e.id IN (SELECT entity_id FROM entity_names WHERE key >= @prefix AND key < @prefixEnd)");
            args.Add(("@prefix", prefix));
            args.Add(("@prefixEnd", prefix + '\uffff'));
        }
        var total = Scalar(connection, $"SELECT count(*) FROM entities e {where}", [.. args]);
        args.Add(("@after", afterId ?? ""));
        args.Add(("@take", first + 1));
        var ids = Query(connection, $"SELECT e.id FROM entities e {where} AND e.id > @after ORDER BY e.id LIMIT @take",
            r => r.GetString(0), [.. args]);
        var entities = LoadEntities(connection, ids.Take(first).ToList());
        var items = entities.Select(e => new PageItem<Entity>(e, Cursor.Encode("entity", e.Id))).ToList();
        return Task.FromResult(new Page<Entity>(items, ids.Count > first, afterId is not null, total));
    }

    public Task<ILookup<string, Mention>> GetMentionsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection,
            "SELECT article_id, entity_id, start, \"end\", kind, text FROM mentions WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, start, \"end\", entity_id",
            r => (Article: r.GetString(0), Mention: new Mention(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5))), ("@ids", Json(articleIds)));
        return Task.FromResult(rows.ToLookup(x => x.Article, x => x.Mention));
    }

    public Task<IReadOnlyDictionary<string, int>> CountMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var counts = Query(connection,
            "SELECT entity_id, count(*) FROM mentions WHERE entity_id IN (SELECT value FROM json_each(@ids)) GROUP BY entity_id",
            r => (r.GetString(0), r.GetInt32(1)), ("@ids", Json(entityIds)));
        IReadOnlyDictionary<string, int> result = entityIds.Distinct().ToDictionary(
            id => id, id => counts.FirstOrDefault(c => c.Item1 == id).Item2);
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var connection = Open();
        IReadOnlyList<Statement> result = Query(connection,
            $"SELECT {StatementColumns} FROM statements WHERE id IN (SELECT value FROM json_each(@ids))",
            ReadStatement, ("@ids", Json(ids)));
        return Task.FromResult(result);
    }

    public Task<ILookup<string, Statement>> GetStatementsBySpeakerAsync(IReadOnlyCollection<string> speakerIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection,
            $"SELECT {StatementColumns} FROM statements WHERE speaker_id IN (SELECT value FROM json_each(@ids)) ORDER BY seq",
            ReadStatement, ("@ids", Json(speakerIds)));
        return Task.FromResult(rows.ToLookup(s => s.SpeakerId!));
    }

    public Task<ILookup<string, Statement>> GetStatementsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection,
            $"SELECT {StatementColumns} FROM statements WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, start, id",
            ReadStatement, ("@ids", Json(articleIds)));
        return Task.FromResult(rows.ToLookup(s => s.ArticleId));
    }

    public Task<ILookup<string, Relation>> GetRelationsByEntityAsync(IReadOnlyCollection<string> entityIds, RelationDirection direction,
        IReadOnlyCollection<RelationType>? types = null, CancellationToken ct = default)
    {
        using var connection = Open();
        var pairs = new List<(string Key, Relation Relation)>();
        var typeFilter = types is null ? "" : " AND type IN (SELECT value FROM json_each(@types))";
        var typeNames = Json((types ?? []).Select(t => RelationTypeInfo.Of(t).Name));
        if (direction is RelationDirection.Outgoing or RelationDirection.Both)
            pairs.AddRange(LoadRelations(connection, "subject_id IN (SELECT value FROM json_each(@ids))" + typeFilter, entityIds, ("@types", typeNames)).Select(r => (r.SubjectId, r)));
        if (direction is RelationDirection.Incoming or RelationDirection.Both)
            pairs.AddRange(LoadRelations(connection, "object_id IN (SELECT value FROM json_each(@ids))" + typeFilter, entityIds, ("@types", typeNames)).Select(r => (r.ObjectId, r)));
        return Task.FromResult(pairs.DistinctBy(p => (p.Key, p.Relation.Id)).ToLookup(p => p.Key, p => p.Relation));
    }

    public Task<ILookup<string, Relation>> GetRelationsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = LoadRelations(connection, "article_id IN (SELECT value FROM json_each(@ids))", articleIds);
        return Task.FromResult(rows.ToLookup(r => r.ArticleId));
    }

    public Task<GraphCounts> CountAsync(CancellationToken ct = default)
    {
        using var connection = Open();
        return Task.FromResult(new GraphCounts(
            Scalar(connection, "SELECT count(*) FROM articles"),
            Scalar(connection, "SELECT count(*) FROM entities"),
            Scalar(connection, "SELECT count(*) FROM mentions"),
            Scalar(connection, "SELECT count(*) FROM statements"),
            Scalar(connection, "SELECT count(*) FROM relations"),
            Scalar(connection, "SELECT count(*) FROM evidence")));
    }

    /// <summary>Entities with their labels and aliases in one statement (each entity's labels and aliases as JSON arrays),
    /// read through <see cref="RawRows"/>: most queries load entities a few times a request, and three statements through a
    /// data reader cost about 0.15 ms a load.</summary>
    private static List<Entity> LoadEntities(SqliteConnection connection, IReadOnlyCollection<string> ids)
    {
        var entities = new List<Entity>(ids.Count);
        var types = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        using var rows = new RawRows(connection, EntitiesById, [("@ids", Json(ids))]);
        while (rows.Next())
            entities.Add(new Entity(rows.Text(0)!, Enum.Parse<EntityType>(rows.Text(1, types)!), rows.Text(2)!, Labels(rows.Utf8(6)), Aliases(rows.Utf8(7)),
                rows.Text(3), rows.Text(4), rows.Int(5) != 0));
        return entities;
    }

    private const string EntitiesById = """
        SELECT e.id, e.type, e.name, e.iso2, e.iso3, e.transliterated,
          (SELECT json_group_array(json_array(l.lang, l.label) ORDER BY l.lang) FROM entity_labels l WHERE l.entity_id = e.id),
          (SELECT json_group_array(n.name ORDER BY n.name) FROM entity_names n WHERE n.entity_id = e.id AND n.is_alias = 1)
        FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.id
        """;

    /// <summary>[[lang, label], …] as a dictionary.</summary>
    private static Dictionary<string, string> Labels(ReadOnlySpan<byte> json)
    {
        var labels = new Dictionary<string, string>(2, StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var lang = reader.GetString()!;
            reader.Read();
            labels[lang] = reader.GetString()!;
            reader.Read();
        }
        return labels;
    }

    /// <summary>[alias, …] as a list.</summary>
    private static List<string> Aliases(ReadOnlySpan<byte> json)
    {
        var aliases = new List<string>();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.String) aliases.Add(reader.GetString()!);
        return aliases;
    }

    private static List<Relation> LoadRelations(SqliteConnection connection, string where, IReadOnlyCollection<string> ids, params (string Name, object? Value)[] extra)
    {
        var relations = Query(connection, $"SELECT {RelationColumns}, seq FROM relations WHERE {where} ORDER BY seq",
            r => (Seq: r.GetInt64(10), Read: ReadRelationHead(r)), [("@ids", Json(ids)), .. extra]);
        var evidence = Query(connection,
                """
                SELECT relation_seq, sentence, sentence_start, sentence_end, start, "end", statement_id FROM evidence
                WHERE relation_seq IN (SELECT value FROM json_each(@seqs)) ORDER BY relation_seq, ordinal
                """,
                r => (Seq: r.GetInt64(0), Evidence: new Evidence(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5),
                    r.IsDBNull(6) ? null : r.GetString(6))),
                ("@seqs", JsonSerializer.Serialize(relations.Select(x => x.Seq))))
            .ToLookup(x => x.Seq, x => x.Evidence);
        return relations.Select(x => x.Read with { Evidence = evidence[x.Seq].ToList() }).ToList();
    }

    private static Relation ReadRelationHead(SqliteDataReader r)
    {
        RelationTypeInfo.TryParse(r.GetString(2), out var type);
        return new Relation(r.GetString(0), r.GetString(1), type, r.GetString(3), r.GetString(4), r.GetDouble(5), [],
            Enum.Parse<Modality>(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)) { EventId = Str(r, 9) };
    }

    private static Article ReadArticle(SqliteDataReader r) => new(
        r.GetString(1), r.GetString(7), Str(r, 2), Str(r, 3), Str(r, 4),
        r.IsDBNull(5) ? null : DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetString(6)) { StoryId = Str(r, 8) };

    private static Statement ReadStatement(SqliteDataReader r) => ReadStatementAt(r, 0);

    /// <summary>A statement from <see cref="StatementColumns"/> starting at column <paramref name="at"/>.</summary>
    private static Statement ReadStatementAt(SqliteDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), Str(r, at + 2), r.GetString(at + 3), Enum.Parse<StatementKind>(r.GetString(at + 4)),
        r.GetInt32(at + 5), r.GetInt32(at + 6), r.GetInt32(at + 7), r.GetInt32(at + 8), r.GetString(at + 9), r.GetInt64(at + 10) != 0, Str(r, at + 11),
        Enum.Parse<Modality>(r.GetString(at + 12)));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Json(IEnumerable<string> ids) => JsonSerializer.Serialize(ids.Distinct());

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] args) =>
        Query(connection, null, sql, read, args);

    /// <summary>The rows a statement reads, in the caller's transaction when it has one (writes look up before they write).</summary>
    private static List<T> Query<T>(SqliteConnection connection, SqliteTransaction? tx, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] args)
    {
        if (tx is not null) return Read(PreparedCommands.For(connection, tx, sql, args), read);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return Read(cmd, read);
    }

    private static List<T> Read<T>(SqliteCommand cmd, Func<SqliteDataReader, T> read)
    {
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static int Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
