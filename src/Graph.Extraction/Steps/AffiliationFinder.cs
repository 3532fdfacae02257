using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: office holders the gazetteer knows get their office as an edge (AFFILIATED_WITH with the role),
/// evidenced by their first mention, unless a title in the text gave one already. A state's body (a ministry) keeps its state
/// as <see cref="EntityDraft.RoleOf"/> without an edge: AFFILIATED_WITH is a person's office. Needs links and relations; adds affiliations.</summary>
public static class AffiliationFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
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
}
