using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: office titles and the people they introduce — <c>[office] [nisba]? [لدى country]? [name]</c>
/// (وزير الخارجية الروسي سيرجي لافروف، السفير الروسي لدى اليابان نيكولاي نوزدريف، مدير «مركز …» ألكسندر جابويف).
/// A title followed by a known person gives that person the office; followed by an unknown name, it creates the person;
/// followed by nothing, it stays a title for <see cref="EntityLinker"/> to resolve. Needs names; adds people, titles and AFFILIATED_WITH.</summary>
public static class PersonFinder
{

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (gazetteer.Offices.MayBegin(tables[i]) && doc.RefAt[i] is null && gazetteer.Offices.Match(doc.Tokens, i, sentence.EndToken) is { } office)
                    i = Title(doc, gazetteer, sentence, i, office.End, office.Value, office.Preposition);
                else i++;
            }
        }
    }

    private static int Title(Document doc, Gazetteer gazetteer, Sentence sentence, int start, int end, Office office, bool preposition)
    {
        var role = office.Role;
        var government = office.Government;
        string? roleOf = null;
        var definite = office.Role is "Counterpart" || office.Honorific;
        for (var k = start; k < end && !definite; k++) definite = doc.Tokens[k].Split.Stem.StartsWith("ال", StringComparison.Ordinal);
        var j = end;
        var limit = sentence.EndToken;
        while (j < limit)
        {
            var t = doc.Tokens[j];
            if (t.IsWord && Lexicon.Former.Contains(t)) { role = "Former " + role; government = false; j++; continue; }
            if (t.IsWord && Lexicon.TitleModifiers.Contains(t)) { j++; continue; }
            if (doc.RefAt[j] is { Kind: "demonym" } nisba && roleOf is null)
            {
                roleOf = nisba.EntityKey;
                nisba.Actor = false;
                j = nisba.EndToken;
                continue;
            }
            // وزير خارجية روسيا، الأمين العام للأمم المتحدة، المتحدث باسم الكرملين: the office's country or body.
            if (roleOf is null && doc.RefAt[j] is { Kind: "name" or "institution" } owner && doc.TypeOf(owner.EntityKey) is EntityType.Country or EntityType.Organization or EntityType.Bloc
                && (!definite || owner.Preposition || doc.Tokens[j - 1].Folded == "باسم")
                // المتحدث باسم <a body>: whom the body speaks for is SpokenFor's to tell.
                && !(doc.Tokens[j - 1].Folded == "باسم" && doc.TypeOf(owner.EntityKey) == EntityType.Organization))
            {
                roleOf = owner.EntityKey;
                owner.Actor = false;
                j = owner.EndToken;
                continue;
            }
            // رئيس مفوضية الاتحاد الإفريقي: one word of a body's part before a body the text names.
            if (roleOf is null && t.IsWord && doc.RefAt[j] is null && j + 1 < limit && doc.RefAt[j + 1] is { Kind: "name" } part
                && part.FirstToken == j + 1 && doc.TypeOf(part.EntityKey) == EntityType.Organization && !part.Preposition
                && !gazetteer.FunctionWords.Contains(t) && !t.Split.Preposition)
            {
                roleOf = part.EntityKey;
                part.Actor = false;
                j = part.EndToken;
                continue;
            }
            // السفير الروسي لدى اليابان / في اليابان: the posting, not the affiliation.
            if (t.IsWord && t.Folded is "لدي" or "في" && role.Contains("Ambassador", StringComparison.Ordinal) && j + 1 < limit
                && doc.RefAt[j + 1] is { Kind: "name" } posting && doc.TypeOf(posting.EntityKey) == EntityType.Country)
            {
                role += " to " + doc.Entities[posting.EntityKey].Name;
                j = posting.EndToken;
                continue;
            }
            break;
        }

        // مدير «مركز كارنيجي روسيا وأوراسيا»: a quoted body after a title is the body the office belongs to.
        // Only a body's name: its first word heads organisations (وقال المتحدث "نحن قلقون …" is speech).
        if (roleOf is null && j + 1 < limit && doc.Tokens[j].Folded is "«" or "\"" or "“" && gazetteer.OrganizationHeads.ContainsStem(doc.Tokens[j + 1])
            && QuotedBody(doc, j, limit) is { } body)
        {
            roleOf = body.Key;
            j = body.End;
        }
        // المتحدث باسم رئيس كوريا الجنوبية، باسم رئيسة الوزراء تيريزا ماي: a spokesperson speaks for the state of whoever
        // they speak for.
        if (roleOf is null && doc.Tokens[end - 1].Folded == "باسم" && SpokenFor(doc, j, limit) is { } spokenFor)
            (roleOf, j) = spokenFor;
        if (!definite && roleOf is null) return start + 1;

        // وزير الدفاع الأميركي، جيمس ماتيس، …: the name set off by commas after the title is its holder.
        if (Apposition(doc, gazetteer, j, limit)) j++;

        var nameStart = j;
        var person = NextPerson(doc, gazetteer, ref j, limit);
        // رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد …: titles in a row belong to the person after the last of them.
        if (person is null && j == nameStart && j < limit && !office.Honorific && doc.RefAt[j] is null && doc.Tokens[end - 1].Folded != "باسم"
            && gazetteer.Offices.Match(doc.Tokens, j, limit) is { Value.Honorific: false } next)
        {
            var after = Title(doc, gazetteer, sentence, j, next.End, next.Value, next.Preposition);
            if (doc.RefAt[nameStart] is { Kind: "title", EntityKey.Length: > 0 } chained)
            {
                person = chained.EntityKey;
                j = after;
            }
        }
        if (office.Honorific)
        {
            // An honorific is a title of the person named after it, and nothing on its own (شرم الشيخ).
            if (person is not null) doc.AddRef(new EntityRef(start, nameStart, person, "title") { Preposition = preposition });
            return person is null ? start + 1 : j;
        }
        if (person is null && j == nameStart)
        {
            // المتحدث باسم قوات …: the office of a body the text names but nobody listed; it is nobody else's office.
            if (roleOf is null && doc.Tokens[end - 1].Folded == "باسم") return nameStart;
            doc.AddRef(new EntityRef(start, nameStart, "", "title") { Role = role, RoleOf = roleOf, Preposition = preposition });
            return nameStart;
        }
        if (person is null) return j;
        var draft = doc.Entities[person];
        // كان في استقبال الرئيس الصيني الشيخ محمد بن راشد: a known office holder of another state is not this title's holder.
        if (roleOf is not null && draft.RoleOf is not null && draft.RoleOf != roleOf && draft.Government && government)
        {
            doc.AddRef(new EntityRef(start, nameStart, "", "title") { Role = role, RoleOf = roleOf, Preposition = preposition });
            return nameStart;
        }
        draft.Role ??= role;
        draft.RoleOf ??= roleOf;
        draft.Government |= government;
        doc.AddRef(new EntityRef(start, nameStart, person, "title") { Role = role, RoleOf = roleOf, Preposition = preposition });
        if (roleOf is not null)
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, person, roleOf, sentence.Index, start, j, 0.9, Role: role));
        return j;
    }

    /// <summary>Whether a comma at <paramref name="comma"/> sets off a person's name (a known one, or two to four name-like
    /// words) that a comma, a complementiser or the sentence's end closes.</summary>
    private static bool Apposition(Document doc, Gazetteer gazetteer, int comma, int limit)
    {
        if (comma + 1 >= limit || !doc.Tokens[comma].Is(',')) return false;
        if (doc.RefAt[comma + 1] is { Kind: "name" } known)
            return known.FirstToken == comma + 1 && doc.TypeOf(known.EntityKey) == EntityType.Person && Closes(doc, known.EndToken, limit);
        var end = comma + 1;
        while (end < limit && end - comma <= 4 && doc.Tokens[end].IsWord && doc.RefAt[end] is null) end++;
        if (end - comma < 3 || !Closes(doc, end, limit)) return false;
        var j = comma + 1;
        return NextPerson(doc, gazetteer, ref j, end, minWords: 2) is not null && j == end;

        static bool Closes(Document doc, int at, int limit) =>
            at >= limit || doc.Tokens[at].Is(',') || Lexicon.Complementisers.ContainsWithoutConjunction(doc.Tokens[at]);
    }

    /// <summary>Whom a spokesperson speaks for, within a few words after باسم: the state of the first country, body or
    /// office holder named there (or the body itself when it belongs to no state), and where that name ends.</summary>
    private static (string State, int End)? SpokenFor(Document doc, int from, int limit)
    {
        for (var k = from; k < limit && k - from < 6; k++)
        {
            if (!doc.Tokens[k].IsWord) return null;
            if (doc.RefAt[k] is not { EntityKey.Length: > 0 } r) continue;
            // المتحدث باسم رجل الأعمال الأمريكي: a nisba describing someone is not whom the spokesperson speaks for.
            if (r.Kind == "demonym") return null;
            var type = doc.TypeOf(r.EntityKey);
            if (type is EntityType.Country or EntityType.Bloc) return (r.EntityKey, r.EndToken);
            if (type is EntityType.Organization or EntityType.Person && doc.Entities.TryGetValue(r.EntityKey, out var body))
            {
                // A person's office state counts even when the gazetteer calls the office former: the text may be older.
                if (body.RoleOf is { } state && (body.Government || type == EntityType.Person)) return (state, r.EndToken);
                if (type != EntityType.Organization) return null;
                // مجلس الأمن القومي بالبيت الأبيض: a body of no state of its own, placed in a state's seat, is that state's.
                var seat = r.EndToken;
                while (seat < limit && seat - r.EndToken < 2 && doc.RefAt[seat] is null && doc.Tokens[seat].IsWord) seat++;
                return seat < limit && doc.RefAt[seat] is { } placed && doc.TypeOf(placed.EntityKey) == EntityType.Country ? (placed.EntityKey, placed.EndToken) : (r.EntityKey, r.EndToken);
            }
            return null;
        }
        return null;
    }

    /// <summary>The person named at <paramref name="j"/>: a known one (already a reference), or a new one from name-like words.</summary>
    internal static string? NextPerson(Document doc, Gazetteer gazetteer, ref int j, int limit, int minWords = 1)
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
            // Another title: an honorific is passed over (وزير الخارجية الشيخ عبدالله بن زايد); an office is no name.
            if (words.Count == 0 && doc.RefAt[j] is null && gazetteer.Offices.Match(doc.Tokens, j, limit) is { } title)
            {
                if (!title.Value.Honorific) break;
                j = title.End;
                continue;
            }
            if (!t.IsWord || doc.RefAt[j] is not null || gazetteer.FunctionWords.Contains(t)
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
            if (words.Count == 0 && !LooksLikeNameStart(t, gazetteer)) break;
            if (words.Count > 0 && !joined && StartsSomethingElse(t, gazetteer, named)) break;
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
        if (words.Count < minWords)
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
        var arabic = doc.Slice(words[0], words[^1] + 1).Replace("(", "").Replace(")", "").Trim();
        var latin = Transliterator.ToLatin(arabic);
        var key = Ids.Entity(EntityType.Person, Gazetteer.Slug(latin));
        if (!doc.Entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(key, EntityType.Person, latin) { ArabicLabel = arabic, Transliterated = true };
            doc.Entities[key] = draft;
        }
        draft.Aliases.Add(arabic);
        if (words.Count >= 2)
        {
            draft.Aliases.Add(doc.Slice(words[^1], words[^1] + 1));
            draft.Aliases.Add(latin.Split(' ')[^1]);
        }
        doc.AddRef(new EntityRef(words[0], words[^1] + 1, key, "name"));
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

    private static (string Key, int End)? QuotedBody(Document doc, int open, int limit)
    {
        var close = open + 1;
        while (close < limit && close - open <= 8 && !(doc.Tokens[close].Folded is "»" or "\"" or "”")) close++;
        if (close >= limit || close - open > 8 || close == open + 1) return null;
        var arabic = doc.Slice(open + 1, close);
        var latin = Transliterator.ToLatin(arabic);
        var key = Ids.Entity(EntityType.Organization, Gazetteer.Slug(latin));
        if (!doc.Entities.ContainsKey(key))
            doc.Entities[key] = new EntityDraft(key, EntityType.Organization, latin) { ArabicLabel = arabic, Transliterated = true };
        if (doc.Refs.RemoveAll(r => r.FirstToken > open && r.EndToken <= close) > 0) doc.IndexRefs();
        doc.AddRef(new EntityRef(open + 1, close, key, "name"));
        return (key, close + 1);
    }
}
