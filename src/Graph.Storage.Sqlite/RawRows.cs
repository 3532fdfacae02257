using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite;

/// <summary>The rows of one statement read through SQLite's own calls on an open connection: for reads of thousands of
/// rows, where a data reader's checks on every column cost as much as SQLite's work. Text arguments only.</summary>
internal sealed class RawRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawRows(SqliteConnection connection, string sql, IEnumerable<(string Name, object? Value)> args)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        foreach (var (name, value) in args)
        {
            var index = raw.sqlite3_bind_parameter_index(_statement, name);
            if (index == 0) continue;
            Check(value is null ? raw.sqlite3_bind_null(_statement, index)
                : raw.sqlite3_bind_text(_statement, index, value as string ?? throw new ArgumentException($"{name} is not text.", nameof(args))));
        }
    }

    /// <summary>Steps to the next row; false after the last.</summary>
    public bool Next()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) Check(rc);
        return false;
    }

    public int Int(int column) => raw.sqlite3_column_int(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next step.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    /// <summary>A text column (null for NULL); with <paramref name="known"/>, a text met before in this read is the same string.</summary>
    public string? Text(int column, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? known = null)
    {
        if (raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL) return null;
        var utf8 = raw.sqlite3_column_blob(_statement, column);
        if (known is not { } lookup || utf8.Length > 256) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (lookup.TryGetValue(text, out var found)) return found;
        var made = text.ToString();
        lookup.Dictionary[made] = made;
        return made;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
    }

    public void Dispose() => _statement.Dispose();
}
