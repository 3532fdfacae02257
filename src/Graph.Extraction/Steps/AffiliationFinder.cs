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
        List<EntityDraft>? officials = null;
        foreach (var e in doc.Entities.Values)
            if (e.Type == EntityType.Person && e.RoleOf is not null) (officials ??= []).Add(e);
        foreach (var draft in officials ?? [])
        {
            if (HasAffiliation(doc, draft.Key)) continue;
            if (FirstMention(doc, draft.Key) is not { } first) continue;
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
            if (HasAffiliation(doc, person.Key)) continue;
            person.RoleOf = state;
            if (FirstMention(doc, person.Key) is not { } first) continue;
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, person.Key, state, doc.Tokens[first.FirstToken].Sentence,
                first.FirstToken, first.EndToken, 0.6, Role: person.Role));
        }
    }

    private static bool HasAffiliation(Document doc, string key)
    {
        foreach (var r in doc.Relations)
            if (r.Type == RelationType.AffiliatedWith && r.SubjectKey == key) return true;
        return false;
    }

    /// <summary>The reference to the entity that starts first (the first in order on a tie), if any.</summary>
    private static EntityRef? FirstMention(Document doc, string key)
    {
        EntityRef? first = null;
        foreach (var r in doc.Refs)
            if (r.EntityKey == key && (first is null || r.FirstToken < first.FirstToken)) first = r;
        return first;
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
