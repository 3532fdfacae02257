using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: office titles and the people they introduce — <c>[office] [nisba]? [لدى country]? [name]</c>
/// (وزير الخارجية الروسي سيرجي لافروف، السفير الروسي لدى اليابان نيكولاي نوزدريف، مدير «مركز …» ألكسندر جابويف).
/// A title followed by a known person gives that person the office; followed by an unknown name, it creates the person;
/// followed by nothing, it stays a title for <see cref="EntityLinker"/> to resolve. Needs names; adds people, titles and AFFILIATED_WITH.</summary>
public static partial class PersonFinder
{

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        var offices = doc.OfficeMatches = new PhraseMatches<Office>(gazetteer.Offices, doc.Tokens.Count / 16);
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (gazetteer.Offices.MayBegin(tables[i]) && doc.RefAt[i] is null && offices.Match(doc.Tokens, i, sentence.EndToken) is { } office)
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
            // رجل الدين الشيعي العراقي، مقتدى الصدر،: adjectives of the nisba shape before a name set off by a comma.
            if (doc.RefAt[j] is null && NisbaShaped(t))
            {
                var k = j + 1;
                while (k < limit && k - j < 3 && doc.RefAt[k] is null && NisbaShaped(doc.Tokens[k])) k++;
                var country = k < limit && roleOf is null ? doc.RefAt[k] as EntityRef : null;
                if (country is { Kind: "demonym" }) k = country.EndToken;
                if (k < limit && doc.Tokens[k].Is(','))
                {
                    if (country is { Kind: "demonym" })
                    {
                        roleOf = office.Government ? country.EntityKey : null;
                        country.Actor = false;
                    }
                    j = k;
                    break;
                }
            }
            // وزير الدولة لشؤون الشرق الأوسط، مساعد الوزير للشؤون السياسية: the office's portfolio is part of the title.
            if (t.IsWord && t.Folded is "لشوون" or "للشوون" && j + 1 < limit)
            {
                j = doc.RefAt[j + 1] is { } field ? field.EndToken : j + 1;
                while (j < limit && doc.RefAt[j] is null && doc.Tokens[j] is { IsWord: true } w && w.Folded.StartsWith("ال", StringComparison.Ordinal)
                       && !gazetteer.FunctionWords.Contains(w) && j - end < 6) j++;
                continue;
            }
            if (doc.RefAt[j] is { Kind: "demonym" } nisba && roleOf is null)
            {
                // الصحفي السعودي، رجل الدين العراقي: outside government a nisba is a nationality, not an employer.
                roleOf = office.Government ? nisba.EntityKey : null;
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
        // An indefinite title without a state or body (رئيس حزب …، رئيس منظمة …) names an office only next to its holder.
        if (!definite && roleOf is null) return OfficeOfUnlistedBody(doc, gazetteer, sentence, start, j, office, role, government, preposition) ?? start + 1;

        // وزير الدفاع الأميركي، جيمس ماتيس، …: the name set off by commas after the title is its holder.
        var closing = Apposition(doc, gazetteer, j, limit);
        if (closing is not null) j++;

        var nameStart = j;
        // Between commas the name is read as the commas bound it.
        var person = closing is { } bound ? NextPerson(doc, gazetteer, ref j, bound, whole: true) : NextPerson(doc, gazetteer, ref j, limit, afterTitle: true);
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
        // وقال برونو روجيه-بتي المتحدث باسم الرئاسة، وصرح لوران فوكييه رئيس حزب الجمهوريين: a verb, a name, then its office.
        if (person is null && j == nameStart && !office.Honorific && NameBefore(doc, gazetteer, sentence, start) is { } holder)
            person = holder;
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
        HoldsOffice(doc, person, role, roleOf, government);
        doc.AddRef(new EntityRef(start, nameStart, person, "title") { Role = role, RoleOf = roleOf, Preposition = preposition });
        if (roleOf is not null)
            doc.Relations.Add(new FoundRelation(RelationType.AffiliatedWith, person, roleOf, sentence.Index, start, j, 0.9, Role: role));
        return j;
    }

