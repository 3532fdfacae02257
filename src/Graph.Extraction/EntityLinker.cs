using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: links what points at people. Later mentions of a person found by title (by family name or full name)
/// become references to them; a title without a name (وزير الخارجية الصيني، السفير، الدبلوماسي الكبير، نظيره الروسي)
/// resolves to the person in the text who holds that office — the nearest before it, else after — and,
/// when nobody does, to the office's country. Needs people and titles.</summary>
public static class EntityLinker
{
    public static void Run(Document doc)
    {
        LinkLaterNames(doc);
        foreach (var title in doc.Refs.Where(r => r.Kind == "title" && r.EntityKey.Length == 0).OrderBy(r => r.FirstToken).ToList())
        {
            var key = Resolve(doc, title);
            if (key is null) doc.Refs.Remove(title);
            else title.EntityKey = key;
        }
        doc.IndexRefs();
    }

    private static void LinkLaterNames(Document doc)
    {
        var table = new PhraseTable<string>();
        foreach (var draft in doc.Entities.Values.Where(e => e.Transliterated))
            foreach (var alias in draft.Aliases)
                table.Add(Normalizer.FoldPhrase(alias), draft.Key);
        if (table.Count == 0) return;
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (doc.RefAt[i] is null && table.Match(doc.Tokens, i, sentence.EndToken) is { } m && !doc.Refs.Any(r => r.FirstToken < m.End && i < r.EndToken))
                {
                    doc.Refs.Add(new EntityRef(i, m.End, m.Value, "name") { Preposition = m.Preposition, Clitic = m.Clitic });
                    i = m.End;
                }
                else i++;
            }
        }
        doc.IndexRefs();
    }

    /// <summary>The person (or country) a bare title stands for, or null when the text does not say.</summary>
    public static string? Resolve(Document doc, EntityRef title)
    {
        var role = title.Role ?? "";
        var roleOf = title.RoleOf;
        if (role == "Counterpart")
        {
            // نظيره الروسي: someone of the same office as the nearest person before, for the country named.
            var subject = doc.Refs.Where(r => r.EndToken <= title.FirstToken && doc.TypeOf(r.EntityKey) == EntityType.Person && r.EntityKey.Length > 0)
                .OrderByDescending(r => r.FirstToken).FirstOrDefault();
            role = subject is null ? "" : doc.Entities[subject.EntityKey].Role ?? "";
            if (role.Length == 0) return null;
        }
        var candidates = doc.Entities.Values
            .Where(e => e.Type == EntityType.Person && RoleMatches(role, e) && (roleOf is null || e.RoleOf == roleOf))
            .Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);
        var mentions = doc.Refs.Where(r => candidates.Contains(r.EntityKey) && r != title).ToList();
        var before = mentions.Where(r => r.EndToken <= title.FirstToken).OrderByDescending(r => r.FirstToken).FirstOrDefault();
        // A bare office that several people in the text hold (وزير الخارجية) is only trusted in the same paragraph;
        // a generic one (الدبلوماسي، المسؤول) always means the last official named.
        if (roleOf is null && role is not ("Diplomat" or "Official") && candidates.Count > 1
            && doc.Tokens[title.FirstToken].Paragraph != (before is null ? -1 : doc.Tokens[before.FirstToken].Paragraph))
            return null;
        var chosen = before ?? mentions.OrderBy(r => r.FirstToken).FirstOrDefault();
        if (chosen is not null) return chosen.EntityKey;
        return roleOf is not null && doc.TypeOf(roleOf) == EntityType.Country ? roleOf : null;
    }

    private static bool RoleMatches(string titleRole, EntityDraft person)
    {
        var role = person.Role;
        if (role is null) return false;
        if (titleRole is "Diplomat" or "Official") return person.Government;
        if (role == titleRole) return true;
        var want = titleRole.Split(' ');
        var have = role.Split(' ');
        return want.All(w => have.Contains(w)) && !(have.Contains("Deputy") && !want.Contains("Deputy"));
    }
}
