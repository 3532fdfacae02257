using Graph.Core;

namespace Graph.Extraction;

/// <summary>The extraction pipeline: a list of small steps over one <see cref="Document"/>
/// (tokens → names → people and titles → linking → quotes → speakers → relations), then the result as graph records.</summary>
public sealed class ArabicExtractor(Gazetteer gazetteer)
{
    /// <summary>Texts longer than this are refused: extraction cost grows with length, and no news article is this long.</summary>
    public const int MaxTextLength = 5 * 1024 * 1024;

    public ArabicExtractor() : this(Gazetteer.Default) { }

    public ExtractionResult Extract(string text, string? articleId = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"The text is {text.Length:N0} characters long; the extractor takes at most {MaxTextLength:N0}.", nameof(text));
        articleId ??= Ids.Article(text);
        var doc = Annotate(text, published);
        return ToExtraction(doc, articleId);
    }

    public Document Annotate(string text, DateOnly? published = null)
    {
        var doc = new Document(text, published);
        Tokenizer.Run(doc);
        MentionFinder.Run(doc, gazetteer);
        PersonFinder.Run(doc, gazetteer);
        NameFinder.Run(doc, gazetteer);
        OrganizationFinder.Run(doc, gazetteer);
        EntityLinker.Run(doc);
        QuoteFinder.Run(doc);
        SpeakerAttributor.Run(doc, gazetteer);
        PronounResolver.Run(doc, gazetteer);
        RelationDetector.Run(doc, gazetteer);
        AffiliationsFromGazetteer(doc, gazetteer);
        return doc;
    }

    /// <summary>Office holders the gazetteer knows get their office as an edge, evidenced by their first mention.</summary>
    private static void AffiliationsFromGazetteer(Document doc, Gazetteer gazetteer)
    {
        foreach (var draft in doc.Entities.Values.Where(e => e.Type == EntityType.Person && e.RoleOf is not null).ToList())
        {
            if (doc.Relations.Any(r => r.Type == RelationType.AffiliatedWith && r.SubjectKey == draft.Key)) continue;
            var first = doc.Refs.Where(r => r.EntityKey == draft.Key).OrderBy(r => r.FirstToken).FirstOrDefault();
            if (first is null) continue;
            if (!doc.Entities.ContainsKey(draft.RoleOf!) && gazetteer.Entities.TryGetValue(draft.RoleOf!, out var office))
                doc.Entities[draft.RoleOf!] = office.Copy();
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, draft.Key, draft.RoleOf!, doc.Tokens[first.FirstToken].Sentence,
                first.FirstToken, first.EndToken, 0.7, Role: draft.Role));
        }
    }

    private static ExtractionResult ToExtraction(Document doc, string articleId)
    {
        var used = doc.Refs.Select(r => r.EntityKey)
            .Concat(doc.Relations.SelectMany(r => new[] { r.SubjectKey, r.ObjectKey }))
            .Concat(doc.Statements.Select(s => s.SpeakerKey ?? ""))
            .Where(k => k.Length > 0 && doc.Entities.ContainsKey(k))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var r in doc.Refs.Where(r => r.Kind == "name" && used.Contains(r.EntityKey)))
            doc.Entities[r.EntityKey].Aliases.Add(doc.Text[doc.NameStart(r)..doc.Tokens[r.EndToken - 1].End]);
        var entities = used.Select(k => doc.Entities[k].ToEntity()).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var mentions = doc.Refs.Where(r => used.Contains(r.EntityKey))
            .Select(r =>
            {
                var (start, end) = (doc.NameStart(r), doc.Tokens[r.EndToken - 1].End);
                return new Mention(r.EntityKey, start, end, r.Kind, doc.Text[start..end]);
            })
            .DistinctBy(m => (m.Start, m.End, m.EntityId))
            .OrderBy(m => m.Start).ToList();

        var statements = doc.Statements.Select(s =>
        {
            var sentence = doc.Sentences[s.Sentence];
            var start = doc.Tokens[s.FirstToken].Start;
            var end = doc.Tokens[s.EndToken - 1].End;
            return new Statement(Ids.Statement(articleId, start, end), articleId, s.SpeakerKey, doc.Text[start..end], s.Kind, start, end,
                sentence.Start, sentence.End, "ar", s.Headline, s.SourceKey is not null && used.Contains(s.SourceKey) ? s.SourceKey : null);
        }).ToList();

        var relations = doc.Relations
            .Where(r => used.Contains(r.SubjectKey) && used.Contains(r.ObjectKey))
            .GroupBy(r => Ids.Relation(articleId, r.Type, r.SubjectKey, r.ObjectKey))
            .Select(g =>
            {
                var first = g.OrderByDescending(r => r.Modality == Modality.Asserted).ThenByDescending(r => r.Confidence).First();
                var date = g.Select(r => r.Date).FirstOrDefault(d => d is not null);
                var evidence = g.Select(r =>
                {
                    var sentence = doc.Sentences[r.Sentence];
                    return new Evidence(doc.Text[sentence.Start..sentence.End], sentence.Start, sentence.End,
                        doc.Tokens[r.CueFirst].Start, doc.Tokens[r.CueEnd - 1].End,
                        r.StatementIndex is { } si ? statements[si].Id : null);
                }).DistinctBy(e => (e.Start, e.End)).ToList();
                return new Relation(g.Key, articleId, first.Type, first.SubjectKey, first.ObjectKey, first.Confidence, evidence,
                    first.Modality, date, first.Role);
            })
            .ToList();
        return new ExtractionResult(entities, mentions, statements, relations);
    }
}
