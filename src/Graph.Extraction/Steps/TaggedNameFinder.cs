using System.Buffers;
using Graph.Core;
using Graph.Extraction.Tagging;

namespace Graph.Extraction;

/// <summary>Step: names nobody listed, from the trained tagger (<see cref="TaggerModel"/>): people without a title
/// (فايزة أبو النجا), places, and organisations without a head noun the lists know. Needs the rule steps' names and
/// titles; adds people, places and organisations, and cuts a name a rule read too far (… أبو النجا أناب).</summary>
/// <remarks>Rules and tagger: what the gazetteer lists, titles, offices, nisbas and countries stay with the rules (they
/// are facts and the tagger only guesses), so a tagged span that touches a rule's reference is dropped — with one
/// exception: a person the rules made up from name-like words after a title or a given name, or a body read after a head
/// noun (not listed ones), takes the boundaries of the tagger's name of the same kind over it (of two words at least,
/// touching no other reference), and words at its end the tagger is sure are no name are cut off. Rules read words until
/// something stops them; the tagger has learnt where names begin and end. An organisation the tagger is sure of that holds
/// a listed place and more words (ريال مدريد) takes the place's words.</remarks>
public static partial class TaggedNameFinder
{
    public static void Run(Document doc, Gazetteer gazetteer) => Run(doc, gazetteer, TaggerModel.Default);

