using Graph.Core;

namespace Graph.Extraction;

/// <summary>The one object the pipeline's steps annotate, in order: tokens and sentences, entity references,
/// statements, relations. Offsets always index <see cref="Text"/>, the original.</summary>
public sealed class Document(string text, DateOnly? published = null)
{
    public string Text { get; } = text;
    /// <summary>The article's date, when known: it gives a year to dates the text gives without one.</summary>
    public DateOnly? Published { get; } = published;
    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    /// <summary>In order of their first token: add them with <see cref="AddRef"/>.</summary>
    public List<EntityRef> Refs { get; } = [];
    /// <summary>Entities by key (the stable id they will be stored under).</summary>
    public Dictionary<string, EntityDraft> Entities { get; } = new(StringComparer.Ordinal);
    public List<(int Open, int Close)> Quotes { get; } = [];
    public List<FoundStatement> Statements { get; } = [];
    public List<FoundRelation> Relations { get; } = [];

    /// <summary>The gazetteer's names and offices matched at the tokens, kept by <see cref="MentionFinder"/> and
    /// <see cref="PersonFinder"/> for the tagger to read.</summary>
    internal PhraseMatches<GazetteerEntry>? NameMatches { get; set; }
    internal PhraseMatches<Office>? OfficeMatches { get; set; }

    private EntityRef?[] _refAt = [];
    private ulong[] _tables = [];
    private int _tablesVersion;

    /// <summary>Each token's <see cref="TokenForms.Tables"/> (0 for a mark) in one flat array: a step that asks a phrase
    /// table about every token rules most of them out here (<see cref="PhraseTable{T}.MayBegin(ulong)"/>) without reading
    /// the token itself.</summary>
    internal ulong[] TokenTables
    {
        get
        {
            var version = PhraseTables.Version;
            if (_tables.Length != Tokens.Count || _tablesVersion != version)
            {
                var tables = new ulong[Tokens.Count];
                for (var i = 0; i < tables.Length; i++)
                    if (Tokens[i].IsWord) tables[i] = Tokens[i].Forms.Tables;
                (_tables, _tablesVersion) = (tables, version);
            }
            return _tables;
        }
    }

    /// <summary>Which reference covers each token (null where none); the latest-starting one where several do.</summary>
    public EntityRef?[] RefAt
    {
        get
        {
            if (_refAt.Length != Tokens.Count) IndexRefs();
            return _refAt;
        }
    }

    public string Slice(int firstToken, int endToken) =>
        endToken <= firstToken ? "" : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    /// <summary>Where a reference's name starts in the original text, after any clitic on its first word.</summary>
    public int NameStart(EntityRef r)
    {
        var token = Tokens[r.FirstToken];
        var start = token.Start;
        for (var letters = 0; letters < r.Clitic && start < token.End; start++)
            if (!Graph.Core.ArabicFolding.IsIgnorable(Text[start])) letters++;
        while (start < token.End - 1 && Graph.Core.ArabicFolding.IsIgnorable(Text[start])) start++;
        return start;
    }

    /// <summary>Adds a reference in order of its first token (after any that start at the same token) and lets it take
    /// the tokens it covers in <see cref="RefAt"/> from references that start before it; the same as adding it and calling
    /// <see cref="IndexRefs"/>, without going over every reference again.</summary>
    public void AddRef(EntityRef r)
    {
        var refAt = RefAt;
        int low = 0, high = Refs.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Refs[mid].FirstToken <= r.FirstToken) low = mid + 1;
            else high = mid;
        }
        Refs.Insert(low, r);
        for (var i = r.FirstToken; i < r.EndToken; i++)
            if (refAt[i] is not { } other || other.FirstToken <= r.FirstToken) refAt[i] = r;
    }

    /// <summary>Rebuilds <see cref="RefAt"/> from scratch: needed after references are removed.</summary>
    public void IndexRefs()
    {
        if (_refAt.Length == Tokens.Count) Array.Clear(_refAt);
        else _refAt = new EntityRef?[Tokens.Count];
        // Later-starting references win the tokens they share with earlier ones (a nisba inside a title keeps its own).
        if (!IsSorted(Refs)) Refs.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        foreach (var r in Refs)
            for (var i = r.FirstToken; i < r.EndToken; i++) _refAt[i] = r;
    }

    private static bool IsSorted(List<EntityRef> refs)
    {
        for (var i = 1; i < refs.Count; i++)
            if (refs[i - 1].FirstToken > refs[i].FirstToken) return false;
        return true;
    }

    /// <summary>An entity's type: from its draft, else from the label its key starts with (Country:RUS).</summary>
    public EntityType TypeOf(string key) =>
        Entities.TryGetValue(key, out var e) ? e.Type
        : key.IndexOf(':') is var colon and > 0 && Enum.TryParse<EntityType>(key.AsSpan(0, colon), out var t) ? t : EntityType.Place;
}
