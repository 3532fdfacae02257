using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: typed relations from the cues in <c>cues.tsv</c>. A verb's subject is the actor right after it
/// (Arabic puts the verb first: وتحذر الولايات المتحدة الصين), else the nearest actor before it or the current speaker;
/// its object is the next actor not behind a foreign preposition. A verbal noun's actor is the subject of a light verb
/// before it (قدم، أوجه), the actor or nisba right after it (العقوبات اليابانية), or the one its pronoun points back to;
/// its object follows a preposition. Judging words inside a statement make the speaker criticise whom they are about.
/// Negation (لم، لن، لا، نفى) and the future (سوف، سـ) before a cue set the modality.
/// Needs references and statements; adds relations.</summary>
public static partial class RelationDetector
{
    /// <summary>Membership and chairing need their subject right at the cue (روسيا عضو في، رئاسة روسيا ل), never from afar.</summary>
    private static readonly HashSet<RelationType> AdjacentSubject = [RelationType.MemberOf, RelationType.Chairs];
    /// <summary>Types that are events with a time (not standing relations like membership).</summary>
    private static readonly HashSet<RelationType> EventTypes = [.. Enum.GetValues<RelationType>().Except([RelationType.AffiliatedWith, RelationType.MemberOf, RelationType.Chairs, RelationType.Mentions, RelationType.ReportedBy])];
    private static readonly HashSet<RelationType> TowardsSpeaker = [RelationType.Condoled, RelationType.Thanked, RelationType.Supported, RelationType.Congratulated];
    private static readonly HashSet<RelationType> ObjectFirst = [RelationType.Accused, RelationType.Criticized, RelationType.Warned, RelationType.Thanked,
        RelationType.Congratulated, RelationType.Met, RelationType.Praised, RelationType.Condoled];

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        // في (also in وفي، ففي) is one of the prepositions: a token none of whose forms is one is ruled out from the flat table
        // bits without reading it (see Visits). The list is read before the bits, so they are worked out with its words registered.
        var visitsByBits = Lexicon.Prepositions.Contains("في");
        var tables = doc.TokenTables;
        // The lists a sentence's cues are worked through with, made once a document and emptied for each sentence.
        Scratch? scratch = null;
        foreach (var sentence in doc.Sentences)
        {
            var clause = new Clause(doc, sentence, gazetteer);
            List<(int Start, int End, Cue Cue)>? cues = null;
            for (var i = sentence.FirstToken; i < sentence.EndToken;)
            {
                if (gazetteer.Cues.MayBegin(tables[i]) && doc.RefAt[i] is null && gazetteer.Cues.Match(doc.Tokens, i, sentence.EndToken) is { } m)
                {
                    cues ??= (scratch ??= new()).Cues();
                    // A one-word verb never carries a preposition: بدعم is the verbal noun, whatever the table calls دعم.
                    foreach (var c in m.Value)
                        cues.Add((i, m.End, m.Preposition && m.End - i == 1 && c.Frame is CueFrame.Verb or CueFrame.VerbPrep or CueFrame.VerbPron ? c with { Frame = CueFrame.Noun } : c));
                    i = m.End;
                }
                else i++;
            }
            if (cues is not null) Relations(doc, gazetteer, clause, cues, scratch!);
            Visits(doc, clause, gazetteer, visitsByBits ? tables : null);
        }
        OneActPerSentence(doc);
    }

    /// <summary>The relations the cues of one sentence state.</summary>
    private static void Relations(Document doc, Gazetteer gazetteer, Clause clause, List<(int Start, int End, Cue Cue)> cues, Scratch scratch)
    {
        var sentence = clause.Sentence;
        string? lastSubject = null;
        List<string>? lastGroup = null;
        // Verbs first, then verbal nouns: a noun next to a verb of the same type (فرضت … العقوبات) adds nothing of its own.
        var (found, verbsFound) = (scratch.Found(), scratch.VerbsFound());
        // The cues are in text order already: verbs, then nouns, each in text order.
        for (var nouns = 0; nouns < 2; nouns++)
        foreach (var (start, end, listed) in cues)
        {
            if ((listed.Frame == CueFrame.Noun) != (nouns == 1)) continue;
            var cue = listed;
            if (found.Contains(start)) continue;
            if (cue.Frame == CueFrame.Noun && VerbNear(verbsFound, cue.Type, start)) continue;
            var statement = StatementAt(doc, start);
            var (subject, obj) = cue.Frame switch
            {
                CueFrame.Noun or CueFrame.Between => Noun(doc, gazetteer, clause, start, end, cue.Type, statement),
                CueFrame.With => ((clause.Before(start)?.EntityKey ?? SpeakerNear(doc, start, statement)), clause.FirstAfter(end, 6)?.EntityKey),
                CueFrame.VerbPron => VerbWithObjectPronoun(doc, clause, start, end, lastSubject),
                CueFrame.Evaluation => Evaluation(doc, clause, start, end, statement),
                CueFrame.Participle => ((clause.Topic(sentence.FirstToken, start) ?? clause.Before(start))?.EntityKey ?? SpeakerNear(doc, start, statement),
                    clause.SubjectAfter(end, 4)?.EntityKey),
                CueFrame.Includes => Includes(doc, clause, start, end),
                CueFrame.Reception => Reception(doc, clause, end),
                _ => Verb(doc, clause, start, end, cue, prepositionalObject: cue.Frame == CueFrame.VerbPrep),
            };
            if (AdjacentSubject.Contains(cue.Type) && subject is not null && doc.TypeOf(subject) == EntityType.Person)
                subject = null;
            // فرضت عقوبات على روسيا من قبل اليابان: the passive's agent, whoever stands before the verb.
            if (Agent(doc, clause, end) is { } agent && agent != obj) subject = agent;
            if (!AdjacentSubject.Contains(cue.Type)) subject ??= SpeakerNear(doc, start, statement);
            // تعازيها، دعمها (for us): a verbal noun without an object inside someone's words is aimed at the speaker's country.
            if (obj is null && cue.Frame == CueFrame.Noun && TowardsSpeaker.Contains(cue.Type) && statement is { } s && doc.Statements[s].SpeakerKey is { } sp)
                obj = PronounResolver.CountryOf(doc, sp);
            if (subject is null || obj is null || subject == obj) continue;
            // An official and their own country or body are one side, not two.
            if (PronounResolver.CountryOf(doc, subject) == obj || PronounResolver.CountryOf(doc, obj) == subject
                || doc.Entities.GetValueOrDefault(subject)?.RoleOf == obj || doc.Entities.GetValueOrDefault(obj)?.RoleOf == subject) continue;
            // One visits a place, a country or a body; a person visited is a person met (زار برويدي ترامب في البيت الأبيض).
            if (cue.Type == RelationType.Visited && doc.TypeOf(obj) == EntityType.Person) cue = cue with { Type = RelationType.Met };
            lastSubject = subject;
            found.Add(start);
            var modality = ModalityAt(doc, start, statement);
            // السعودية وقطر والأردن نددت: every conjunct of the subject acted.
            // وقطعت الإمارات والسعودية ومصر …، واتهموها: a plural verb with an object pronoun goes on with the whole group.
            var group = cue.Frame is CueFrame.Verb or CueFrame.VerbPrep or CueFrame.Includes ? Conjuncts(doc, clause, subject, start)
                : cue.Frame == CueFrame.VerbPron && subject == lastSubject && lastGroup is not null && PluralWithObject(doc.Tokens[end - 1]) ? lastGroup : [];
            if (cue.Frame is CueFrame.Verb or CueFrame.VerbPrep) lastGroup = group.Count > 0 ? group : null;
            foreach (var also in group)
                if (also != obj && PronounResolver.CountryOf(doc, also) != obj)
                    doc.Relations.Add(new FoundRelation(cue.Type, also, obj, sentence.Index, start, end, cue.Confidence * 0.9, statement, modality));
            // سيزور تشاد وجيبوتي وكينيا: every conjunct of the object is acted upon.
            if (cue.Frame is not (CueFrame.Between or CueFrame.Evaluation) && !RelationTypeInfo.Of(cue.Type).Symmetric || cue.Frame is CueFrame.With or CueFrame.Reception)
                foreach (var also in ObjectConjuncts(doc, clause, obj, end))
                    if (also != subject && PronounResolver.CountryOf(doc, subject) != also)
                        doc.Relations.Add(new FoundRelation(cue.Type, subject, also, sentence.Index, start, end, cue.Confidence * 0.9, statement, modality));
            if (cue.Frame != CueFrame.Noun) verbsFound.Add((start, cue.Type));
            // A cue outside any statement (واتهم الغرب بالسعي …) is still evidenced by what its subject says in the sentence.
            statement ??= StatementOf(doc, sentence.Index, subject);
            doc.Relations.Add(new FoundRelation(cue.Type, subject, obj, sentence.Index, start, end, cue.Confidence, statement, modality,
                Date: EventTypes.Contains(cue.Type) ? DateFinder.Near(doc, sentence, start, end, gazetteer, doc.Published) : null));
        }
    }

    /// <summary>A plural past verb with an object pronoun (اتهموها، دعوهم): the و of "they" before the pronoun.</summary>
    private static bool PluralWithObject(Token t)
    {
        var w = t.Folded;
        return w.EndsWith("وها", StringComparison.Ordinal) || w.EndsWith("وهم", StringComparison.Ordinal) || w.EndsWith("وه", StringComparison.Ordinal) && w.Length > 4;
    }

    /// <summary>Whether a verb of this type was found within 6 tokens of <paramref name="start"/>.</summary>
    private static bool VerbNear(List<(int Start, RelationType Type)> verbs, RelationType type, int start)
    {
        foreach (var v in verbs)
            if (v.Type == type && Math.Abs(v.Start - start) <= 6) return true;
        return false;
    }

    /// <summary>The first statement of the sentence by <paramref name="speaker"/>, if any.</summary>
    private static int? StatementOf(Document doc, int sentence, string speaker)
    {
        for (var i = 0; i < doc.Statements.Count; i++)
            if (doc.Statements[i].Sentence == sentence && doc.Statements[i].SpeakerKey == speaker) return i;
        return null;
    }

    /// <param name="prepositionalObject">The verb takes its object behind a preposition (أشاد روبيو بالدور المصري): the actor
    /// right after it is its subject even when a preposition follows that actor.</param>
    private static (string?, string?) Verb(Document doc, Clause clause, int cue, int end, Cue found, bool prepositionalObject)
    {
        var type = found.Type;
        // Subject first (ألمانيا تطالب إسرائيل بـ، ماكرون زار واشنطن): the object is the first actor after the verb that it can take.
        if (!doc.Tokens[cue].Joined && clause.SubjectRightBefore(cue) is { } before)
        {
            var stop = ClauseEnd(doc, clause, end);
            var target = clause.FirstAfter(end, 8, (stop, before.EntityKey, clause, found),
                static (a, s) => a.FirstToken < s.stop && a.EntityKey != s.EntityKey && ObjectAllowed(s.clause, a, s.found));
            if (target is not null) return (before.EntityKey, target.EntityKey);
        }
        var r1 = clause.FirstAfter(end, 4);
        // فرض عقوبات على قائد قوات …: an actor behind a preposition further in the verb's phrase is no subject either.
        var behindPreposition = false;
        for (var k = end; r1 is not null && k < r1.FirstToken && !behindPreposition; k++)
            behindPreposition = Lexicon.Prepositions.ContainsWithoutConjunction(doc.Tokens[k]);
        if (r1 is not null && !clause.Prepositional(r1) && !behindPreposition)
        {
            // دعت قطر ومصر إسرائيل …: actors joined to the subject are subjects too, not the object.
            // اتفق كيم ورئيس كوريا الجنوبية مون: a symmetric act between the subject and the one joined to it.
            if (RelationTypeInfo.Of(type).Symmetric && NextConjunct(doc, clause, r1) is { } partner && partner.EntityKey != r1.EntityKey)
                return (r1.EntityKey, partner.EntityKey);
            var last = r1;
            while (NextConjunct(doc, clause, last) is { } joined) last = joined;
            // وقطعت الإمارات والسعودية ومصر والبحرين، العلاقات مع قطر: a comma that closes the subjects does not close the clause.
            var comma = ClauseEnd(doc, clause, last.EndToken);
            var objectFrom = last.EndToken;
            if (comma == last.EndToken && last != r1) comma = ClauseEnd(doc, clause, last.EndToken + 1);
            // أشاد محمد البرادعي، نائب الرئيس المصري السابق، بميشيل باشيليت: the subject's office set off by commas does not close it.
            else if (NameEnd(doc, clause, last) is var named && comma == named && comma + 1 < clause.Sentence.EndToken && doc.RefAt[comma + 1] is { Kind: "title" })
            {
                var close = ClauseEnd(doc, clause, comma + 1);
                if (close < clause.Sentence.EndToken && close - comma <= 15) (objectFrom, comma) = (close + 1, ClauseEnd(doc, clause, close + 1));
            }
            // A direct object comes before the verb's first preposition (دعت بريطانيا إلى الهدوء … السفارة الأمريكية: no object).
            var preposition = FirstPreposition(doc, objectFrom, comma);
            var r2 = clause.FirstAfter(objectFrom, 15, (comma, r1.EntityKey, clause, found, preposition),
                static (a, s) => a.FirstToken < s.comma && a.EntityKey != s.EntityKey && ObjectAllowed(s.clause, a, s.found)
                    && (a.FirstToken <= s.preposition || s.clause.PrepositionOf(a) is not null));
            if (r2 is not null) return (r1.EntityKey, r2.EntityKey);
            var after = r1.EndToken;
            while (after < clause.Sentence.EndToken && doc.RefAt[after] is { } same && same.EntityKey == r1.EntityKey) after = same.EndToken;
            var next = after < clause.Sentence.EndToken ? doc.Tokens[after] : null;
            var prepositionFollows = next is { IsWord: true } && (next.Split.Preposition || next.Folded is "الي" or "علي" or "من" or "عن");
            if ((prepositionalObject || !ObjectFirst.Contains(type)) && prepositionFollows) return (null, null);
            return (SubjectBefore(doc, clause, cue), r1.EntityKey);
        }
        // The object stays in the verb's clause (not past a comma: … ، حسبما نقلت وكالة شينخوا).
        var clauseEnd = ClauseEnd(doc, clause, end);
        var obj = clause.FirstAfter(end, 8, (clauseEnd, clause, found), static (a, s) => a.FirstToken < s.clauseEnd && ObjectAllowed(s.clause, a, s.found));
        // فرض عقوبات على 11 فردا … من روسيا: sanctions on people or bodies "from" a country are sanctions on it.
        if (obj is null && type == RelationType.Sanctioned && end < clause.Sentence.EndToken && doc.Tokens[end].Folded == "علي")
            obj = clause.FirstAfter(end, 15, clause, static (a, clause) => clause.PrepositionOf(a) == "من");
        return (SubjectBefore(doc, clause, cue), obj?.EntityKey);
    }

    /// <summary>Where the references to <paramref name="r"/>'s entity that run on from it end (الدكتور | محمد البرادعي).</summary>
    private static int NameEnd(Document doc, Clause clause, EntityRef r)
    {
        var end = r.EndToken;
        while (end < clause.Sentence.EndToken && doc.RefAt[end] is { } same && same.EntityKey == r.EntityKey) end = same.EndToken;
        return end;
    }

    /// <summary>The subject of a verb whose subject is not after it: for a verb joined by و/ف (…، واتهم موسكو) the subject of
    /// the sentence's first verb, its first actor not behind a preposition; else the nearest such actor before it.</summary>
    private static string? SubjectBefore(Document doc, Clause clause, int cue) =>
        doc.Tokens[cue].Joined ? clause.FirstSubject(cue) ?? clause.Before(cue)?.EntityKey : clause.Before(cue)?.EntityKey;

    /// <summary>Whether an actor can be the object of this type: not behind a preposition, or behind the one the type takes.</summary>
    private static bool ObjectAllowed(Clause clause, EntityRef a, Cue cue)
    {
        var p = clause.PrepositionOf(a);
        // A line that lists its prepositions takes an object behind one of them only (- in the list: or behind none).
        if (cue.ObjectPrepositions is { } listed) return Array.IndexOf(listed, p ?? "-") >= 0;
        if (p is null) return true;
        return cue.Type switch
        {
            RelationType.Sanctioned or RelationType.Fought => p is "علي" or "ضد",
            RelationType.Thanked or RelationType.Congratulated or RelationType.Condoled or RelationType.Supported => p == "ل",
            RelationType.Praised => p is "ل" or "ب" or "علي",
            RelationType.Met => p is "مع" or "ب",
            RelationType.Criticized => p == "ب",
            RelationType.Visited => p is "الي" or "ل",
            _ => false,
        };
    }

    private static (string?, string?) VerbWithObjectPronoun(Document doc, Clause clause, int cue, int end, string? lastSubject)
    {
        // حثه الرئيس على …: a subject stands right after the verb; وحثه على إقالة تيلرسون: the name after the content word is
        // not it, the sentence's subject is.
        var after = clause.SubjectAfter(end, 3);
        for (var k = end; after is not null && k < after.FirstToken; k++)
            if (doc.Tokens[k].IsWord && (Lexicon.Prepositions.ContainsWithoutConjunction(doc.Tokens[k]) || doc.Tokens[k].Split.Preposition)) after = null;
        // A form that may be a noun with a possessive (دعمها) takes no subject from before it unless joined by و as verbs are.
        var subject = after?.EntityKey ?? lastSubject ?? (doc.Tokens[cue].Joined ? clause.FirstSubject(cue) : null);
        // ودعاه: a masculine pronoun points at a person or body, not a country (دعاها).
        var word = doc.Tokens[end - 1].Folded;
        var masculine = word.EndsWith('ه') && !word.EndsWith("ها", StringComparison.Ordinal);
        EntityRef? obj = null;
        foreach (var a in clause.Actors)
            if (a.EndToken <= cue && (obj is null || a.FirstToken > obj.FirstToken) && a.EntityKey != subject
                && !(masculine && doc.TypeOf(a.EntityKey) is EntityType.Country or EntityType.Bloc))
                obj = a;
        return (subject, obj?.EntityKey);
    }

    /// <summary>Who speaks at a token: the statement around it, else one in its sentence, else the last one of the sentence before.</summary>
    /// <param name="statement">The statement around the token (<see cref="StatementAt"/>), found by the caller already.</param>
    private static string? SpeakerNear(Document doc, int token, int? statement)
    {
        if (statement is { } s) return doc.Statements[s].SpeakerKey;
        var sentence = doc.Tokens[token].Sentence;
        FoundStatement? before = null;
        foreach (var x in doc.Statements)
        {
            if (x.Sentence == sentence) return x.SpeakerKey;
            if (x.Sentence == sentence - 1) before = x;
        }
        // The last speaker of the sentence before, unless a new clause (بينما، فيما) has begun since.
        for (var k = doc.Sentences[sentence].FirstToken; k < token; k++)
            if (Lexicon.ClauseBreaks.ContainsWithoutConjunction(doc.Tokens[k])) return null;
        return before?.SpeakerKey;
    }

    private static int? StatementAt(Document doc, int token)
    {
        for (var i = 0; i < doc.Statements.Count; i++)
            if (doc.Statements[i].FirstToken <= token && token < doc.Statements[i].EndToken) return i;
        return null;
    }

    internal static Modality ModalityAt(Document doc, int cue) => ModalityAt(doc, cue, StatementAt(doc, cue));

    /// <param name="reported">The statement around the cue (<see cref="StatementAt"/>), when the caller has it.</param>
    private static Modality ModalityAt(Document doc, int cue, int? reported)
    {
        var sentenceStart = doc.Sentences[doc.Tokens[cue].Sentence].FirstToken;
        // هل اتفق ترامب وماكرون فعلا بشأن إيران؟ — a question asserts nothing.
        var sentenceEnd = doc.Sentences[doc.Tokens[cue].Sentence].EndToken;
        if (doc.Tokens[sentenceEnd - 1].Is('?') || doc.Tokens[sentenceStart].WithoutConjunction == "هل") return Modality.Possible;
        // نفت مصر أن تكون قد زودت …: what a denial reports did not happen, as far as the speaker says.
        if (reported is { } around && doc.Statements[around].FirstToken is var said && said > sentenceStart)
            for (var k = Math.Max(sentenceStart, said - 4); k < said; k++)
                if (Lexicon.Denials.ContainsWithoutConjunction(doc.Tokens[k])) return Modality.Negated;
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 2); k--)
            if (Lexicon.Negators.ContainsWithoutConjunction(doc.Tokens[k])) return Modality.Negated;
        // تدرس فرض عقوبات، يعتزم زيارة: considered or intended, not done; هدد بفرض، إذا فرضت: threatened or conditional.
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 3); k--)
        {
            if (Lexicon.Intentions.ContainsWithoutConjunction(doc.Tokens[k])) return Modality.Future;
            if (Lexicon.Conditions.ContainsWithoutConjunction(doc.Tokens[k]) || Lexicon.Threats.ContainsWithoutConjunction(doc.Tokens[k])) return Modality.Possible;
        }
        var word = doc.Tokens[cue].WithoutConjunction;
        if (cue > sentenceStart && doc.Tokens[cue - 1].Folded is "سوف" or "سيتم") return Modality.Future;
        // قد before the present tense is "may"; before the past (قد نددت) it only stresses that it happened.
        if (cue > sentenceStart && doc.Tokens[cue - 1].Folded == "قد" && word.Length > 2 && word[0] is 'ي' or 'ت' && !word.StartsWith("تم", StringComparison.Ordinal)) return Modality.Possible;
        if (cue > sentenceStart && doc.Tokens[cue - 1].Folded is "اي" or "لاي" or "باي") return Modality.Possible;
        return word.Length > 3 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' ? Modality.Future : Modality.Asserted;
    }
}
