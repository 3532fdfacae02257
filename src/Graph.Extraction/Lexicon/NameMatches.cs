namespace Graph.Extraction;

/// <summary>The gazetteer's listed names (<see cref="Gazetteer.Names"/>) matched at a document's tokens, kept by the step
/// that asks first (<see cref="MentionFinder"/>) for the tagger's features, which ask again at the same tokens with the same
/// sentence ends (<see cref="Tagging.TagFeatures"/>): a match is then read, not worked out twice.</summary>
internal sealed class NameMatches(Gazetteer gazetteer, int tokens)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Per token: the limit the match was worked out for (0: not worked out), where it ends (0: no match) and its entry.</summary>
    private readonly int[] _limits = new int[tokens];
    private readonly int[] _ends = new int[tokens];
    private readonly GazetteerEntry?[] _entries = new GazetteerEntry?[tokens];

    /// <summary><see cref="PhraseTable{T}.Match"/> of the gazetteer's names, kept.</summary>
    public (GazetteerEntry Value, int End, bool Preposition, int Clitic)? Match(List<Token> tokens, int at, int limit)
    {
        var m = Gazetteer.Names.Match(tokens, at, limit);
        _limits[at] = limit;
        (_ends[at], _entries[at]) = m is { } found ? (found.End, found.Value) : (0, null);
        return m;
    }

    /// <summary>The match at <paramref name="at"/> up to <paramref name="limit"/> (its entry and end, or null), if it was
    /// worked out for that limit.</summary>
    public bool TryGet(int at, int limit, out (GazetteerEntry Value, int End)? match)
    {
        match = null;
        if (at >= _limits.Length || _limits[at] != limit) return false;
        if (_entries[at] is { } entry) match = (entry, _ends[at]);
        return true;
    }
}
