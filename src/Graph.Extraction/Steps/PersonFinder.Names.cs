using Graph.Core;

namespace Graph.Extraction;

/// <summary>Reading a person's name from name-like words: where it begins, which words can go on it, where it ends.</summary>
public static partial class PersonFinder
{
    /// <summary>The person named at <paramref name="j"/>: a known one (already a reference), or a new one from name-like words.</summary>
    /// <param name="whole">Whether the name must take every word up to <paramref name="limit"/> (else there is none): the
    /// words around say where it begins and ends (commas, a verb and a title), so the name made is set off from later cuts.</param>
    /// <param name="afterTitle">Whether an office title stands right before (نائبة وزير الخارجية الإسرائيلية تسيبي هوتوفيلي):
    /// a first word that looks like a verb in the present tense may then begin a name of two words.</param>
    internal static string? NextPerson(Document doc, Gazetteer gazetteer, ref int j, int limit, int minWords = 1, bool whole = false, bool afterTitle = false)
    {
        var parenStart = j;
        if (j < limit && doc.Tokens[j].Is('(')) j++;
        if (j < limit && doc.RefAt[j] is { Kind: "name", Preposition: false } known && doc.TypeOf(known.EntityKey) == EntityType.Person)
        {
            j = known.EndToken;
            return known.EntityKey;
        }
        var words = new List<int>();
        // Up to four words besides the joiners (بن، آل، عبد، أبو): محمد بن راشد آل مكتوم، حمد بن جاسم بن جبر آل ثاني.
        var named = 0;
        while (j < limit && named < 4)
        {
            var t = doc.Tokens[j];
            if (t.Is('(') || t.Is(')')) { j++; continue; }
            // روجيه-بتي: a hyphen with no space around it joins two words of one name.
            if (t.Is('-') && words.Count > 0 && j + 1 < limit && doc.Tokens[j - 1].End == t.Start && t.End == doc.Tokens[j + 1].Start)
            {
                j++;
                continue;
            }
            // Another title: an honorific is passed over (وزير الخارجية الشيخ عبدالله بن زايد); an office is no name.
            if (words.Count == 0 && doc.RefAt[j] is null && gazetteer.Offices.Match(doc.Tokens, j, limit) is { } title)
            {
                if (!title.Value.Honorific) break;
                j = title.End;
                if (j < limit && doc.RefAt[j] is { Kind: "name", Preposition: false } titled && doc.TypeOf(titled.EntityKey) == EntityType.Person)
                {
                    j = titled.EndToken;
                    return titled.EntityKey;
                }
                continue;
            }
            if (!t.IsWord || doc.RefAt[j] is not null || gazetteer.FunctionWords.Contains(t) && !(afterTitle && GivenNameNotWord(doc, gazetteer, j, limit))
                || gazetteer.EndsName(doc.Tokens, j, limit)
                || t.Folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || t.Folded.Length < 2)
                break;
            var joined = words.Count > 0 && Lexicon.NameJoiners.Contains(doc.Tokens[words[^1]]);
            // A word with the article ال (plain alef; أل/إل with hamza is no article: ألكسندر) goes on a name after a joiner
            // (عبد الله، أبو الغيط); else it can only be the family name that ends it (بشار الأسد، محمد السادس) — after one
            // word when a title announces the name before or after it (أحمد التوفيق وزير …), after two otherwise (a given
            // name alone is often a word: حسن الجوار).
            if (t.Folded.StartsWith("ال", StringComparison.Ordinal) && doc.Text[t.Start] == 'ا' && !joined)
            {
                if ((words.Count >= (minWords == 1 ? 1 : 2) || words.Count == 1 && OfficeAt(doc, gazetteer, j + 1, limit))
                    && IsFamilyName(doc, gazetteer, j, limit))
                {
                    words.Add(j);
                    j++;
                }
                break;
            }
            // Tanween (اتصالاً، جديدٌ) marks an indefinite noun or adjective, never a name.
            if (doc.Text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('\u064B', '\u064D') >= 0) break;
            // Between a verb and a title, or between commas, a word may begin with ف (فرانسوا، فوكييه): the bounds say it is a name.
            var foreign = whole && t.Folded[0] is 'ف' or 'و';
            if (words.Count == 0 && !foreign && !LooksLikeNameStart(t, gazetteer) && !(afterTitle && ForeignNameAfterTitle(doc, gazetteer, j, limit)))
                break;
            if (words.Count > 0 && !joined && !foreign && StartsSomethingElse(t, gazetteer, named)) break;
            words.Add(j);
            j++;
            if (!Lexicon.NameJoiners.Contains(t)) named++;
        }
        // A name does not end on a joiner (… بن، … آل).
        while (words.Count > 0 && Lexicon.NameJoiners.Contains(doc.Tokens[words[^1]]))
        {
            j = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count < minWords || whole && j != limit)
        {
            j = parenStart;
            return null;
        }
        if (words.Count == 1 && doc.RefAt[j - 1] is null && j < limit && doc.RefAt[j] is { } after && doc.TypeOf(after.EntityKey) == EntityType.Person)
        {
            // (فلاديمير) بوتين: a first name before a known family name.
            j = after.EndToken;
            return after.EntityKey;
        }
        // بميشيل باشيليت، لجون بولتون: a preposition before a given name is no part of the name.
        var first = doc.Tokens[words[0]];
        var preposition = first.Folded.Length > 3 && first.Folded[0] is 'ب' or 'ل' or 'ك' && !gazetteer.GivenNames.Contains(first)
            && gazetteer.GivenNames.Contains(first.Folded[1..]);
        var arabic = doc.Text[(first.Start + (preposition ? 1 : 0))..doc.Tokens[words[^1]].End].Replace("(", "").Replace(")", "").Trim();
        var latin = Transliterator.ToLatin(arabic);
        var key = Ids.Entity(EntityType.Person, Gazetteer.Slug(latin));
        if (!doc.Entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(key, EntityType.Person, latin) { ArabicLabel = arabic, Transliterated = true };
            doc.Entities[key] = draft;
        }
        draft.AddAlias(arabic);
        if (words.Count >= 2)
        {
            draft.AddAlias(doc.Slice(words[^1], words[^1] + 1));
            draft.AddAlias(latin.Split(' ')[^1]);
        }
        doc.AddRef(new EntityRef(words[0], words[^1] + 1, key, "name") { Clitic = preposition ? 1 : 0, Preposition = preposition, SetOff = whole });
        return key;
    }

