namespace Graph.Extraction;

/// <summary>A gazetteer table's phrases matched at a document's tokens, kept by the step that asks first (listed names by
/// <see cref="MentionFinder"/>, offices by <see cref="PersonFinder"/>) for the tagger's features, which ask again at the
/// same tokens with the same sentence ends (<see cref="Tagging.TagFeatures"/>): a match is then read, not worked out twice.</summary>
internal sealed class PhraseMatches<T>(PhraseTable<T> table, int tokens) where T : class
{
    public PhraseTable<T> Table { get; } = table;

    /// <summary>Per token: the limit the match was worked out for (0: not worked out), where it ends (0: no match) and its value.</summary>
    private readonly int[] _limits = new int[tokens];
    private readonly int[] _ends = new int[tokens];
    private readonly T?[] _values = new T?[tokens];

    /// <summary><see cref="PhraseTable{T}.Match"/>, kept.</summary>
    public (T Value, int End, bool Preposition, int Clitic)? Match(List<Token> tokens, int at, int limit)
    {
        var m = Table.Match(tokens, at, limit);
        _limits[at] = limit;
        (_ends[at], _values[at]) = m is { } found ? (found.End, found.Value) : (0, null);
        return m;
    }

    /// <summary>The match at <paramref name="at"/> up to <paramref name="limit"/> (its value and end, or null), if it was
    /// worked out for that limit.</summary>
    public bool TryGet(int at, int limit, out (T Value, int End)? match)
    {
        match = null;
        if (at >= _limits.Length || _limits[at] != limit) return false;
        if (_values[at] is { } value) match = (value, _ends[at]);
        return true;
    }

    /// <summary>The match at <paramref name="at"/> up to <paramref name="limit"/>: kept if <paramref name="known"/> holds it
    /// (for this table), else worked out.</summary>
    public static (T Value, int End)? Read(PhraseMatches<T>? known, PhraseTable<T> table, List<Token> tokens, int at, int limit)
    {
        if (known is not null && known.Table == table && known.TryGet(at, limit, out var match)) return match;
        return table.Match(tokens, at, limit) is { } m ? (m.Value, m.End) : null;
    }
}