    public static void Run(Document doc, Gazetteer gazetteer, TaggerModel model)
    {
        var longest = 0;
        foreach (var s in doc.Sentences) longest = Math.Max(longest, s.EndToken - s.FirstToken);
        var tags = ArrayPool<int>.Shared.Rent(longest);
        var margins = ArrayPool<float>.Shared.Rent(longest);
        using var buffers = new TagBuffers(longest);
        try
        {
            foreach (var s in doc.Sentences)
            {
                var n = s.EndToken - s.FirstToken;
                model.Tag(doc, gazetteer, s.FirstToken, s.EndToken, tags, margins, buffers);
                foreach (var (first, end, cls) in NameTag.Spans(tags.AsSpan(0, n)))
                {
                    if (Narrow(doc, gazetteer, s.FirstToken, first, end, cls, margins)
                        || cls == 1 && Nasab(doc, gazetteer, s.FirstToken + first, s.FirstToken + end)) continue;
                    var sure = float.MaxValue;
                    for (var i = first; i < end; i++) sure = Math.Min(sure, margins[i]);
                    if (cls == 1 && Widen(doc, gazetteer, s.FirstToken + first, s.FirstToken + end, sure)) continue;
                    Apply(doc, gazetteer, s.FirstToken + first, s.FirstToken + end, cls, sure);
                }
                Trim(doc, gazetteer, s.FirstToken, s.EndToken, margins);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(margins);
        }
    }

    /// <summary>How sure the tagger must be (its score for the name over its score for no name, at the least sure word)
    /// before a name of each class (none, person, place, organisation) is added. None for every class now: once verbs and
    /// indefinite words are kept out of people (<see cref="CanBeName"/>) and a rule's name loses the words the tagger is
    /// sure are no name (<see cref="Trim"/>), margins of 5 and 10 for people and organisations (tried: 0, 1, 2, 5, 10) cost
    /// 0.04 F1 on people and organisations on the held-aside tenth, no better on the dev articles, the seed unchanged.</summary>
    internal static readonly float[] MinMargin = [0, 0, 0, 0];

    /// <summary>How sure the tagger must be of an organisation to take a listed place's words into it (ريال مدريد): it
    /// overrules a list, and a person before a country (برويدي قطر) is read as one name at lower margins.</summary>
    internal const float PlaceTakeOverMargin = 10;

    /// <param name="margin">How sure the tagger is of the name (<see cref="MinMargin"/>); where a rule found a name, the tagger's
    /// end of it is taken however sure it is (the rule says a name is there; the question is only where it ends).</param>
    private static void Apply(Document doc, Gazetteer gazetteer, int first, int end, int cls, float margin)
    {
        var sure = margin >= MinMargin[cls];
        while (first < end && !doc.Tokens[first].IsWord) first++;
        while (end > first && !doc.Tokens[end - 1].IsWord) end--;
        if (first >= end) return;
        var type = cls switch { 1 => EntityType.Person, 2 => EntityType.Place, _ => EntityType.Organization };
        EntityRef? covering = null;
        for (var i = first; i < end; i++)
        {
            if (doc.RefAt[i] is not { } r) continue;
            if (covering is not null && r != covering) return;
            covering = r;
        }
        // A club or firm named after a city (ريال مدريد، دينامو كييف، مانشستر يونايتد): the tagger's organisation that
        // holds a listed place and more words takes the place's words, when it is sure (PlaceTakeOverMargin).
        if (covering is { Kind: "name" } place && margin >= PlaceTakeOverMargin && type == EntityType.Organization
            && (place.FirstToken > first || place.EndToken < end) && place.FirstToken >= first && place.EndToken <= end
            && doc.TypeOf(place.EntityKey) is EntityType.Place or EntityType.Country)
        {
            doc.Refs.Remove(place);
            doc.IndexRefs();
            covering = null;
        }
        if (covering is null)
        {
            if (!sure || type == EntityType.Person && !CanBeName(doc, gazetteer, first, end)) return;
            var (clitic, preposition) = Clitic(doc.Tokens[first], gazetteer);
            Add(doc, first, end, type, clitic, preposition);
            return;
        }
        // A person or body the rules read from unlisted words, where the tagger's name of the same kind (two words at
        // least) begins elsewhere or ends sooner: the tagger's boundaries win (طاهر عبدالعزيز اداري → طاهر عبدالعزيز).
        // It may carry a name on past where a rule stopped (جلال → جلال طالباني) only over words no rule claims.
        if (type is EntityType.Person or EntityType.Organization && covering is { Kind: "name", SetOff: false } rule && end - first >= 2
            && (rule.FirstToken != first || rule.EndToken != end) && doc.Entities.TryGetValue(rule.EntityKey, out var old)
            && old.Type == type && old.Transliterated && !gazetteer.Entities.ContainsKey(rule.EntityKey)
            // A rule's name that begins on a known given name (علي رضا خان) begins there, wherever the tagger begins it.
            && !(first > rule.FirstToken && type == EntityType.Person && gazetteer.GivenNames.Contains(doc.Tokens[rule.FirstToken])))
            Replace(doc, gazetteer, rule, old, first, end);
    }

    /// <summary>Cuts the words off the end of a person or body the rules made up from unlisted words that the tagger is sure
    /// are no name (محمد بركات لاعب → محمد بركات, حزب الليكود يتوقع فشلا → حزب الليكود): rules read on until something
    /// stops them, and a verb or a common noun after a name often does not.</summary>
    private static void Trim(Document doc, Gazetteer gazetteer, int sentenceFirst, int sentenceEnd, float[] margins)
    {
        for (var i = sentenceFirst; i < sentenceEnd; i++)
        {
            if (doc.RefAt[i] is not { Kind: "name" } r || r.FirstToken != i) continue;
            i = r.EndToken - 1;
            if (r.EndToken > sentenceEnd || r.SetOff || !doc.Entities.TryGetValue(r.EntityKey, out var old)
                || !old.Transliterated || gazetteer.Entities.ContainsKey(r.EntityKey) || old.Type is not (EntityType.Person or EntityType.Organization))
                continue;
            // وزير الدولة لشؤون …، بعدم التخلي: a person the rules read after a title where the tagger is sure no word is a
            // name is no person; the title goes back to standing for its office. So with a body read after a head noun
            // when no word carries the article either (شركة صينية، مركز مالي); a definite one may be all common nouns and a
            // name still (مركز استهداف تمويل الإرهاب).
            if ((old.Type == EntityType.Person || Indefinite(doc, r)) && AllSurelyNoName(margins, r.FirstToken - sentenceFirst, r.EndToken - sentenceFirst, r.EndToken - r.FirstToken == 1 ? OneWord : TrimMargin))
            {
                Forget(doc, r.EntityKey);
                continue;
            }
            if (r.EndToken - r.FirstToken < 2) continue;
            var end = r.EndToken;
            // A body's name runs through common nouns (مركز استهداف تمويل الإرهاب): only a verb is cut off its end.
            while (end - r.FirstToken > 1 && margins[end - 1 - sentenceFirst] < -TrimMargin
                   && (old.Type == EntityType.Person || LooksLikeVerb(doc.Tokens[end - 1]))) end--;
            if (end < r.EndToken) Replace(doc, gazetteer, r, old, r.FirstToken, end);
        }
    }

    /// <summary>Whether no word of a reference carries the article (شركة صينية، مركز مالي): a description, not a name.</summary>
    private static bool Indefinite(Document doc, EntityRef r)
    {
        for (var i = r.FirstToken; i < r.EndToken; i++)
        {
            var word = doc.Tokens[i].Folded.AsSpan(i == r.FirstToken ? r.Clitic : 0);
            if (word.StartsWith("ال") || word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك' or 'و' && word[1..].StartsWith("ال")) return false;
        }
        return true;
    }

    /// <summary>How sure the tagger must be that the one word the rules read as a person after a title is no name (زعيم
    /// كوريا الشمالية ستعقد، وزير الدولة لشؤون، رئيس الوزراء مغرم) before the person goes: a verb or a noun alone is surer
    /// no name than a word of a longer one. Chosen from 30 (as <see cref="TrimMargin"/>), 20, 15, 10, 5 and 0: dev entities
    /// 0.875 -> 0.880 and relations 0.601 -> 0.605 from 30 to 5 (the three above), the held-aside tenth 0.669 -> 0.670.</summary>
    internal const float OneWord = 5;

    private static bool AllSurelyNoName(float[] margins, int from, int end, float threshold)
    {
        for (var k = from; k < end; k++)
            if (margins[k] >= -threshold) return false;
        return true;
    }

    /// <summary>Takes a made-up person or body out of the document: their name references, the relations they stand in, and the
    /// titles that pointed at them (left for the linker to resolve again).</summary>
    private static void Forget(Document doc, string key)
    {
        doc.Refs.RemoveAll(x => x.EntityKey == key && x.Kind == "name");
        foreach (var title in doc.Refs)
            if (title.EntityKey == key) title.EntityKey = "";
        doc.Relations.RemoveAll(x => x.SubjectKey == key || x.ObjectKey == key);
        doc.Entities.Remove(key);
        doc.IndexRefs();
    }

    /// <summary>A word in the present or future tense (يتوقع، ستعقد): the verb that follows a name.</summary>
    private static bool LooksLikeVerb(Token t) =>
        t.WithoutConjunction is { Length: > 3 } w && (w[0] is 'ي' or 'ت' || w[0] == 'س' && w[1] is 'ي' or 'ت');

    /// <summary>How sure the tagger must be that a word is no name (its best name score below its outside score) before it
    /// is cut off a rule's name. Chosen from 5, 15, 22, 30 and 45 on the held-aside tenth and the dev articles: below 15
    /// it cuts family names the tagger does not know (dev entities fell).</summary>
    internal const float TrimMargin = 30;

    /// <summary>Whether a tagged person can be one: no function word or indefinite ending (tanween) in it, no future verb
    /// (سيفهمون) as its first word (after a first name, سي begins names: جوليو سيزار), and not the given name of a person the rules found right after it (فلاديمير before بوتين, (فلاديمير) بوتين).</summary>
    private static bool CanBeName(Document doc, Gazetteer gazetteer, int first, int end)
    {
        var after = end;
        while (after < doc.Tokens.Count && (doc.Tokens[after].Is(')') || doc.Tokens[after].Is('('))) after++;
        if (after < doc.Tokens.Count && doc.RefAt[after] is { } next && doc.TypeOf(next.EntityKey) == EntityType.Person) return false;
        for (var i = first; i < end; i++)
        {
            var t = doc.Tokens[i];
            var w = t.WithoutConjunction;
            if (gazetteer.FunctionWords.Contains(t) || Lexicon.Prepositions.Contains(t)) return false;
            if (i == first && w.Length > 4 && w[0] == 'س' && w[1] is 'ي' or 'ت' or 'ن' && !gazetteer.GivenNames.Contains(t)) return false;
            if (doc.Text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('\u064B', '\u064D') >= 0) return false;
        }
        return true;
    }

    /// <summary>How many folded letters of the first word are a clitic in front of the name: و (unless the whole word is a
    /// given name: وليد), ب/ك before the article (بالقاهرة) and ب/ل before a given name (بايهود); not ك before a given name:
    /// far more names begin with ك (كريم، كمال) than a name is written after 'like'. Not ف: far more foreign
    /// names begin with it (فرانك، فيليب) than names are written after the conjunction ف.</summary>
    private static (int Clitic, bool Preposition) Clitic(Token t, Gazetteer gazetteer)
    {
        var w = t.Folded;
        var clitic = w.Length > 3 && w[0] == 'و' && !gazetteer.GivenNames.Contains(t) ? 1 : 0;
        var rest = w.AsSpan(clitic);
        if (rest.Length > 4 && rest[0] is 'ب' or 'ك' && rest[1..].StartsWith("ال")) return (clitic + 1, true);
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' && !rest.StartsWith("ال") && gazetteer.GivenNames.Contains(rest[1..].ToString()))
            return (clitic + 1, true);
        return (clitic, false);
    }

    private static EntityRef Add(Document doc, int first, int end, EntityType type, int clitic, bool preposition)
    {
        var probe = new EntityRef(first, end, "", "name") { Clitic = clitic };
        var arabic = doc.Text[doc.NameStart(probe)..doc.Tokens[end - 1].End];
        var key = type == EntityType.Person ? KnownPerson(doc, arabic) : null;
        if (key is null)
        {
            var latin = Transliterator.ToLatin(arabic);
            var slug = Gazetteer.Slug(latin);
            if (slug.Length == 0) return probe;
            key = Ids.Entity(type, slug);
            if (!doc.Entities.TryGetValue(key, out var draft))
                doc.Entities[key] = draft = new EntityDraft(key, type, latin) { ArabicLabel = arabic, Transliterated = true };
            if (type == EntityType.Person && end - first >= 2)
            {
                // Later mentions by family name alone (EntityLinker) find the person by these.
                draft.AddAlias(doc.Slice(end - 1, end));
                draft.AddAlias(latin.Split(' ')[^1]);
            }
        }
        var r = new EntityRef(first, end, key, "name") { Clitic = clitic, Preposition = preposition };
        doc.AddRef(r);
        return r;
    }

    /// <summary>A person named before in the text with these words as a name or alias (بركات after محمد بركات).</summary>
    private static string? KnownPerson(Document doc, string arabic)
    {
        var folded = Normalizer.Fold(arabic);
        foreach (var e in doc.Entities.Values)
        {
            if (e.Type != EntityType.Person || !e.Transliterated) continue;
            foreach (var alias in e.Aliases)
                if (Normalizer.Fold(alias) == folded) return e.Key;
        }
        return null;
    }

    /// <summary>Puts the tagger's [<paramref name="first"/>, <paramref name="end"/>) in place of a rule's made-up person or
    /// body: a new entity for the tagger's name takes over the old one's references, office and relations.</summary>
    private static void Replace(Document doc, Gazetteer gazetteer, EntityRef rule, EntityDraft old, int first, int end)
    {
        doc.Refs.Remove(rule);
        doc.IndexRefs();
        var (clitic, preposition) = first == rule.FirstToken ? (rule.Clitic, rule.Preposition) : Clitic(doc.Tokens[first], gazetteer);
        var added = Add(doc, first, end, old.Type, clitic, preposition);
        if (added.EntityKey.Length == 0 || added.EntityKey == old.Key) return;
        var draft = doc.Entities[added.EntityKey];
        draft.Role ??= old.Role;
        draft.RoleOf ??= old.RoleOf;
        draft.Government |= old.Government;
        foreach (var r in doc.Refs)
            if (r.EntityKey == old.Key) r.EntityKey = added.EntityKey;
        for (var i = 0; i < doc.Relations.Count; i++)
        {
            var rel = doc.Relations[i];
            if (rel.SubjectKey == old.Key) doc.Relations[i] = rel = rel with { SubjectKey = added.EntityKey };
            if (rel.ObjectKey == old.Key) doc.Relations[i] = rel with { ObjectKey = added.EntityKey };
        }
        doc.Entities.Remove(old.Key);
    }
}