    /// <summary>Whether an office title starts at <paramref name="j"/>, or right after a comma there.</summary>
    private static bool OfficeAt(Document doc, Gazetteer gazetteer, int j, int limit)
    {
        if (j < limit && doc.Tokens[j].Is(',')) j++;
        return gazetteer.Offices.Match(doc.Tokens, j, limit) is not null;
    }

    /// <summary>A word with the article that can close a name as its family name: not the start of an office, a body or
    /// a head noun (كوفي أنان الأمين العام، … الحكومة).</summary>
    private static bool IsFamilyName(Document doc, Gazetteer gazetteer, int j, int limit)
    {
        var t = doc.Tokens[j];
        return gazetteer.Offices.Match(doc.Tokens, j, limit) is null && !gazetteer.OrganizationHeads.ContainsStem(t)
            && !Lexicon.HeadNouns.ContainsStem(t) && !Lexicon.TitleModifiers.Contains(t) && !Lexicon.Former.Contains(t);
    }

    /// <summary>A later word that cannot go on a name: one with a conjunction in front (ورئيس، والسفير), unless it is a given
    /// name itself (وليد); a verb in the future (ستزور، سيقرر), or in the present after a full name (… رايس يناهز); one with
    /// a preposition and the article (بالمواجهة، للرئيس).</summary>
    private static bool StartsSomethingElse(Token t, Gazetteer gazetteer, int named)
    {
        var w = t.Folded;
        if (t.Joined && !gazetteer.GivenNames.Contains(t)) return true;
        if (w.Length > 4 && w[0] == 'س' && w[1] is 'ي' or 'ت' or 'ن' && !gazetteer.GivenNames.Contains(t)) return true;
        if (named >= 2 && w.Length > 3 && w[0] == 'ي' && !gazetteer.GivenNames.Contains(t)) return true;
        return w.Length > 4 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)
            || w.StartsWith("كال", StringComparison.Ordinal));
    }

    /// <summary>The first word of a name nobody listed: not a verb in the present tense (يعلم، تهدف), not a word with a
    /// preposition or conjunction in front (بتشكيل، للأطراف، وعلى), not a feminine plural (محادثات) — unless it is a known given name.</summary>
    private static bool LooksLikeNameStart(Token t, Gazetteer gazetteer)
    {
        var w = t.Folded;
        if (gazetteer.GivenNames.Contains(t)) return true;
        if (w.Length > 3 && w[0] is 'ي' or 'ت' or 'و' or 'ف') return false;
        if (w.StartsWith("لل", StringComparison.Ordinal) || w.StartsWith("بال", StringComparison.Ordinal)) return false;
        if (w.Length > 4 && w[0] is 'ب' or 'ل' && w[1] == 'ت') return false;
        // A word ending in ة (ضرورة، زيارة) is a noun; names written in Arabic letters end otherwise, unless listed (فاطمة).
        if (t.EndsWithTaMarbuta && !gazetteer.GivenNames.Contains(t)) return false;
        return !w.EndsWith("ات", StringComparison.Ordinal);
    }

    /// <summary>A first word that begins like a verb in the present tense (تسيبي، يوكيا) but is followed by another name-like
    /// word, right after an office title: foreign names begin so far more often than verbs follow a title without a subject.</summary>
    private static bool ForeignNameAfterTitle(Document doc, Gazetteer gazetteer, int j, int limit)
    {
        var t = doc.Tokens[j];
        if (t.Folded[0] is not ('ت' or 'ي') || t.Joined || t.EndsWithTaMarbuta || j + 1 >= limit) return false;
        var next = doc.Tokens[j + 1];
        return next.IsWord && (doc.RefAt[j + 1] is null || doc.TypeOf(doc.RefAt[j + 1]!.EntityKey) == EntityType.Person)
            && !gazetteer.FunctionWords.Contains(next) && !next.Joined && !next.Split.Preposition
            && !next.Folded.StartsWith("ال", StringComparison.Ordinal) && !gazetteer.EndsName(doc.Tokens, j + 1, limit);
    }

    /// <summary>A given name spelt like a function word (علي and على fold alike), right after a title: written with a dotted ي
    /// (some outlets write على so too, hence only after a title) and followed by a word that can go on a name (علي أكبر صالحي، علي باقري), not a noun with the article after a preposition or a conjunction.</summary>
    private static bool GivenNameNotWord(Document doc, Gazetteer gazetteer, int j, int limit)
    {
        var t = doc.Tokens[j];
        if (doc.Text[t.End - 1] != 'ي' || !gazetteer.GivenNames.Contains(t) || j + 1 >= limit) return false;
        var next = doc.Tokens[j + 1];
        return next.IsWord && doc.RefAt[j + 1] is null && !gazetteer.FunctionWords.Contains(next) && !next.Joined
            && !next.Folded.StartsWith("بال", StringComparison.Ordinal) && !next.Folded.StartsWith("لل", StringComparison.Ordinal);
    }
}
