using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Creates or migrates the database: each embedded <c>Migrations/NNNN_*.sql</c> script runs once,
/// in order, in its own transaction; <c>applied_migrations</c> records each one applied and <c>PRAGMA user_version</c> the highest.</summary>
internal static class SqliteSchema
{
    private static readonly (int Version, string Sql)[] Migrations = LoadMigrations();

    /// <summary>Steps a migration needs that SQL cannot do, run in the migration's transaction.</summary>
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> DataSteps = new()
    {
        [3] = RecordExistingOffices,
        [6] = SqliteGraphStore.GroupStoredArticles,
        [7] = SearchIndex.Rebuild, // version 2's index, dropped and built again with the speaker (version 2 only creates it)
    };

    private static void RecordExistingOffices(SqliteConnection connection, SqliteTransaction tx)
    {
        var rows = new List<(string Person, string Country, string Role, double Confidence)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT subject_id, object_id, role, confidence FROM relations WHERE type = 'AFFILIATED_WITH' AND role IS NOT NULL";
            using var reader = read.ExecuteReader();
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }
        foreach (var (person, country, role, confidence) in rows) SqliteGraphStore.RecordOffice(connection, tx, person, country, role, confidence);
    }

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this build knows ({LatestVersion}). Use a newer Graph.");
        var applied = AppliedVersions(connection, current);
        foreach (var (version, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }
            try
            {
                if (DataSteps.TryGetValue(version, out var step)) step(connection, tx);
            }
            finally
            {
                PreparedCommands.Release(tx);
            }
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = $"INSERT INTO applied_migrations (version) VALUES ({version}); PRAGMA user_version = {Math.Max(version, current)};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            current = Math.Max(version, current);
        }
    }

    /// <summary>The migrations the database has, each recorded: numbers are taken by branches, so one can be merged after a
    /// higher one ran and must still run on a database migrated past it. A database from before the
    /// record has every migration up to its version (they were applied in order, none missing).</summary>
    private static HashSet<int> AppliedVersions(SqliteConnection connection, int current)
    {
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "CREATE TABLE IF NOT EXISTS applied_migrations (version INTEGER PRIMARY KEY); SELECT version FROM applied_migrations;";
        var applied = new HashSet<int>();
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        if (applied.Count == 0)
            foreach (var (version, _) in Migrations.Where(m => m.Version <= current))
            {
                cmd.CommandText = $"INSERT INTO applied_migrations (version) VALUES ({version});";
                cmd.ExecuteNonQuery();
                applied.Add(version);
            }
        tx.Commit();
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    private static (int, string)[] LoadMigrations()
    {
        var asm = Assembly.GetExecutingAssembly();
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (int.Parse(n["Migrations.".Length..].Split('_')[0]), reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)
            .ToArray();
    }
}
