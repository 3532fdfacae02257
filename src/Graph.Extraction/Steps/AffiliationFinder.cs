using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: office holders the gazetteer knows get their office as an edge (AFFILIATED_WITH with the role),
/// evidenced by their first mention, unless a title in the text gave one already. A state's body (a ministry) keeps its state
/// as <see cref="EntityDraft.RoleOf"/> without an edge: AFFILIATED_WITH is a person's office. Needs links and relations; adds affiliations.</summary>
public static class AffiliationFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        OfficesOfBodies(doc);
        OfficesOfTheStory(doc);
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

    /// <summary>A government office named without its state (وزير الدفاع أفيغدور ليبرمان، رئيسة الوزراء فيوريكا دانسيلا) is the
    /// state the article is about, when one state clearly is: named at least three times and twice as often as any other.</summary>
    private static void OfficesOfTheStory(Document doc)
    {
        List<EntityDraft>? stateless = null;
        foreach (var e in doc.Entities.Values)
            // A full name (two words at least): one word the steps made a person of is too often no one.
            if (e is { Type: EntityType.Person, Government: true, RoleOf: null, Role: not null } && e.Role != "Counterpart" && e.Name.Contains(' '))
                (stateless ??= []).Add(e);
        if (stateless is null || StoryState(doc) is not { } state) return;
        foreach (var person in stateless)
        {
            if (doc.Relations.Exists(r => r.Type == RelationType.AffiliatedWith && r.SubjectKey == person.Key)) continue;
            person.RoleOf = state;
            var first = doc.Refs.Where(r => r.EntityKey == person.Key).MinBy(r => r.FirstToken);
            if (first is null) continue;
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, person.Key, state, doc.Tokens[first.FirstToken].Sentence,
                first.FirstToken, first.EndToken, 0.6, Role: person.Role));
        }
    }

    private static string? StoryState(Document doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in doc.Refs)
            if (r.EntityKey.Length > 0 && r.Kind is "name" or "demonym" && doc.TypeOf(r.EntityKey) == EntityType.Country)
                counts[r.EntityKey] = counts.GetValueOrDefault(r.EntityKey) + 1;
        var ranked = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 3 || ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value) return null;
        return ranked[0].Key;
    }

    /// <summary>An office title of a person followed at once by a body the steps named after it (لوران فوكييه رئيس حزب
    /// الجمهوريين، مراسلة بي بي سي): the person holds that office in the body.</summary>
    private static void OfficesOfBodies(Document doc)
    {
        foreach (var title in doc.Refs)
        {
            if (title is not { Kind: "title", RoleOf: null, Role: { } role } || title.EntityKey.Length == 0 || title.EndToken >= doc.Tokens.Count
                || doc.TypeOf(title.EntityKey) != EntityType.Person || doc.RefAt[title.EndToken] is not { Kind: "name" } body
                || body.FirstToken != title.EndToken || doc.TypeOf(body.EntityKey) != EntityType.Organization)
                continue;
            if (doc.Relations.Exists(r => r.Type == RelationType.AffiliatedWith && r.SubjectKey == title.EntityKey && r.ObjectKey == body.EntityKey)) continue;
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, title.EntityKey, body.EntityKey, doc.Tokens[title.FirstToken].Sentence,
                title.FirstToken, body.EndToken, 0.8, Role: role));
        }
    }
}
