using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: typed relations from the cues in <c>cues.tsv</c>. A verb's subject is the actor right after it
/// (Arabic puts the verb first: وتحذر الولايات المتحدة الصين), else the nearest actor before it or the current speaker;
/// its object is the next actor. A verbal noun's actor is the subject of a light verb before it (قدم، وجه), the actor
/// or nisba adjective right after it (العقوبات اليابانية), or the nearest actor before it; its object follows a preposition.
/// Negation (لم، لن، لا، نفى) and the future (سوف، سـ) before a cue set the relation's modality.
/// Needs references and statements; adds relations.</summary>
public static class RelationDetector
{
    private static readonly HashSet<string> LightVerbs = ["قدم", "وجه", "اوجه", "نقل", "بعث", "ارسل", "ارسلها", "اعرب", "ابدي", "اعلن"];
    private static readonly HashSet<string> ObjectPrepositions = ["علي", "الي", "ضد", "مع", "من", "عن", "بين"];
    private static readonly HashSet<string> Negators = ["لم", "لن", "لا", "ما", "ليس", "لست", "نفي", "نفت", "رفض", "رفضت"];
    private static readonly HashSet<string> HeadNouns = ["الجانب", "الحكومه", "السلطات", "الشعب", "الدوله", "القوات", "الجيش", "الخارجيه", "الرئاسه", "الاداره", "البحريه"];

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        foreach (var sentence in doc.Sentences)
        {
            var actors = Actors(doc, sentence, gazetteer);
            string? lastSubject = null;
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (doc.RefAt[i] is not null || gazetteer.Cues.Match(doc.Tokens, i, sentence.EndToken) is not { } m) { i++; continue; }
                foreach (var cue in m.Value)
                {
                    var (subject, obj) = cue.Frame switch
                    {
                        "noun" => Noun(doc, actors, sentence, i, m.End, cue),
                        "verb-pron" => VerbWithObjectPronoun(actors, i, m.End, lastSubject),
                        _ => Verb(doc, actors, sentence, i, m.End),
                    };
                    subject ??= SpeakerAt(doc, i);
                    if (subject is null || obj is null || subject == obj) continue;
                    lastSubject = subject;
                    doc.Relations.Add(new FoundRelation(cue.Type, subject, obj, sentence.Index, i, m.End, cue.Confidence,
                        StatementAt(doc, i), ModalityAt(doc, i)));
                    break;
                }
                i = m.End;
            }
        }
    }

    private static (string? Subject, string? Object) Verb(Document doc, List<EntityRef> actors, Sentence sentence, int cue, int end)
    {
        var after = actors.Where(a => a.FirstToken >= end && a.FirstToken - end <= 4).ToList();
        var r1 = after.FirstOrDefault();
        if (r1 is not null && !Prepositional(doc, r1))
        {
            var r2 = actors.FirstOrDefault(a => a.FirstToken >= r1.EndToken && a.EntityKey != r1.EntityKey && a.FirstToken - r1.EndToken <= 8);
            if (r2 is not null) return (r1.EntityKey, r2.EntityKey);
            return (Before(actors, cue)?.EntityKey, r1.EntityKey);
        }
        var obj = actors.FirstOrDefault(a => a.FirstToken >= end && a.FirstToken - end <= 8);
        return (Before(actors, cue)?.EntityKey, obj?.EntityKey);
    }

    private static (string? Subject, string? Object) VerbWithObjectPronoun(List<EntityRef> actors, int cue, int end, string? lastSubject)
    {
        var after = actors.FirstOrDefault(a => a.FirstToken >= end && a.FirstToken - end <= 3);
        var subject = after?.EntityKey ?? lastSubject;
        var obj = actors.Where(a => a.EndToken <= cue && a.EntityKey != subject).OrderByDescending(a => a.FirstToken).FirstOrDefault();
        return (subject, obj?.EntityKey);
    }

    private static (string? Subject, string? Object) Noun(Document doc, List<EntityRef> actors, Sentence sentence, int cue, int end, Cue c)
    {
        string? subject = null;
        var light = Enumerable.Range(Math.Max(sentence.FirstToken, cue - 3), cue - Math.Max(sentence.FirstToken, cue - 3))
            .LastOrDefault(k => LightVerbs.Contains(Clitics.StripConjunction(doc.Tokens[k].Folded)), -1);
        if (light >= 0)
            subject = actors.FirstOrDefault(a => a.FirstToken > light && a.EndToken <= cue)?.EntityKey ?? SpeakerAt(doc, cue);
        var genitive = actors.FirstOrDefault(a => a.FirstToken >= end && a.FirstToken - end <= 1 && !Prepositional(doc, a));
        if (subject is null && genitive is not null) subject = genitive.EntityKey;
        if (RelationTypeInfo.Of(c.Type).Symmetric)
        {
            var between = actors.Where(a => a.FirstToken >= end && a.FirstToken - end <= 6 && a != genitive).ToList();
            if (subject is not null && between.FirstOrDefault() is { } other) return (subject, other.EntityKey);
            if (between.Count >= 2) return (between[0].EntityKey, between[1].EntityKey);
            var pair = actors.Where(a => a.EndToken <= cue && cue - a.EndToken <= 8).TakeLast(2).ToList();
            if (pair.Count == 2) return (pair[0].EntityKey, pair[1].EntityKey);
            return (subject, null);
        }
        subject ??= Before(actors, cue)?.EntityKey;
        var obj = actors.FirstOrDefault(a => a.FirstToken >= end && a.FirstToken - end <= 8 && a != genitive && a.EntityKey != subject && Prepositional(doc, a));
        return (subject, obj?.EntityKey);
    }

    /// <summary>References that can act in this sentence: names and resolved titles, and nisba adjectives that follow a
    /// head noun (الجانب الصيني) or a cue noun (العقوبات اليابانية).</summary>
    private static List<EntityRef> Actors(Document doc, Sentence sentence, Gazetteer gazetteer) =>
        doc.Refs.Where(r => r.FirstToken >= sentence.FirstToken && r.EndToken <= sentence.EndToken && r.EntityKey.Length > 0
                && doc.TypeOf(r.EntityKey) != EntityType.Place
                && (r.Actor || r.Kind == "demonym" && r.FirstToken > sentence.FirstToken
                    && (HeadNouns.Contains(Clitics.Split(doc.Tokens[r.FirstToken - 1].Folded).Stem)
                        || gazetteer.Cues.Match(doc.Tokens, r.FirstToken - 1, r.FirstToken) is not null)))
            .OrderBy(r => r.FirstToken)
            .ToList();

    private static EntityRef? Before(List<EntityRef> actors, int cue) =>
        actors.Where(a => a.EndToken <= cue).OrderByDescending(a => a.FirstToken).FirstOrDefault();

    private static bool Prepositional(Document doc, EntityRef r)
    {
        if (r.Preposition) return true;
        var k = r.FirstToken - 1;
        return k >= 0 && doc.Tokens[k].IsWord && ObjectPrepositions.Contains(doc.Tokens[k].Folded);
    }

    private static string? SpeakerAt(Document doc, int token) =>
        StatementAt(doc, token) is { } s ? doc.Statements[s].SpeakerKey : null;

    private static int? StatementAt(Document doc, int token)
    {
        var index = doc.Statements.FindIndex(s => s.FirstToken <= token && token < s.EndToken);
        return index < 0 ? null : index;
    }

    private static Modality ModalityAt(Document doc, int cue)
    {
        var sentenceStart = doc.Sentences[doc.Tokens[cue].Sentence].FirstToken;
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 2); k--)
            if (Negators.Contains(Clitics.StripConjunction(doc.Tokens[k].Folded))) return Modality.Negated;
        var word = Clitics.StripConjunction(doc.Tokens[cue].Folded);
        if (cue > sentenceStart && doc.Tokens[cue - 1].Folded is "سوف" or "سيتم") return Modality.Future;
        return word.Length > 3 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' ? Modality.Future : Modality.Asserted;
    }
}
