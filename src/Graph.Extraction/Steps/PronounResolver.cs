using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: words that point at a country without naming it (بلاده "his country", بلدنا "our country") become
/// references to it: the speaker's country for the first person, else the country of the sentence's subject;
/// "the latter" (الأخير) points at the last person named.
/// Needs references and statements; adds pronoun references.</summary>
public static class PronounResolver
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!gazetteer.Pronouns.MayBegin(tables[i]) || doc.RefAt[i] is not null
                    || gazetteer.Pronouns.Match(doc.Tokens, i, sentence.EndToken) is not { } m) continue;
                if (m.Value == "latter")
                {
                    if (LastPersonBefore(doc, i) is { } latter) doc.AddRef(new EntityRef(i, m.End, latter.EntityKey, "pronoun"));
                    continue;
                }
                var country = m.Value == "speaker" ? SpeakerCountry(doc, i) : AntecedentCountry(doc, i);
                if (country is not null && !doc.Entities.ContainsKey(country) && gazetteer.Entities.TryGetValue(country, out var draft))
                    doc.Entities[country] = draft.Copy();
                if (country is not null && doc.Entities.ContainsKey(country))
                    doc.AddRef(new EntityRef(i, m.End, country, "pronoun") { Preposition = m.Preposition, Clitic = m.Clitic });
            }
        }
    }

    /// <summary>The person named last before <paramref name="token"/>.</summary>
    private static EntityRef? LastPersonBefore(Document doc, int token)
    {
        EntityRef? last = null;
        foreach (var r in doc.Refs)
            if (r.EndToken <= token && (last is null || r.FirstToken > last.FirstToken) && r.EntityKey.Length > 0 && doc.TypeOf(r.EntityKey) == EntityType.Person)
                last = r;
        return last;
    }

    /// <summary>The country a reference stands for or serves: itself, or a person's office country.</summary>
    public static string? CountryOf(Document doc, string key)
    {
        // One look-up for the entity, whose type and office both come from it.
        var known = doc.Entities.TryGetValue(key, out var entity);
        return (known ? entity!.Type : doc.TypeOf(key)) switch
        {
            EntityType.Country => key,
            EntityType.Person when (known ? entity! : doc.Entities[key]).RoleOf is { } of && doc.TypeOf(of) == EntityType.Country => of,
            _ => null,
        };
    }

    private static string? SpeakerCountry(Document doc, int token)
    {
        var statement = doc.Statements.FirstOrDefault(s => s.FirstToken <= token && token < s.EndToken);
        return statement?.SpeakerKey is { } speaker ? CountryOf(doc, speaker) : null;
    }


    /// <summary>"His country": the country of the sentence's subject (its first person or country not behind a preposition),
    /// else of the nearest person or country before.</summary>
    private static string? AntecedentCountry(Document doc, int token)
    {
        var sentence = doc.Sentences[doc.Tokens[token].Sentence];
        // The earliest subject and the latest candidate (the first in order on a tie), in one pass.
        EntityRef? subject = null, last = null;
        foreach (var r in doc.Refs)
        {
            if (r.EndToken > token || r.EntityKey.Length == 0 || r.Kind == "demonym" || CountryOf(doc, r.EntityKey) is null) continue;
            if (last is null || r.FirstToken > last.FirstToken) last = r;
            if ((subject is null || r.FirstToken < subject.FirstToken) && r.FirstToken >= sentence.FirstToken && !r.Preposition
                && (r.FirstToken == 0 || !Lexicon.Prepositions.ContainsWithoutConjunction(doc.Tokens[r.FirstToken - 1])))
                subject = r;
        }
        var chosen = subject ?? last;
        return chosen is null ? null : CountryOf(doc, chosen.EntityKey);
    }
}