    /// <summary>The office an indefinite title holds in a body nobody listed (the noun it is joined to): its holder is a name a
    /// verb introduces before it, or a known person or a given name a few words after the body; returns where to go on, or
    /// null when there is no holder.</summary>
    private static int? OfficeOfUnlistedBody(Document doc, Gazetteer gazetteer, Sentence sentence, int start, int j, Office office, string role,
        bool government, bool preposition)
    {
        var limit = sentence.EndToken;
        if (office.Honorific || j >= limit || doc.RefAt[j] is not null || doc.Tokens[j] is not { IsWord: true, Joined: false } noun
            || noun.Split.Preposition || gazetteer.FunctionWords.Contains(noun))
            return null;
        // وصرح لوران فوكييه رئيس حزب الجمهوريين، أعلن فرانسوا دو روجي رئيس مجلس النواب: a name a verb introduces before it.
        var holder = NameBefore(doc, gazetteer, sentence, start);
        // رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي، رئيس حكومة الوحدة الوطنية فائز السراج: a known person or a given
        // name after the body.
        for (var k = j + 1; holder is null && k < limit && k - j <= 6 && doc.Tokens[k].IsWord && doc.RefAt[k] is null or { Kind: "demonym" or "name" }; k++)
        {
            if (doc.RefAt[k] is { Kind: "name" } known)
            {
                if (known.FirstToken != k || known.Preposition) break;
                if (doc.TypeOf(known.EntityKey) == EntityType.Person) holder = known.EntityKey;
                else k = known.EndToken - 1;
            }
            else if (k > j + 1 && gazetteer.GivenNames.Contains(doc.Tokens[k]) && gazetteer.OrganizationHeads.ContainsStem(noun))
            {
                var after = k;
                if ((holder = NextPerson(doc, gazetteer, ref after, limit, minWords: 2, afterTitle: true)) is null) break;
            }
        }
        if (holder is null) return null;
        HoldsOffice(doc, holder, role, null, government);
        // The title is the office's words; the body's stay for OrganizationFinder.
        doc.AddRef(new EntityRef(start, j, holder, "title") { Role = role, Preposition = preposition });
        return j;
    }

    private static void HoldsOffice(Document doc, string person, string role, string? roleOf, bool government)
    {
        var draft = doc.Entities[person];
        draft.Role ??= role;
        draft.RoleOf ??= roleOf;
        draft.Government |= government;
    }

    private static bool NisbaShaped(Token t) =>
        t.IsWord && t.Folded.Length > 4 && t.Folded.StartsWith("ال", StringComparison.Ordinal) && t.Folded[^1] == 'ي';

    /// <summary>The person named by two to four name-like words between a speech or cue verb and the office title at
    /// <paramref name="title"/> (وطالب إليستير برت وزير الدولة), or null.</summary>
    private static string? NameBefore(Document doc, Gazetteer gazetteer, Sentence sentence, int title)
    {
        var verb = title - 1;
        while (verb > sentence.FirstToken && title - verb <= 5 && doc.RefAt[verb] is null && (doc.Tokens[verb].IsWord || doc.Tokens[verb].Is('-')))
        {
            verb--;
            if (title - verb < 3 || doc.RefAt[verb] is not null || !doc.Tokens[verb].IsWord) continue;
            if (gazetteer.Speech.Match(doc.Tokens, verb, title) is not { Preposition: false } said || said.End != verb + 1)
                if (gazetteer.Cues.Match(doc.Tokens, verb, title) is not { Preposition: false } act || act.End != verb + 1) continue;
            // The verb before and the title after say where the name begins and ends.
            var j = verb + 1;
            return NextPerson(doc, gazetteer, ref j, title, minWords: 2, whole: true);
        }
        return null;
    }

    /// <summary>Where the name ends when a comma at <paramref name="comma"/> sets off a person's name (a known one, or two to four name-like
    /// words) that a comma, a complementiser or the sentence's end closes.</summary>
    private static int? Apposition(Document doc, Gazetteer gazetteer, int comma, int limit)
    {
        if (comma + 1 >= limit || !doc.Tokens[comma].Is(',')) return null;
        if (doc.RefAt[comma + 1] is { Kind: "name" } known)
            return known.FirstToken == comma + 1 && !known.Preposition && doc.TypeOf(known.EntityKey) == EntityType.Person && Closes(doc, known.EndToken, limit)
                ? known.EndToken : null;
        // الرئيسة السابقة لحزب المحافظين، البارونة وارسي،: after an honorific one word is enough.
        var from = comma + 1;
        var honorific = gazetteer.Offices.Match(doc.Tokens, from, limit) is { Value.Honorific: true } h ? h.End : from;
        var end = honorific;
        while (end < limit && end - comma <= 4 && doc.Tokens[end].IsWord && doc.RefAt[end] is null) end++;
        if (end - honorific < (honorific > from ? 1 : 2) || !Closes(doc, end, limit)) return null;
        // Two words at least, all of them the name (رجل الدين الشيعي، مقتدى الصدر،): the commas are what tells it from words.
        var j = comma + 1;
        return NextPerson(doc, gazetteer, ref j, end, whole: true) is not null && doc.RefAt[honorific] is { Preposition: false } ? end : null;

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
