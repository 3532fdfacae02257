using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: links what points at people. Later mentions of a person found by title (by family name or full name)
/// become references to them; a title without a name (وزير الخارجية الصيني، السفير، الدبلوماسي الكبير، نظيره الروسي)
/// resolves to the person in the text who holds that office — the nearest before it, else after — and,
/// when nobody does, to the office's country (or body). Needs people and titles.</summary>
public static class EntityLinker
{
    public static void Run(Document doc)
    {
        LinkLaterNames(doc);
        // Every reference by the entity it names, kept up to date as titles resolve (a resolved title counts as a mention).
        var byEntity = new Dictionary<string, List<EntityRef>>(StringComparer.Ordinal);
        foreach (var r in doc.Refs)
            if (r.EntityKey.Length > 0) Mentions(byEntity, r.EntityKey).Add(r);
        var unresolved = false;
        // The people, in the entities' order, for the titles to look through (no step here adds an entity or changes its type).
        List<EntityDraft>? people = null;
        foreach (var title in doc.Refs.Where(r => r.Kind == "title" && r.EntityKey.Length == 0).ToList())
        {
            var key = Apposed(doc, title) ?? Resolve(doc, title, byEntity, people ??= People(doc));
            if (key is null) unresolved = true;
            else
            {
                title.EntityKey = key;
                Mentions(byEntity, key).Add(title);
            }
        }
        // A title nobody holds in the text (its key still empty) is no reference at all.
        if (unresolved)
        {
            doc.Refs.RemoveAll(r => r.Kind == "title" && r.EntityKey.Length == 0);
            doc.IndexRefs();
        }
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
                if (doc.RefAt[i] is null && table.Match(doc.Tokens, i, sentence.EndToken) is { } m && !Overlaps(doc.Refs, i, m.End))
                {
                    doc.AddRef(new EntityRef(i, m.End, m.Value, "name") { Preposition = m.Preposition, Clitic = m.Clitic });
                    i = m.End;
                }
                else i++;
            }
        }
    }

    private static bool Overlaps(List<EntityRef> refs, int first, int end)
    {
        foreach (var r in refs)
            if (r.FirstToken < end && first < r.EndToken) return true;
        return false;
    }

    private static List<EntityDraft> People(Document doc)
    {
        var people = new List<EntityDraft>();
        foreach (var e in doc.Entities.Values)
            if (e.Type == EntityType.Person) people.Add(e);
        return people;
    }

    private static List<EntityRef> Mentions(Dictionary<string, List<EntityRef>> byEntity, string key) =>
        byEntity.TryGetValue(key, out var list) ? list : byEntity[key] = [];

    /// <summary>A title right before a person's name, or set off by a comma after it (يوسف العتيبة، السفير الإماراتي لدى واشنطن), is theirs:
    /// the person, who gets the office (and its AFFILIATED_WITH edge) unless they hold one already.</summary>
    private static string? Apposed(Document doc, EntityRef title)
    {
        if (NamedBeside(doc, title) is not { } name) return null;
        var person = doc.Entities[name.EntityKey];
        // الرئيس الصيني الشيخ محمد بن راشد: a known office holder of another state does not hold this title.
        if (title.RoleOf is not null && person.RoleOf is not null && person.RoleOf != title.RoleOf) return null;
        if (person.Role is null && title.Role is { } role)
        {
            person.Role = role;
            person.RoleOf ??= title.RoleOf;
            person.Government |= Roles.IsGovernment(role);
        }
        if (title.RoleOf is { } office && title.Role is { } held)
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, name.EntityKey, office, doc.Tokens[title.FirstToken].Sentence,
                title.FirstToken, title.EndToken, 0.85, Role: held));
        return name.EntityKey;
    }

    /// <summary>The person named right beside a title: right after it (a name a later step found: نائبة وزير الخارجية
    /// الإسرائيلية تسيبي هوتوفيلي), or before it and a comma.</summary>
    private static EntityRef? NamedBeside(Document doc, EntityRef title)
    {
        var sentence = doc.Tokens[title.FirstToken].Sentence;
        if (title.EndToken < doc.Tokens.Count && doc.RefAt[title.EndToken] is { Kind: "name", Preposition: false } after && after.FirstToken == title.EndToken
            && doc.Tokens[after.FirstToken].Sentence == sentence && doc.TypeOf(after.EntityKey) == EntityType.Person)
            return after;
        // وزيرة الدفاع الفرنسية، فلورانس بارلي، إن …: the name set off by commas right after the title.
        var next = title.EndToken + 1;
        if (next < doc.Tokens.Count && doc.Tokens[title.EndToken].Is(',') && doc.RefAt[next] is { Kind: "name", Preposition: false } apposed
            && apposed.FirstToken == next && doc.Tokens[next].Sentence == sentence && doc.TypeOf(apposed.EntityKey) == EntityType.Person
            && (apposed.EndToken >= doc.Tokens.Count || doc.Tokens[apposed.EndToken].Is(',') || Lexicon.Complementisers.ContainsWithoutConjunction(doc.Tokens[apposed.EndToken])))
            return apposed;
        var comma = title.FirstToken - 1;
        if (comma < 1 || !doc.Tokens[comma].Is(',') || doc.RefAt[comma - 1] is not { Kind: "name" } before || before.EndToken != comma
            || doc.Tokens[comma - 1].Sentence != sentence || doc.TypeOf(before.EntityKey) != EntityType.Person)
            return null;
        return before;
    }

    /// <summary>The person (or country) a bare title stands for, or null when the text does not say.</summary>
    private static string? Resolve(Document doc, EntityRef title, Dictionary<string, List<EntityRef>> byEntity, List<EntityDraft> people)
    {
        var role = title.Role ?? "";
        var roleOf = title.RoleOf;
        if (role == "Counterpart")
        {
            // نظيره الروسي: someone of the same office as the nearest person before, for the country named.
            EntityRef? subject = null;
            foreach (var r in doc.Refs)
            {
                if (r.FirstToken >= title.FirstToken) break;
                if (r.EndToken <= title.FirstToken && (subject is null || r.FirstToken > subject.FirstToken)
                    && r.EntityKey.Length > 0 && doc.TypeOf(r.EntityKey) == EntityType.Person)
                    subject = r;
            }
            role = subject is null ? "" : doc.Entities[subject.EntityKey].Role ?? "";
            if (role.Length == 0) return null;
        }
        var candidates = 0;
        EntityRef? before = null, after = null;
        foreach (var e in people)
        {
            // The office's state or body first: a cheap test that rules out most people before their roles are compared.
            if (roleOf is not null && e.RoleOf != roleOf || !RoleMatches(role, e)) continue;
            candidates++;
            if (!byEntity.TryGetValue(e.Key, out var refs)) continue;
            foreach (var r in refs)
            {
                if (r == title) continue;
                if (r.EndToken <= title.FirstToken) { if (before is null || r.FirstToken > before.FirstToken) before = r; }
                // Someone named later stands for a title that names no state only in its own paragraph (وقال المتحدث … is not
                // the spokesperson of another state named further down); السفير الروسي in a headline is the one named below.
                else if ((after is null || r.FirstToken < after.FirstToken)
                         && (roleOf is not null || doc.Tokens[r.FirstToken].Paragraph == doc.Tokens[title.FirstToken].Paragraph)) after = r;
            }
        }
        // A bare office that several people in the text hold (وزير الخارجية) is only trusted in the same paragraph;
        // a generic one (الدبلوماسي، المسؤول) always means the last official named.
        if (roleOf is null && role is not ("Diplomat" or "Official") && candidates > 1
            && doc.Tokens[title.FirstToken].Paragraph != (before is null ? -1 : doc.Tokens[before.FirstToken].Paragraph))
            return null;
        var chosen = before ?? after;
        if (chosen is not null) return chosen.EntityKey;
        return roleOf is null ? SameTitleBefore(doc, title, role) : Office(doc, roleOf);
    }

    /// <summary>وأضاف المتحدث: a bare title that names no state stands for whom the last title of the same office stood for,
    /// in the same paragraph or the two before it (المتحدث باسم رئيسة الوزراء … وقال المتحدث).</summary>
    private static string? SameTitleBefore(Document doc, EntityRef title, string role)
    {
        if (role.Length == 0) return null;
        var paragraph = doc.Tokens[title.FirstToken].Paragraph;
        string? found = null;
        foreach (var r in doc.Refs)
        {
            if (r.FirstToken >= title.FirstToken) break;
            if (r.Kind == "title" && r.EntityKey.Length > 0 && r.Role == role && paragraph - doc.Tokens[r.FirstToken].Paragraph <= 2) found = r.EntityKey;
        }
        return found;
    }

    /// <summary>Who acts when nobody named holds an office of <paramref name="roleOf"/>: the country; for a body of a state
    /// (a ministry), its state; for another body (a spokesperson of the IAEA), the body.</summary>
    private static string? Office(Document doc, string roleOf) => doc.TypeOf(roleOf) switch
    {
        EntityType.Country => roleOf,
        EntityType.Organization when doc.Entities.TryGetValue(roleOf, out var body) => body is { Government: true, RoleOf: { } state } ? state : roleOf,
        _ => null,
    };

    private static bool RoleMatches(string titleRole, EntityDraft person)
    {
        var role = person.Role;
        if (role is null) return false;
        if (titleRole is "Diplomat" or "Official") return person.Government;
        if (role == titleRole) return true;
        foreach (var w in titleRole.AsSpan().Split(' '))
            if (!HasWord(role, titleRole.AsSpan()[w])) return false;
        return !(HasWord(role, "Deputy") && !HasWord(titleRole, "Deputy"));
    }

    /// <summary>Whether one of the space-separated words of <paramref name="words"/> is <paramref name="word"/>.</summary>
    private static bool HasWord(string words, ReadOnlySpan<char> word)
    {
        foreach (var w in words.AsSpan().Split(' '))
            if (words.AsSpan()[w].SequenceEqual(word)) return true;
        return false;
    }
}
