using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>The commands of one write transaction, each prepared once and run again with new values: a batch of 500 articles
/// runs the same few dozen statements tens of thousands of times, and preparing each anew cost a large part of the ingest.
/// Disposed with the transaction (<see cref="Release"/>).</summary>
internal static class PreparedCommands
{
    private static readonly ConditionalWeakTable<SqliteTransaction, Dictionary<string, SqliteCommand>> ByTransaction = new();

    /// <summary>The transaction's command for <paramref name="sql"/> with the values bound.</summary>
    public static SqliteCommand For(SqliteConnection connection, SqliteTransaction tx, string sql, (string Name, object? Value)[] args)
    {
        var commands = ByTransaction.GetValue(tx, _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
            cmd.Prepare();
            commands[sql] = cmd;
            return cmd;
        }
        foreach (var (name, value) in args) cmd.Parameters[name].Value = value ?? DBNull.Value;
        return cmd;
    }

    /// <summary>Disposes the transaction's commands (call before the transaction ends).</summary>
    public static void Release(SqliteTransaction tx)
    {
        if (!ByTransaction.TryGetValue(tx, out var commands)) return;
        foreach (var cmd in commands.Values) cmd.Dispose();
        ByTransaction.Remove(tx);
    }
}
