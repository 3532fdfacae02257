using Graph.Core;

namespace Graph.Extraction;

/// <summary>The argument finder of one sentence, for the speech and the relation steps alike: its actors, and the questions
/// both ask about them — who is named right after a verb, who stands right before it, the subject a joined verb shares, which
/// actors come after or before a token, which sit behind a preposition (and which one), who is the sentence's topic.</summary>
public sealed class Clause
{

    private readonly Document _doc;
    private readonly Gazetteer _gazetteer;
    private List<EntityRef>? _actors;
    /// <summary>Each reference's preposition, once worked out (the rules ask about the same actors again and again).</summary>
    private Dictionary<EntityRef, string?>? _prepositions;
    private Func<EntityRef, bool>? _notPrepositional;

    /// <summary>A clause over one sentence; its actors are worked out when first asked for (most sentences never are).</summary>
    public Clause(Document doc, Sentence sentence, Gazetteer gazetteer)
    {
        _doc = doc;
        _gazetteer = gazetteer;
        Sentence = sentence;
    }

    public Sentence Sentence { get; }

    /// <summary>The references that can act in this sentence, in order: not a place, not inside a title, and a nisba only
    /// when it stands for its country (after a head noun or a cue: الجانب الصيني، العقوبات اليابانية).</summary>
    public List<EntityRef> Actors => _actors ??= FindActors();

