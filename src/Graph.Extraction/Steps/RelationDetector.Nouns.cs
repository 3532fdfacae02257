using Graph.Core;

namespace Graph.Extraction;

/// <summary>Relations from verbal nouns (العقوبات اليابانية، زيارة X إلى Y، المحادثات بين X وY), from judging words inside a
/// statement, and from being in a capital.</summary>
public static partial class RelationDetector
{
    private static (string?, string?) Noun(Document doc, Gazetteer gazetteer, Clause clause, int cue, int end, RelationType type, int? statement)
    {
        var sentenceStart = clause.Sentence.FirstToken;
        string? subject = null;
        // A light verb governs the cue when no other cue stands between them (أوجه الشكر للصين على تعازيها: أوجه governs الشكر only).
        var light = -1;
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - 5) && light < 0; k--)
            if (Lexicon.LightVerbs.ContainsWithoutConjunction(doc.Tokens[k])) light = k;
        for (var k = light + 1; light >= 0 && k < cue; k++)
            if (doc.Tokens[k].IsWord && doc.RefAt[k] is null && gazetteer.Cues.Match(doc.Tokens, k, cue) is not null) light = -1;
        var from = statement is { } inside ? doc.Statements[inside].FirstToken : sentenceStart;
        if (light >= 0)
        {
            var verb = doc.Tokens[light].WithoutConjunction;
            subject = verb[0] is 'ا' or 'ن' && verb.Length > 3 && statement is { } s
                ? doc.Statements[s].SpeakerKey
                : clause.FirstAfter(light + 1, cue, cue, static (a, cue) => a.EndToken <= cue)?.EntityKey
                  ?? clause.Topic(Math.Min(from, light), light)?.EntityKey;
        }
        var genitive = clause.SubjectAfter(end, 1);
        // اتهم إيران بدعم حماس: a verbal noun behind بـ names the act charged; its genitive is the one acted upon.
        if (subject is null && genitive is not null && doc.Tokens[cue].Split.Preposition && doc.Tokens[cue].Folded[0] == 'ب'
            && clause.Before(cue) is { } agent)
            return (agent.EntityKey, genitive.EntityKey);
        subject ??= genitive?.EntityKey;
        if (RelationTypeInfo.Of(type).Symmetric)
        {
            // بين زعيم كوريا الشمالية كيم جونغ أون ورئيس كوريا الجنوبية مون: a title and its name are one actor.
            var after = new List<EntityRef>();
            foreach (var a in clause.Actors)
                if (a.FirstToken >= end && a.FirstToken - end <= 10 && a != genitive && !Names(after, a.EntityKey)) after.Add(a);
            if (after.Count > 0 && after[0].FirstToken - end > 6) after.Clear();
            // Past six words only the one joined by و is the second party.
            if (after.Count > 1 && after[1].FirstToken - end > 6 && doc.Tokens[after[1].FirstToken].Folded[0] != 'و') after.RemoveRange(1, after.Count - 1);
            if (subject is not null && after.FirstOrDefault() is { } other) return (subject, other.EntityKey);
            if (after.Count >= 2) return (after[0].EntityKey, after[1].EntityKey);
            // وحزب الله الحليف لإيران: one actor before the noun, the other after it behind its preposition.
            if (after.Count == 1 && clause.PrepositionOf(after[0]) is not null && clause.Before(cue) is { } before && before.EntityKey != after[0].EntityKey)
                return (before.EntityKey, after[0].EntityKey);
            // Two actors before it (… أوكرانيا وروسيا في حرب), unless the cue names its target after it (الهجوم على …).
            if (doc.Tokens[end - 1].Folded == "علي") return (subject, null);
            // The last two actors ending within 8 words before the cue.
            EntityRef? first = null, second = null;
            foreach (var a in clause.Actors)
                if (a.EndToken <= cue && cue - a.EndToken <= 8) (first, second) = (second, a);
            return first is not null ? (first.EntityKey, second!.EntityKey) : (subject, null);
        }
        var word = doc.Tokens[end - 1].Folded;
        var pronounSuffix = word.Length > 4 && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith('ه') || word.EndsWith("هم", StringComparison.Ordinal));
        if (subject is null && pronounSuffix)
            subject = clause.LastBefore(cue)?.EntityKey;
        if (AdjacentSubject.Contains(type))
        {
            subject ??= AdjacentBefore(clause, cue)?.EntityKey;
            if (subject is null && doc.Tokens[cue > 0 ? cue - 1 : 0].Folded.EndsWith("نا", StringComparison.Ordinal) && statement is { } we)
                subject = doc.Statements[we].SpeakerKey is { } sp ? PronounResolver.CountryOf(doc, sp) : null;
            var member = clause.FirstAfter(end, 8, (genitive, subject), static (a, s) => a != s.genitive && a.EntityKey != s.subject);
            return (subject, member?.EntityKey);
        }
        if (subject is null && statement is { } st && doc.Statements[st].Kind == StatementKind.Quote) subject = doc.Statements[st].SpeakerKey;
        subject ??= clause.Before(cue)?.EntityKey;
        // A verbal noun's object follows a preposition that introduces a target (تحذيرات لطوكيو، العقوبات ضد روسيا، دعم بكين لموسكو).
        var obj = clause.FirstAfter(end, 8, (genitive, subject, type, clause), static (a, s) => a != s.genitive && a.EntityKey != s.subject
            && (s.type == RelationType.Met ? s.clause.PrepositionOf(a) is "مع" or "ب" : s.clause.PrepositionOf(a) is "ل" or "علي" or "ضد" or "الي"));
        return (subject, obj?.EntityKey);
    }

    /// <summary>Whether one of <paramref name="actors"/> stands for <paramref name="key"/>.</summary>
    private static bool Names(List<EntityRef> actors, string key)
    {
        foreach (var a in actors)
            if (a.EntityKey == key) return true;
        return false;
    }

    /// <summary>The first actor ending right before <paramref name="cue"/> (at most one token between).</summary>
    private static EntityRef? AdjacentBefore(Clause clause, int cue)
    {
        foreach (var a in clause.Actors)
            if (a.EndToken <= cue && cue - a.EndToken <= 1) return a;
        return null;
    }

    /// <summary>Harsh words inside a statement: the speaker criticised the actor nearest to them, unless that is the speaker's own side.</summary>
    private static (string?, string?) Evaluation(Document doc, Clause clause, int cue, int end, int? statement)
    {
        if (statement is not { } s || doc.Statements[s].SpeakerKey is not { } speaker) return (null, null);
        var st = doc.Statements[s];
        var own = PronounResolver.CountryOf(doc, speaker);
        // The nearest such actor, a name before a nisba (the first in text order on a tie).
        EntityRef? target = null;
        (bool, int) best = default;
        foreach (var a in clause.Actors)
        {
            if (a.FirstToken < st.FirstToken || a.EndToken > st.EndToken || a.EntityKey == speaker || a.EntityKey == own
                || a.Kind == "demonym" && a.FirstToken - end <= 1 && a.FirstToken >= end
                || own is not null && PronounResolver.CountryOf(doc, a.EntityKey) == own)
                continue;
            var key = (a.Kind == "demonym", Math.Min(Math.Abs(a.FirstToken - end), Math.Abs(cue - a.EndToken)));
            if (target is null || key.CompareTo(best) < 0) (target, best) = (a, key);
        }
        // ووصفت تعليقات جونسون بأنها "مسيئة": words about no one inside are about whom the sentence names just before them.
        target ??= DescribedBefore(doc, clause, st, speaker, own);
        return (speaker, target?.EntityKey);
    }

    /// <summary>The last actor within a few words before a statement, other than its speaker and the speaker's own side.</summary>
    private static EntityRef? DescribedBefore(Document doc, Clause clause, FoundStatement st, string speaker, string? own)
    {
        EntityRef? described = null;
        foreach (var a in clause.Actors)
            // لإذاعة أوروبا1 "…": whom the words were said to is not what they are about.
            if (a.EndToken <= st.FirstToken && st.FirstToken - a.EndToken <= 3 && a.EntityKey != speaker && a.EntityKey != own && !clause.Prepositional(a)
                && !AfterPrepositionOrTitleOf(doc, a, speaker)
                && (own is null || PronounResolver.CountryOf(doc, a.EntityKey) != own))
                described = a;
        return described;
    }

    /// <summary>Whether the words before an actor make it whom something was said to (لإذاعة (أوروبا 1)) or the speaker's own
    /// body (رئيس حزب الجمهوريين: the title of the speaker right before it).</summary>
    private static bool AfterPrepositionOrTitleOf(Document doc, EntityRef a, string speaker)
    {
        var k = a.FirstToken - 1;
        if (k >= 0 && doc.Tokens[k].Is('(')) k--;
        if (k < 0) return false;
        if (doc.Tokens[k].Split.Preposition) return true;
        return doc.RefAt[k] is { Kind: "title" } title && title.EntityKey == speaker;
    }

    /// <summary>"said in Beijing", "in the Chinese capital Beijing": a person of another country in a capital visited that country.</summary>
    /// <param name="tables">The document's <see cref="Document.TokenTables"/> when في is one of the prepositions, so that a
    /// token whose forms are none is passed over without reading it; null to read every token.</param>
    private static void Visits(Document doc, Clause clause, Gazetteer gazetteer, ulong[]? tables)
    {
        var s = clause.Sentence;
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (tables is not null && !Lexicon.Prepositions.MayContain(tables[k])) continue;
            if (doc.Tokens[k].Folded is not ("في" or "وفي" or "ففي")) continue;
            var j = k + 1;
            if (doc.Tokens[j].Folded == "العاصمه") j++;
            if (j < s.EndToken && doc.RefAt[j] is { Kind: "demonym" } nisba) j = nisba.EndToken;
            if (j >= s.EndToken || doc.RefAt[j] is not { Kind: "name" } place) continue;
            if (gazetteer.Capitals.ContainsKey(doc.Tokens[j].Folded))
            {
                if (Visitor(doc, clause, k, place.EntityKey) is { } visitor)
                    doc.Relations.Add(new FoundRelation(RelationType.Visited, visitor.EntityKey, place.EntityKey, s.Index, k, place.EndToken, 0.6, StatementAt(doc, k)));
            }
            // وخلال منتدى في سنغافورة، قال أونوديرا …: where one speaks from, outside what they say, is a country they are in.
            else if (doc.TypeOf(place.EntityKey) == EntityType.Country && StatementAt(doc, k) is null && AtAnEvent(doc, s, k)
                     && SpeakerAfter(doc, s, place.EndToken) is { } speaker
                     && doc.TypeOf(speaker) == EntityType.Person && PronounResolver.CountryOf(doc, speaker) is { } home && home != place.EntityKey)
                doc.Relations.Add(new FoundRelation(RelationType.Visited, speaker, place.EntityKey, s.Index, k, place.EndToken, 0.55, StatementOf(doc, s.Index, speaker)));
        }
    }

    /// <summary>Whether an event where one speaks (منتدى، مؤتمر، قمة) is named within three words before <paramref name="at"/>.</summary>
    private static bool AtAnEvent(Document doc, Sentence s, int at)
    {
        for (var k = at - 1; k >= s.FirstToken && at - k <= 3; k--)
            if (Lexicon.SpeechSettings.ContainsWithoutConjunction(doc.Tokens[k])) return true;
        return false;
    }

    /// <summary>The speaker of the sentence's first statement that begins after <paramref name="token"/>.</summary>
    private static string? SpeakerAfter(Document doc, Sentence s, int token)
    {
        foreach (var st in doc.Statements)
            if (st.Sentence == s.Index && st.FirstToken >= token) return st.SpeakerKey;
        return null;
    }

    /// <summary>The first person before <paramref name="token"/>, not behind a preposition, whose country is not <paramref name="place"/>'s.</summary>
    private static EntityRef? Visitor(Document doc, Clause clause, int token, string place)
    {
        foreach (var a in clause.Actors)
            if (a.EndToken <= token && doc.TypeOf(a.EntityKey) == EntityType.Person && !clause.Prepositional(a)
                && PronounResolver.CountryOf(doc, a.EntityKey) is { } home && home != place)
                return a;
        return null;
    }
}
