using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>The full-text index over statements (<c>statements_fts</c>): a statement's search terms, and its speaker as one
/// token of letters and digits (the tokenizer would split an id such as <c>Person:sergey-lavrov</c> into words), so a search
/// by speaker is one index query. Scores weigh the terms only.</summary>
internal static class SearchIndex
{
    public const string Insert = "INSERT INTO statements_fts (rowid, terms, speaker) VALUES (@seq, @terms, @speaker)";

    /// <summary>BM25 over the terms column (the speaker column weighs nothing), negated so that higher is better.</summary>
    public const string Score = "-bm25(statements_fts, 1.0, 0.0)";

    public static (string, object?)[] Values(long seq, string text, string? speakerId) =>
        [("@seq", seq), ("@terms", string.Join(' ', SearchTerms.Of(text))), ("@speaker", speakerId is null ? "" : SpeakerToken(speakerId))];

    /// <summary>The MATCH expression: every term, and the speaker's token in its column when one is given. Each term is quoted,
    /// so FTS5's query syntax inside a term means nothing. The terms are not held to their column: a column filter makes FTS5
    /// read every hit's positions (ten times slower), and a term could only match the speaker column by being a speaker token.</summary>
    public static string Match(IReadOnlyCollection<string> terms, string? speakerId)
    {
        var match = string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        return speakerId is null ? match : $"{match} AND speaker : \"{SpeakerToken(speakerId)}\"";
    }

    private static string SpeakerToken(string speakerId) => "s" + Ids.Short(speakerId);

    /// <summary>Fills the index from the stored statements (migrations that rebuild it), in pages by seq.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction tx)
    {
        for (long after = 0; ;)
        {
            var page = new List<(long Seq, string Text, string? Speaker)>(5000);
            using (var read = connection.CreateCommand())
            {
                read.Transaction = tx;
                read.CommandText = "SELECT seq, text, speaker_id FROM statements WHERE seq > @after ORDER BY seq LIMIT 5000";
                read.Parameters.AddWithValue("@after", after);
                using var reader = read.ExecuteReader();
                while (reader.Read()) page.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
            if (page.Count == 0) return;
            after = page[^1].Seq;
            foreach (var (seq, text, speaker) in page) PreparedCommands.For(connection, tx, Insert, Values(seq, text, speaker)).ExecuteNonQuery();
        }
    }
}
