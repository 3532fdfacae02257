using System.Collections.Concurrent;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>FTS5's BM25 (k1 = 1.2, b = 0.75, over the terms column) computed here for a few hits. FTS5's bm25() counts the
/// statements holding each term by walking the term's whole list on every call: a speaker's search with three hits paid for
/// the hundreds of thousands of statements holding «عقوبات». Here a term's count is kept per store and counted again when the
/// index has grown by a hundredth; the other figures are FTS5's own (its row and token totals), so the scores are bm25()'s.</summary>
internal sealed class Bm25
{
    private const double K1 = 1.2, B = 0.75;
    private readonly ConcurrentDictionary<string, (long Hits, long Rows)> _documentFrequency = new(StringComparer.Ordinal);

    /// <summary>Scores of the hits (their statement texts), higher is better, as -bm25(statements_fts, 1.0, 0.0) would give.</summary>
    public IReadOnlyList<double> Score(SqliteConnection connection, IReadOnlyList<string> terms, IReadOnlyList<string> texts, bool withSpeaker)
    {
        var (rows, tokens) = Totals(connection);
        var idf = terms.Select(t => Idf(rows, DocumentFrequency(connection, t, rows))).ToArray();
        var averageLength = rows == 0 ? 1 : (double)tokens / rows;
        var scores = new double[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var words = SearchTerms.Of(texts[i]).ToList();
            // The row's length counts every column, as FTS5 does: the speaker column holds one token when there is a speaker.
            var length = words.Count + (withSpeaker ? 1 : 0);
            for (var t = 0; t < terms.Count; t++)
            {
                var tf = words.Count(w => w == terms[t]);
                scores[i] += idf[t] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
            }
        }
        return scores;
    }

    private static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    private long DocumentFrequency(SqliteConnection connection, string term, long rows)
    {
        if (_documentFrequency.TryGetValue(term, out var known) && rows - known.Rows <= known.Rows / 100) return known.Hits;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH @q";
        cmd.Parameters.AddWithValue("@q", SearchIndex.Match([term], null));
        var hits = (long)cmd.ExecuteScalar()!;
        _documentFrequency[term] = (hits, rows);
        return hits;
    }

    /// <summary>FTS5's averages record (row 1 of statements_fts_data): the number of rows, then each column's token total,
    /// as SQLite varints.</summary>
    private static (long Rows, long Tokens) Totals(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT block FROM statements_fts_data WHERE id = 1";
        if (cmd.ExecuteScalar() is not byte[] block) return (0, 0);
        var at = 0;
        var rows = Varint(block, ref at);
        long tokens = 0;
        while (at < block.Length) tokens += Varint(block, ref at);
        return (rows, tokens);
    }

    private static long Varint(byte[] bytes, ref int at)
    {
        long value = 0;
        for (var i = 0; i < 9 && at < bytes.Length; i++)
        {
            var b = bytes[at++];
            if (i == 8) return (value << 8) | b;
            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0) break;
        }
        return value;
    }
}
