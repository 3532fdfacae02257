namespace Graph.Extraction;

/// <summary>A gazetteer table's phrases matched at a document's tokens, kept by the step that asks first (listed names by
/// <see cref="MentionFinder"/>, offices by <see cref="PersonFinder"/>) for the tagger's features, which ask again at the
/// same tokens with the same sentence ends (<see cref="Tagging.TagFeatures"/>): a match is then read, not worked out twice.</summary>
/// <param name="expected">About how many tokens will be asked about (the list's first capacity).</param>
internal sealed class PhraseMatches<T>(PhraseTable<T> table, int expected) where T : class
{
    public PhraseTable<T> Table { get; } = table;

    /// <summary>The tokens a match was worked out at, in token order, each with the limit it was worked out for, where it ends
    /// (0: no match) and its value. A few hundred of a document's tokens: a list of them, not arrays as long as the document.</summary>
    private readonly List<(int At, int Limit, int End, T? Value)> _kept = new(expected);

    /// <summary>Where to look first: the steps ask in token order, so the token asked is mostly the one after the last found.</summary>
    private int _next;

    /// <summary><see cref="PhraseTable{T}.Match"/>, kept.</summary>
    public (T Value, int End, bool Preposition, int Clitic)? Match(List<Token> tokens, int at, int limit)
    {
        var m = Table.Match(tokens, at, limit);
        var kept = (at, limit, m is { } found ? found.End : 0, m?.Value);
        var i = IndexOf(at);
        if (i >= 0) _kept[i] = kept;
        else _kept.Insert(~i, kept);
        return m;
    }

    /// <summary>The match at <paramref name="at"/> up to <paramref name="limit"/> (its value and end, or null), if it was
    /// worked out for that limit.</summary>
    public bool TryGet(int at, int limit, out (T Value, int End)? match)
    {
        match = null;
        var i = IndexOf(at);
        if (i < 0 || _kept[i].Limit != limit) return false;
        if (_kept[i].Value is { } value) match = (value, _kept[i].End);
        return true;
    }

    /// <summary>The match at <paramref name="at"/> up to <paramref name="limit"/>: kept if <paramref name="known"/> holds it
    /// (for this table), else worked out.</summary>
    public static (T Value, int End)? Read(PhraseMatches<T>? known, PhraseTable<T> table, List<Token> tokens, int at, int limit)
    {
        if (known is not null && known.Table == table && known.TryGet(at, limit, out var match)) return match;
        return table.Match(tokens, at, limit) is { } m ? (m.Value, m.End) : null;
    }

    /// <summary>Where <paramref name="at"/> is kept, or the complement of where it would go.</summary>
    private int IndexOf(int at)
    {
        var count = _kept.Count;
        if (count == 0 || _kept[count - 1].At < at) return ~count;
        if (_next < count && _kept[_next].At == at) return _next++;
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var kept = _kept[mid].At;
            if (kept == at)
            {
                _next = mid + 1;
                return mid;
            }
            if (kept < at) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }
}
