using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: bodies of a state, from a head noun in <c>institutions.tsv</c> and the state after it, as a nisba or a name
/// (الحكومة الألمانية، حكومة ألمانيا، وزارة الخارجية الصينية، السفارة الأمريكية). A government, a presidency or an army is
/// the state acting: the reference points at the country. A ministry or an embassy is an organisation of its own, affiliated
/// with its state's government, so what it says and does counts for the state. Needs names; adds organisations.</summary>
public static class InstitutionFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                // The head noun first: it rules out nearly every token with one bit test, before the office look-back.
                if (gazetteer.Institutions.MayBegin(tables[i]) && doc.RefAt[i] is null
                    && gazetteer.Institutions.Match(doc.Tokens, i, sentence.EndToken) is { } head
                    && !InsideOffice(doc, gazetteer, sentence, i)
                    && State(doc, head.End, sentence.EndToken) is { } state)
                {
                    Add(doc, gazetteer, i, state, head.Value, head.Preposition, head.Clitic);
                    i = state.EndToken;
                }
                else i++;
            }
        }
    }

    /// <summary>Whether an office title that starts a word or two before runs over <paramref name="i"/> (وزير الدفاع الأميركي
    /// is a minister, not the ministry).</summary>
    private static bool InsideOffice(Document doc, Gazetteer gazetteer, Sentence sentence, int i)
    {
        for (var k = Math.Max(sentence.FirstToken, i - 3); k < i; k++)
        {
            if (gazetteer.Offices.Match(doc.Tokens, k, sentence.EndToken) is not { } office) continue;
            if (office.End > i) return true;
            // وزير الخزانة الأمريكي: an office word right before a portfolio names the minister; المتحدث باسم وزارة … keeps the body.
            if (office.End == i && doc.Tokens[i - 1].Folded != "باسم") return true;
        }
        return false;
    }

    /// <summary>The state named right after the head: a nisba (الألمانية) or a country's name (ألمانيا), not a place.</summary>
    private static EntityRef? State(Document doc, int at, int limit)
    {
        if (at >= limit || doc.RefAt[at] is not { } r || r.FirstToken != at || r.EntityKey.Length == 0) return null;
        if (r.Kind is not ("demonym" or "name") || doc.TypeOf(r.EntityKey) != EntityType.Country) return null;
        // حكومة ألمانيا is "Germany's government"; بالحكومة لألمانيا is not one phrase.
        return r.Preposition ? null : r;
    }

    private static void Add(Document doc, Gazetteer gazetteer, int start, EntityRef state, Institution institution, bool preposition, int clitic)
    {
        var country = state.EntityKey;
        if (!doc.Entities.ContainsKey(country)) doc.Entities[country] = gazetteer.Entities[country].Copy();
        if (institution.StandsForCountry)
        {
            // The nisba inside keeps its own reference (it names the country too); the phrase is the state acting.
            state.Actor = false;
            doc.AddRef(new EntityRef(start, state.EndToken, country, "institution") { Preposition = preposition, Clitic = clitic });
            return;
        }
        var arabic = doc.Text[doc.NameStart(new EntityRef(start, state.EndToken, "", "name") { Clitic = clitic })..doc.Tokens[state.EndToken - 1].End];
        var english = $"{institution.English} of {doc.Entities[country].Name}";
        var key = Ids.Entity(EntityType.Organization, Gazetteer.Slug(english));
        if (!doc.Entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(key, EntityType.Organization, english)
            {
                ArabicLabel = arabic, RoleOf = country, Government = true, Role = "Government body",
            };
            doc.Entities[key] = draft;
        }
        draft.AddAlias(arabic);
        state.Actor = false;
        doc.AddRef(new EntityRef(start, state.EndToken, key, "name") { Preposition = preposition, Clitic = clitic });
    }
}