    private List<EntityRef> FindActors()
    {
        var refs = _doc.Refs;
        // The document's references are in order of their first token: this sentence's are one run of them.
        int low = 0, high = refs.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (refs[mid].FirstToken < Sentence.FirstToken) low = mid + 1;
            else high = mid;
        }
        var end = low;
        while (end < refs.Count && refs[end].FirstToken < Sentence.EndToken) end++;
        var actors = new List<EntityRef>(end - low);
        for (var i = low; i < end; i++)
        {
            var r = refs[i];
            if (r.EndToken > Sentence.EndToken || r.EntityKey.Length == 0 || InsideTitle(refs, low, end, r)
                || _doc.TypeOf(r.EntityKey) == EntityType.Place || IsDateline(_doc, r))
                continue;
            if (r.Actor || r.Kind == "demonym" && r.FirstToken > Sentence.FirstToken
                && (HeadNounBefore(_doc, r, Sentence) is not null || _gazetteer.Cues.Match(_doc.Tokens, r.FirstToken - 1, r.FirstToken) is not null))
                actors.Add(r);
        }
        return actors;
    }

    /// <summary>A place at the head of a paragraph followed by a dash or a colon (موسكو - قالت …) says where the news is from;
    /// it does not act.</summary>
    public static bool IsDateline(Document doc, EntityRef r)
    {
        var first = doc.Tokens[r.FirstToken];
        var start = r.FirstToken;
        var after = r.EndToken;
        // (CNN)-- دعا …: the outlet in brackets at the head of a paragraph.
        if (start > 0 && doc.Tokens[start - 1].Is('(') && after < doc.Tokens.Count && doc.Tokens[after].Is(')'))
        {
            start--;
            after++;
        }
        if (start > 0 && doc.Tokens[start - 1].Paragraph == first.Paragraph) return false;
        return after < doc.Tokens.Count && doc.Tokens[after].Folded is "-" or "–" or "—" or ":" or "(" or "--";
    }

    private static bool InsideTitle(List<EntityRef> refs, int from, int to, EntityRef r)
    {
        for (var i = from; i < to; i++)
        {
            var t = refs[i];
            if (t.Kind == "title" && t != r && t.FirstToken <= r.FirstToken && r.EndToken <= t.EndToken) return true;
        }
        return false;
    }

    /// <summary>The first actor starting within <paramref name="within"/> tokens after <paramref name="token"/> that
    /// <paramref name="where"/> accepts (any, when null).</summary>
    public EntityRef? FirstAfter(int token, int within, Func<EntityRef, bool>? where = null) =>
        FirstAfter(token, within, where, static (a, where) => where is null || where(a));

    /// <summary><see cref="FirstAfter(int, int, Func{EntityRef, bool}?)"/> with what the test needs passed in, so that a
    /// rule's test is a static lambda (no closure made at every cue).</summary>
    public EntityRef? FirstAfter<TState>(int token, int within, TState state, Func<EntityRef, TState, bool> where)
    {
        foreach (var a in Actors)
        {
            if (a.FirstToken < token) continue;
            if (a.FirstToken - token > within) break;
            if (where(a, state)) return a;
        }
        return null;
    }

    /// <summary>The first actor starting within <paramref name="within"/> tokens after <paramref name="token"/> that is not
    /// behind a preposition: the subject of a verb before it.</summary>
    public EntityRef? SubjectAfter(int token, int within) => FirstAfter(token, within, _notPrepositional ??= a => !Prepositional(a));

    /// <summary>The actor ending at or before <paramref name="token"/> that starts last (the first such in order on a tie),
    /// other than <paramref name="except"/>'s entity.</summary>
    public EntityRef? LastBefore(int token, string? except = null)
    {
        EntityRef? last = null;
        foreach (var a in Actors)
            if (a.EndToken <= token && (last is null || a.FirstToken > last.FirstToken) && a.EntityKey != except) last = a;
        return last;
    }

    /// <summary>The nearest actor ending before <paramref name="token"/> that is not behind a preposition.</summary>
    public EntityRef? Before(int token)
    {
        // Not across a clause break (… ، بينما انتقد …): the subject of a verb after it is not in the clause before.
        var from = Sentence.FirstToken;
        for (var k = token - 1; k >= Sentence.FirstToken; k--)
            if (Lexicon.ClauseBreaks.ContainsWithoutConjunction(_doc.Tokens[k])) { from = k + 1; break; }
        EntityRef? nearest = null;
        foreach (var a in Actors)
            if (a.FirstToken >= from && a.EndToken <= token && (nearest is null || a.FirstToken > nearest.FirstToken) && !Prepositional(a))
                nearest = a;
        return nearest;
    }

    /// <summary>The actor named at <paramref name="j"/>, right after a verb (past commas and adverbs such as أيضا، مجددا), not
    /// behind a preposition (unless <paramref name="afterPreposition"/>: وفقا لزعيم الحزب): a person, or any actor when
    /// <paramref name="anyActor"/>; moves <paramref name="j"/> past it.</summary>
    public string? NamedAt(ref int j, bool anyActor, bool afterPreposition = false)
    {
        var limit = Sentence.EndToken;
        var k = j;
        while (k < limit && k - j < 3 && _doc.RefAt[k] is null && (_doc.Tokens[k].Is(',') || _doc.Tokens[k].Folded is "ايضا" or "مجددا" or "بدوره" or "كذلك"))
            k++;
        if (k < limit && _doc.RefAt[k] is null && Called(k) is { } called) k = called.FirstToken;
        if (k >= limit || _doc.RefAt[k] is not { Actor: true } r || r.EntityKey.Length == 0 || r.Preposition && !afterPreposition) return null;
        if (!anyActor && _doc.TypeOf(r.EntityKey) != EntityType.Person) return null;
        j = r.EndToken;
        while (j < limit && _doc.RefAt[j] == r) j++;
        return r.EntityKey;
    }

    /// <summary>A person a few plain words on from <paramref name="from"/> introduced by يُدعى (طيار مارق، يدعى أوسكار بيريز،):
    /// the words before it describe them, the name says who they are.</summary>
    public EntityRef? Called(int from)
    {
        for (var k = from; k + 1 < Sentence.EndToken && k - from < 5 && _doc.RefAt[k] is null; k++)
        {
            if (!Calling(_doc.Tokens[k])) continue;
            // The name's first word may be one no step took (أوسكار بيريز → بيريز).
            var at = _doc.RefAt[k + 1] is null && k + 2 < Sentence.EndToken && _doc.Tokens[k + 1].IsWord ? k + 2 : k + 1;
            return _doc.RefAt[at] is { Actor: true } r && r.FirstToken == at && _doc.TypeOf(r.EntityKey) == EntityType.Person ? r : null;
        }
        return null;
    }

    /// <summary>يُدعى، تُسمى: "is called", the word before a name that says who someone described is.</summary>
    private static bool Calling(Token t) => t.WithoutConjunction is "يدعي" or "تدعي" or "يسمي" or "تسمي";

    /// <summary>Whom a relaying verb (نقلت X عن Y) reports: the actor right after عن within a few words of <paramref name="j"/>,
    /// or <paramref name="current"/> for عنه/عنها; moves <paramref name="j"/> past them.</summary>
    public string? Relayed(ref int j, string? current)
    {
        for (var k = j; k < Sentence.EndToken && k - j < 6; k++)
        {
            var word = _doc.Tokens[k].WithoutConjunction;
            if (word is "عنه" or "عنها")
            {
                j = k + 1;
                return current;
            }
            if (word != "عن") continue;
            foreach (var a in Actors)
                if (a.FirstToken > k && a.FirstToken - k <= 3)
                {
                    j = a.EndToken;
                    return a.EntityKey;
                }
            return null;
        }
        return null;
    }

    /// <summary>The subject of the sentence's first verb, as far as it can be told: the first person the sentence names before
    /// <paramref name="verb"/> (حذر الرئيس الروسي …، وقال), else its first actor of another kind (دعت قطر ومصر …، وأكدتا);
    /// never one behind a preposition, and never a dateline. What a verb joined by و (وقال، واتهم) shares.</summary>
    public string? FirstSubject(int verb)
    {
        string? first = null;
        for (var k = Sentence.FirstToken; k < verb; k++)
        {
            if (Subject(k) is not { } r || IsDateline(_doc, r)) continue;
            var type = _doc.TypeOf(r.EntityKey);
            if (type == EntityType.Person) return r.EntityKey;
            if (type is EntityType.Country or EntityType.Organization or EntityType.Bloc) first ??= r.EntityKey;
        }
        return first;
    }

    /// <summary>The nearest actor before <paramref name="verb"/> that can be its subject (a person, country, body or bloc not
    /// behind a preposition), or null when the nearest reference cannot.</summary>
    public string? NearestSubject(int verb)
    {
        for (var k = verb - 1; k >= Sentence.FirstToken; k--)
        {
            if (Subject(k) is not { } r) continue;
            return _doc.TypeOf(r.EntityKey) is EntityType.Person or EntityType.Country or EntityType.Organization or EntityType.Bloc ? r.EntityKey : null;
        }
        return null;
    }

    /// <summary>The reference at token <paramref name="k"/> when it could be a subject: named, not a nisba or pronoun, and not
    /// behind a preposition (attached or a word of its own).</summary>
    private EntityRef? Subject(int k)
    {
        if (_doc.RefAt[k] is not { } r || r.EntityKey.Length == 0 || r.Preposition || r.Kind is "demonym" or "pronoun") return null;
        if (r.FirstToken > Sentence.FirstToken && Lexicon.Prepositions.ContainsWithoutConjunction(_doc.Tokens[r.FirstToken - 1])) return null;
        return r;
    }

    /// <summary>The subject standing right before a verb (ألمانيا تطالب إسرائيل، وكان ماكرون قد زار): an actor not behind a
    /// preposition that ends at <paramref name="verb"/>, or before قد / كان / a bare title word between them.</summary>
    public EntityRef? SubjectRightBefore(int verb)
    {
        // قياديا شابا بالمعارضة، يُدعى هاسلر إنغلاسياس، قال: the named one is the subject.
        if (verb - 2 > Sentence.FirstToken && _doc.Tokens[verb - 1].Is(',') && _doc.RefAt[verb - 2] is { } named && named.EndToken == verb - 1
            && named.FirstToken > Sentence.FirstToken && Calling(_doc.Tokens[named.FirstToken - 1]))
            return named;
        var k = verb;
        while (k > Sentence.FirstToken && _doc.RefAt[k - 1] is null && _doc.Tokens[k - 1].WithoutConjunction is "قد" or "كان" or "كانت" or "لقد") k--;
        if (k == Sentence.FirstToken || _doc.RefAt[k - 1] is not { } r || r.EndToken != k) return null;
        foreach (var a in Actors)
            if (a == r) return Prepositional(a) || a.Kind is "pronoun" ? null : a;
        // A nisba that names no actor (القوات الأمريكية) or a place is no subject.
        return null;
    }

    /// <summary>Whether a relative pronoun (الذي، التي، الذين) stands right before <paramref name="verb"/>.</summary>
    public bool AfterRelative(int verb) =>
        verb > Sentence.FirstToken && _doc.Tokens[verb - 1].WithoutConjunction is "الذي" or "التي" or "الذين";

    /// <summary>The actor a relative clause opening right before <paramref name="verb"/> is about (رئيس الوزراء إدوار فيليب،
    /// الذي أدان …؛ بالعاهل السعودي، الملك سلمان، الذي نفى …): the name or title that ends at الذي/التي, past a comma; a
    /// preposition in front of it does not matter, the relative clause makes it the subject.</summary>
    public string? RelativeAntecedent(int verb)
    {
        if (verb - 2 < Sentence.FirstToken || !AfterRelative(verb)) return null;
        var k = verb - 2;
        if (_doc.Tokens[k].Is(',') && k > Sentence.FirstToken) k--;
        if (_doc.RefAt[k] is not { } r || r.EndToken != k + 1 || r.EntityKey.Length == 0 || r.Kind is "demonym" or "pronoun") return null;
        return _doc.TypeOf(r.EntityKey) is EntityType.Person or EntityType.Organization or EntityType.Country ? r.EntityKey : null;
    }

    /// <summary>The first actor in [from, to) that is not behind a preposition: the clause's likely subject.</summary>
    public EntityRef? Topic(int from, int to)
    {
        foreach (var a in Actors)
            if (a.FirstToken >= from && a.EndToken <= to && !Prepositional(a)) return a;
        return null;
    }

    public bool Prepositional(EntityRef r) => PrepositionOf(r) is not null;

    /// <summary>The preposition in front of a reference: an attached ب/ل (بروسيا، للصين), a word (على، ضد، مع),
    /// or, for a nisba after a head noun, the head noun's (للشعب الروسي); null when there is none.</summary>
    public string? PrepositionOf(EntityRef r)
    {
        _prepositions ??= new Dictionary<EntityRef, string?>(ReferenceEqualityComparer.Instance);
        if (!_prepositions.TryGetValue(r, out var preposition)) _prepositions[r] = preposition = FindPreposition(r);
        return preposition;
    }

    private string? FindPreposition(EntityRef r)
    {
        // A name right after its own title (مع نظيره الصيني وانغ يي) stands behind the title's preposition.
        if (OwnTitleBefore(r) is { } title) return PrepositionOf(title);
        if (r.Preposition) return Letter(_doc.Tokens[r.FirstToken].WithoutConjunction[0]);
        var k = r.FirstToken - 1;
        if (k < 0 || !_doc.Tokens[k].IsWord) return null;
        var before = _doc.Tokens[k].WithoutConjunction;
        if (Lexicon.Prepositions.Contains(before)) return before;
        if (r.Kind is "demonym" or "name" && HeadNounBefore(_doc, r, Sentence) is { } head)
        {
            var (_, preposition) = _doc.Tokens[head].Split;
            if (preposition) return Letter(_doc.Tokens[head].WithoutConjunction[0]);
            // على شركات روسية: the head noun's own preposition, a word before it.
            if (head > Sentence.FirstToken && _doc.Tokens[head - 1].IsWord && Lexicon.Prepositions.Contains(_doc.Tokens[head - 1].WithoutConjunction))
                return _doc.Tokens[head - 1].WithoutConjunction;
        }
        return null;
    }

    /// <summary>An attached preposition as a word of its own, without a new string each time.</summary>
    private static string Letter(char c) => c switch { 'ب' => "ب", 'ل' => "ل", 'ك' => "ك", _ => c.ToString() };

    /// <summary>The last earlier mention of the same entity that only references stand between (its title), if any.</summary>
    private EntityRef? OwnTitleBefore(EntityRef r)
    {
        for (var i = Actors.Count - 1; i >= 0; i--)
        {
            var a = Actors[i];
            if (a.EndToken > r.FirstToken || a.EntityKey != r.EntityKey || a == r) continue;
            for (var k = a.EndToken; k < r.FirstToken; k++)
                if (_doc.RefAt[k] is null) return null;
            return a;
        }
        return null;
    }

    /// <summary>The head noun a nisba stands after (الجانب الصيني), allowing one adjective between (بالعملية العسكرية الإسرائيلية).</summary>
    private static int? HeadNounBefore(Document doc, EntityRef r, Sentence sentence)
    {
        for (var k = r.FirstToken - 1; k >= Math.Max(sentence.FirstToken, r.FirstToken - 2); k--)
        {
            if (!doc.Tokens[k].IsWord || doc.RefAt[k] is not null) return null;
            if (Lexicon.HeadNouns.ContainsStem(doc.Tokens[k])) return k;
        }
        return null;
    }
}
