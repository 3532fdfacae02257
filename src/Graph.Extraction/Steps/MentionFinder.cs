using System.Runtime.InteropServices;

namespace Graph.Extraction;

/// <summary>Step: finds gazetteer names (countries, capitals, nisba adjectives, blocs, organisations, office holders)
/// with clitics stripped, longest match first. Needs tokens; adds references. A word that is a given name as written is not
/// read as a preposition and a listed name (كلاوس is Klaus, not ك + لاوس).</summary>
public static class MentionFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        // A short alias counts once the full name has appeared. On a document without entities yet (as the pipeline gives it)
        // the entities this step adds are exactly those: the first match of an entity is never a short alias. The document's
        // own entities answer then, with the one look-up that finds or adds the entity; else a set of the full names seen.
        var fresh = doc.Entities.Count == 0;
        var fullNamesSeen = fresh ? null : new HashSet<string>(StringComparer.Ordinal);
        var tables = doc.TokenTables;
        // About a fifth of the tokens may begin a listed name (their forms' table bits say so) and are asked about.
        var names = doc.NameMatches = new PhraseMatches<GazetteerEntry>(gazetteer.Names, doc.Tokens.Count / 4);
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (gazetteer.Names.MayBegin(tables[i]) && names.Match(doc.Tokens, i, sentence.EndToken) is { } m
                    && (!m.Value.NeedsFullName || (fullNamesSeen?.Contains(m.Value.EntityKey) ?? doc.Entities.ContainsKey(m.Value.EntityKey)))
                    && !(m.Preposition && gazetteer.GivenNames.ContainsWithoutConjunction(doc.Tokens[i])))
                {
                    if (!m.Value.NeedsFullName) fullNamesSeen?.Add(m.Value.EntityKey);
                    doc.AddRef(new EntityRef(i, m.End, m.Value.EntityKey, m.Value.Kind) { Preposition = m.Preposition, Clitic = m.Clitic });
                    ref var draft = ref CollectionsMarshal.GetValueRefOrAddDefault(doc.Entities, m.Value.EntityKey, out var known);
                    if (!known) draft = gazetteer.Entities[m.Value.EntityKey].Copy();
                    i = m.End;
                }
                else i++;
            }
        }
    }
}
