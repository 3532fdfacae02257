using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Bulk import: an archive stored without the secondary indexes that storing never reads. Each of them adds an entry
/// per row on a random page of a large B-tree, and at a few hundred thousand articles those pages, written to the WAL and again
/// at checkpoint, are most of what an ingest writes; building an index once from the finished table writes it in order.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>The indexes a bulk import drops. None is read while storing: <see cref="Write"/> and its look-ups (FindStory:
    /// story_bands, story_actors and articles by their keys; JoinEvents: ix_events_key, event_outlets and events by id;
    /// OfficeCountries: offices by person) and the unique ids that INSERT OR IGNORE checks use other indexes, which stay, as do
    /// the parent keys foreign keys check (only a parent's delete would read a child's index, and storing deletes nothing).</summary>
    private static readonly string[] DeferrableIndexes =
    [
        "ix_mentions_entity", "ix_statements_speaker", "ix_statements_article", "ix_statements_quote",
        "ix_relations_subject_type", "ix_relations_object_type", "ix_relations_article", "ix_relations_type", "ix_relations_confidence",
        "ix_relations_subject_edge", "ix_relations_object_edge", "ix_relations_event",
        "ix_events_object", "ix_events_order", "ix_articles_story", "ix_adjacency_object",
    ];

    /// <summary>Drops the indexes storing never reads until the scope is disposed, which creates them again. Their statements
    /// are kept in <c>deferred_indexes</c> first, in the same transaction, so a process killed during the import loses none:
    /// the store creates them when it next opens. Queries work meanwhile, only slower; a store opened on the same file during
    /// the import (another process) creates them again at once.</summary>
    public BulkImport BeginBulkImport()
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        foreach (var name in DeferrableIndexes)
        {
            var sql = Query(connection, tx, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @n", r => r.GetString(0), ("@n", name));
            if (sql.Count == 0) continue; // deferred already (a scope not yet disposed)
            Execute(connection, tx, "INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (@n, @s)", ("@n", name), ("@s", sql[0]));
            Execute(connection, tx, $"DROP INDEX \"{name}\"");
        }
        PreparedCommands.Release(tx);
        tx.Commit();
        return new BulkImport(this);
    }

    /// <summary>Creates the indexes a bulk import dropped and forgets them, each in its own transaction (an index and its
    /// record go together, so a crash here too leaves the rest for the next open). Returns how many.</summary>
    internal int RestoreDeferredIndexes()
    {
        using var connection = Open();
        return RestoreDeferredIndexes(connection);
    }

    private static int RestoreDeferredIndexes(SqliteConnection connection)
    {
        // Before version 10 there is no such table.
        if (Query(connection, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'", r => r.GetInt32(0)).Count == 0)
            return 0;
        var deferred = Query(connection, null, "SELECT name, sql FROM deferred_indexes ORDER BY name", r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (name, sql) in deferred)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            if (Query(connection, tx, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = @n", r => r.GetInt32(0), ("@n", name)).Count == 0)
                Execute(connection, tx, sql);
            Execute(connection, tx, "DELETE FROM deferred_indexes WHERE name = @n", ("@n", name));
            PreparedCommands.Release(tx);
            tx.Commit();
        }
        return deferred.Count;
    }
}

/// <summary>A bulk import in progress (<see cref="SqliteGraphStore.BeginBulkImport"/>); disposing it creates the dropped
/// indexes again, which takes a while on a large database.</summary>
public sealed class BulkImport : IDisposable, IAsyncDisposable
{
    private SqliteGraphStore? _store;

    internal BulkImport(SqliteGraphStore store) => _store = store;

    public void Dispose()
    {
        // Once: a second dispose has nothing to restore.
        Interlocked.Exchange(ref _store, null)?.RestoreDeferredIndexes();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
