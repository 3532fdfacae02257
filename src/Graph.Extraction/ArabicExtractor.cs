using System.Runtime.InteropServices;
using Graph.Core;

namespace Graph.Extraction;

/// <summary>Arabic text in, graph records out: runs the <see cref="Pipeline"/> of steps over one <see cref="Document"/>
/// (tokens → names → people and titles → linking → quotes → speakers → relations), then turns the annotations into records.</summary>
public sealed class ArabicExtractor(Gazetteer gazetteer) : IExtractor
{
    private readonly Pipeline _pipeline = Pipeline.Default(gazetteer);

    /// <summary>The steps this extractor runs, in order.</summary>
    public Pipeline Pipeline => _pipeline;

    /// <summary>Texts longer than this are refused: extraction cost grows with length, and no news article is this long.</summary>
    public const int MaxTextLength = 5 * 1024 * 1024;

    public ArabicExtractor() : this(Gazetteer.Default) { }

    /// <summary>Texts longer than this are read in paragraph-aligned chunks of about this size, so the cost stays linear
    /// in the length; names and titles are then linked within a chunk only. News articles are far shorter.</summary>
    public const int ChunkLength = 16_000;

    public ExtractionResult Extract(string text, string? articleId = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"The text is {text.Length:N0} characters long; the extractor takes at most {MaxTextLength:N0}.", nameof(text));
        articleId ??= Ids.Article(text);
        if (text.Length <= ChunkLength) return ToExtraction(Annotate(text, published), articleId, 0);
        var parts = Chunks(text).Select(c => ToExtraction(Annotate(text.Substring(c.Start, c.Length), published), articleId, c.Start)).ToList();
        return Merge(parts);
    }

    /// <summary>Cuts a long text after line breaks (else after a sentence end, else after a space) into pieces of at most <see cref="ChunkLength"/>.</summary>
    public static IEnumerable<(int Start, int Length)> Chunks(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + ChunkLength);
            if (end < text.Length)
            {
                var window = text.AsSpan(start, end - start);
                var cut = window.LastIndexOf('\n');
                if (cut < ChunkLength / 2) cut = window.LastIndexOfAny(".!?؟");
                if (cut < ChunkLength / 2) cut = window.LastIndexOf(' ');
                if (cut > 0) end = start + cut + 1;
            }
            yield return (start, end - start);
            start = end;
        }
    }

    private static ExtractionResult Merge(List<ExtractionResult> parts)
    {
        var entities = parts.SelectMany(p => p.Entities).GroupBy(e => e.Id)
            .Select(g => g.First() with { Aliases = g.SelectMany(e => e.Aliases).Distinct().Order(StringComparer.Ordinal).ToList() })
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var relations = parts.SelectMany(p => p.Relations).GroupBy(r => r.Id)
            .Select(g => g.OrderByDescending(r => r.Confidence).First() with { Evidence = g.SelectMany(r => r.Evidence).ToList() })
            .ToList();
        return new ExtractionResult(entities, parts.SelectMany(p => p.Mentions).ToList(), parts.SelectMany(p => p.Statements).ToList(), relations);
    }

    public Document Annotate(string text, DateOnly? published = null)
    {
        var doc = new Document(text, published);
        _pipeline.Run(doc);
        return doc;
    }

    /// <param name="offset">Where <paramref name="doc"/>'s text starts in the article: added to every offset.</param>
    private static ExtractionResult ToExtraction(Document doc, string articleId, int offset)
    {
        // Entities that something refers to, stands in a relation or speaks; references to anything else are dropped.
        // Each with its draft, so that the references below find it with one look-up.
        var used = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        EntityDraft? Use(string? key)
        {
            if (key is not { Length: > 0 }) return null;
            if (used.TryGetValue(key, out var draft)) return draft;
            return doc.Entities.TryGetValue(key, out draft) ? used[key] = draft : null;
        }
        // Each reference's draft, kept for the mentions below (null for a reference to nothing known).
        var refDrafts = new EntityDraft?[doc.Refs.Count];
        for (var i = 0; i < refDrafts.Length; i++) refDrafts[i] = Use(doc.Refs[i].EntityKey);
        foreach (var r in doc.Relations) { Use(r.SubjectKey); Use(r.ObjectKey); }
        foreach (var s in doc.Statements) Use(s.SpeakerKey);

        var mentions = new List<Mention>(doc.Refs.Count);
        var seen = new HashSet<(int Start, int End, string Entity)>(doc.Refs.Count, SpanComparer.Instance);
        for (var i = 0; i < refDrafts.Length; i++)
        {
            if (refDrafts[i] is not { } draft) continue;
            var r = doc.Refs[i];
            var (start, end) = (doc.NameStart(r), doc.Tokens[r.EndToken - 1].End);
            var text = doc.Text[start..end];
            if (r.Kind == "name") draft.AddAlias(text);
            // A bloc is named by a collective (العرب، الغرب، الدول الأوروبية، المجتمع الدولي): a plural demonym or a noun
            // phrase, no proper name (ANERcorp's train split tags 1 of 156 such phrases outside a longer name as a place).
            var kind = r.Kind == "name" && draft.Type == EntityType.Bloc ? "collective" : r.Kind;
            if (seen.Add((start, end, r.EntityKey))) mentions.Add(new Mention(r.EntityKey, offset + start, offset + end, kind, text));
        }
        if (!IsSortedByStart(mentions)) mentions = [.. mentions.OrderBy(m => m.Start)];
        var entities = new List<Entity>(used.Count);
        foreach (var draft in used.Values) entities.Add(draft.ToEntity());
        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        var statementPrefix = Ids.StatementPrefix(articleId);
        var statements = new List<Statement>(doc.Statements.Count);
        HashSet<string>? ids = null;
        foreach (var s in doc.Statements)
        {
            var sentence = doc.Sentences[s.Sentence];
            var start = doc.Tokens[s.FirstToken].Start;
            var end = doc.Tokens[s.EndToken - 1].End;
            var id = $"{statementPrefix}{offset + start}-{offset + end}";
            // Words said by several speakers at once (أعلنت فرنسا وألمانيا أنها …): the second and later carry their speaker.
            if (!(ids ??= new HashSet<string>(StringComparer.Ordinal)).Add(id)) id += "-" + s.SpeakerKey;
            statements.Add(new Statement(id, articleId, s.SpeakerKey, doc.Text[start..end], s.Kind,
                offset + start, offset + end, offset + sentence.Start, offset + sentence.End, "ar", s.Headline,
                s.SourceKey is not null && used.ContainsKey(s.SourceKey) ? s.SourceKey : null, s.Modality));
        }

        // One relation per type and pair (either order for a symmetric type), in the order first found; the asserted,
        // then most confident, finding speaks for it, and every finding adds its evidence.
        var groups = new Dictionary<(RelationType, string, string), List<FoundRelation>>();
        var order = new List<List<FoundRelation>>();
        foreach (var r in doc.Relations)
        {
            if (!used.ContainsKey(r.SubjectKey) || !used.ContainsKey(r.ObjectKey)) continue;
            var (a, b) = RelationTypeInfo.Of(r.Type).Symmetric && string.CompareOrdinal(r.SubjectKey, r.ObjectKey) > 0
                ? (r.ObjectKey, r.SubjectKey) : (r.SubjectKey, r.ObjectKey);
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, (r.Type, a, b), out var known);
            if (!known) order.Add(group = []);
            group!.Add(r);
        }
        var relations = new List<Relation>(order.Count);
        // Relations of one sentence share its text as evidence (one string each, not one per piece of evidence).
        var sentences = new Dictionary<int, string>();
        foreach (var group in order)
        {
            var first = group[0];
            string? date = null;
            var evidence = new List<Evidence>(group.Count);
            foreach (var r in group)
            {
                if (r.Modality == Modality.Asserted && first.Modality != Modality.Asserted
                    || (r.Modality == Modality.Asserted) == (first.Modality == Modality.Asserted) && r.Confidence > first.Confidence)
                    first = r;
                date ??= r.Date;
                var (cueStart, cueEnd) = (offset + doc.Tokens[r.CueFirst].Start, offset + doc.Tokens[r.CueEnd - 1].End);
                if (HasCue(evidence, cueStart, cueEnd)) continue;
                var sentence = doc.Sentences[r.Sentence];
                if (!sentences.TryGetValue(r.Sentence, out var sentenceText)) sentences[r.Sentence] = sentenceText = doc.Text[sentence.Start..sentence.End];
                evidence.Add(new Evidence(sentenceText, offset + sentence.Start, offset + sentence.End,
                    cueStart, cueEnd, r.StatementIndex is { } si ? statements[si].Id : null));
            }
            relations.Add(new Relation(Ids.Relation(articleId, first.Type, first.SubjectKey, first.ObjectKey), articleId, first.Type,
                first.SubjectKey, first.ObjectKey, first.Confidence, evidence, first.Modality, date, first.Role));
        }
        return new ExtractionResult(entities, mentions, statements, relations);
    }

    /// <summary>Mentions by span and entity, hashed by the span alone (entities at one span are few).</summary>
    private sealed class SpanComparer : IEqualityComparer<(int Start, int End, string Entity)>
    {
        public static readonly SpanComparer Instance = new();

        public bool Equals((int Start, int End, string Entity) a, (int Start, int End, string Entity) b) =>
            a.Start == b.Start && a.End == b.End && string.Equals(a.Entity, b.Entity, StringComparison.Ordinal);

        public int GetHashCode((int Start, int End, string Entity) m) => m.Start * 397 ^ m.End;
    }

    private static bool HasCue(List<Evidence> evidence, int start, int end)
    {
        foreach (var e in evidence)
            if (e.Start == start && e.End == end) return true;
        return false;
    }

    private static bool IsSortedByStart(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
            if (mentions[i - 1].Start > mentions[i].Start) return false;
        return true;
    }
}
