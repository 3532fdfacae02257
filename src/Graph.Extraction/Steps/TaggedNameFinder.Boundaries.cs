using Graph.Core;

namespace Graph.Extraction;

/// <summary>Where the tagger's boundaries win over a listed name's: the words a listed form begins with that are no name,
/// and a listed person who is only the father in a longer name.</summary>
public static partial class TaggedNameFinder
{
    /// <summary>A listed name whose form begins (or ends) with words the tagger is sure are no part of the name, before a name of
    /// the same class it found (صحيفة هآرتس، حركة حماس، قطاع غزة، الملك سلمان → هآرتس، حماس، غزة، سلمان): the mention
    /// narrows to the tagger's words, and the words before it become a title of the same entity, as a title before a person
    /// is (ذكرت صحيفة هآرتس still names its speaker). Only an office title (before a person: not a given name the tagger
    /// missed, لكوفي أنان) or a common noun in the construct state (no article: صحيفة، قطاع) is left out; a name that begins with a definite noun (المحكمة الجنائية الدولية) is all name. After the name,
    /// only a definite adjective (مكة المكرمة) is left out, and nothing after a person's name (محمد السادس).</summary>
    private static bool Narrow(Document doc, Gazetteer gazetteer, int sentenceFirst, int first, int end, int cls, float[] margins)
    {
        int from = sentenceFirst + first, to = sentenceFirst + end;
        if (doc.RefAt[from] is not { Kind: "name" } r || r.EndToken < to || r.FirstToken > from || r.FirstToken == from && r.EndToken == to
            || !gazetteer.Entities.ContainsKey(r.EntityKey)) return false;
        for (var i = from; i < to; i++)
            if (doc.RefAt[i] != r) return false;
        var type = doc.TypeOf(r.EntityKey);
        var same = cls switch
        {
            1 => type == EntityType.Person,
            2 => type is EntityType.Place or EntityType.Country or EntityType.Bloc,
            _ => type == EntityType.Organization,
        };
        if (!same) return false;
        var office = gazetteer.Offices.Match(doc.Tokens, r.FirstToken, from) is { } o && o.End == from;
        if (type == EntityType.Person && (!office && r.FirstToken < from || r.EndToken > to)) return false;
        // مكة المكرمة: an epithet after the name, a definite adjective the tagger is sure is no name, is left out too.
        for (var i = to; i < r.EndToken; i++)
            if (margins[i - sentenceFirst] >= -NarrowMargin || !doc.Tokens[i].Folded.StartsWith("ال")) return false;
        for (var i = r.FirstToken; i < from; i++)
        {
            if (margins[i - sentenceFirst] >= -NarrowMargin) return false;
            var word = doc.Tokens[i].Folded.AsSpan(i == r.FirstToken ? r.Clitic : 0);
            if (!office && word.StartsWith("ال")) return false;
        }
        doc.Refs.Remove(r);
        doc.IndexRefs();
        if (r.FirstToken < from)
            doc.AddRef(new EntityRef(r.FirstToken, from, r.EntityKey, "title") { Clitic = r.Clitic, Preposition = r.Preposition, Type = r.Type });
        doc.AddRef(new EntityRef(from, to, r.EntityKey, "name") { Clitic = r.FirstToken == from ? r.Clitic : 0, Preposition = r.Preposition, Type = r.Type });
        return true;
    }

    /// <summary>How sure the tagger must be that a word before its name is no name for <see cref="Narrow"/> to leave it out:
    /// 0 and 5 gave the same on the held-aside tenth (through the extraction 0.647 -> 0.661) and the dev articles (no score
    /// moved); 15 and 30 left more head nouns in (0.659, 0.655).</summary>
    internal const float NarrowMargin = 5;

    /// <summary>A person the tagger reads as one name over a made-up given name, a joiner and a listed person (حمدان بن محمد
    /// بن راشد آل مكتوم): the listed person is the father in the son's name (his nasab), not a mention of him. The son's
    /// entity takes the whole name; the father loses this mention.</summary>
    private static bool Nasab(Document doc, Gazetteer gazetteer, int first, int end)
    {
        if (doc.RefAt[first] is not { Kind: "name" } son || son.FirstToken != first || son.EndToken >= end
            || !doc.Entities.TryGetValue(son.EntityKey, out var old) || old.Type != EntityType.Person || !old.Transliterated
            || gazetteer.Entities.ContainsKey(son.EntityKey)) return false;
        var fathers = new List<EntityRef>();
        for (var i = son.EndToken; i < end; i++)
        {
            if (doc.RefAt[i] is not { } r) continue;
            if (r.Kind != "name" || r.FirstToken != i || r.EndToken > end || doc.TypeOf(r.EntityKey) != EntityType.Person
                || doc.Tokens[i - 1].Folded is not ("بن" or "ابن" or "بنت")) return false;
            fathers.Add(r);
            i = r.EndToken - 1;
        }
        if (fathers.Count == 0) return false;
        foreach (var r in fathers) doc.Refs.Remove(r);
        Replace(doc, gazetteer, son, old, first, end);
        return true;
    }

    /// <summary>A person the rules found, listed or made up, whose name the tagger reads on past where they stopped, over
    /// words no rule claims or a nisba (محمد بن زايد آل نهيان after the listed محمد بن زايد; محمد سعيد الكندي, not a
    /// Canadian): the name runs to the tagger's end when the tagger is sure of it (<see cref="WidenMargin"/>). A listed person
    /// keeps their entity; a made-up one takes the longer name. A nisba inside a name is a family name, no demonym.</summary>
    private static bool Widen(Document doc, Gazetteer gazetteer, int first, int end, float margin)
    {
        if (margin < WidenMargin || doc.RefAt[first] is not { Kind: "name" } r || r.FirstToken != first || r.EndToken >= end
            || !doc.Entities.TryGetValue(r.EntityKey, out var old) || old.Type != EntityType.Person) return false;
        var nisbas = new List<EntityRef>();
        for (var i = r.EndToken; i < end; i++)
        {
            if (doc.RefAt[i] is not { } other)
            {
                if (!doc.Tokens[i].IsWord) return false;
                continue;
            }
            if (other.Kind != "demonym" || other.FirstToken < r.EndToken || other.EndToken > end) return false;
            nisbas.Add(other);
            i = other.EndToken - 1;
        }
        foreach (var nisba in nisbas) doc.Refs.Remove(nisba);
        if (gazetteer.Entities.ContainsKey(r.EntityKey))
        {
            doc.Refs.Remove(r);
            doc.IndexRefs();
            doc.AddRef(new EntityRef(first, end, r.EntityKey, "name") { Clitic = r.Clitic, Preposition = r.Preposition, Type = r.Type });
        }
        else Replace(doc, gazetteer, r, old, first, end);
        return true;
    }

    /// <summary>How sure the tagger must be of every word of the longer name for <see cref="Widen"/>: at 0 it ran names on
    /// into verbs and participles (ترامب تفادى، ماكرون المنتمي on the dev articles); 10 and 20 gave the same (dev unchanged
    /// but for محمد بن زايد آل نهيان, the held-aside tenth via the extraction 0.678 -> 0.679, PERS 0.649 -> 0.653).</summary>
    internal const float WidenMargin = 20;
}
