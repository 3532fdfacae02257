using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: who said what. A speech verb (قال، أضاف، أكد، أشار إلى …) takes its speaker from the name or title after it,
/// or, with no subject (وأضاف، وتابع), from the current speaker; its words are the quotation that follows or the
/// reported clause after إن/أن. Participles (قائلا، مشيرا إلى أن) continue the current speaker; "according to X"
/// after a quotation names its speaker; a headline line <c>Speaker: words</c> is a statement too.
/// Needs references and quotes; adds statements and sets each one's reporting outlet.</summary>
public static partial class SpeakerAttributor
{

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        string? current = null;
        Dictionary<int, (int Open, int Close)>? quotes = null;
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            if (Headline(doc, sentence, gazetteer) is { } headline)
            {
                // A headline repeated in a list of related articles is one statement, not two.
                if (!Said(doc, headline.SpeakerKey!, headline.FirstToken, headline.EndToken)) doc.Statements.Add(headline);
                continue;
            }
            string? sentenceSpeaker = null;
            Clause? clause = null;
            // A sentence that opens on a person (ودافع الوزير الصيني …) makes them the one later verbs without a subject continue.
            if (Opener(doc, sentence) is { Preposition: false } opener && opener.EntityKey.Length > 0 && doc.TypeOf(opener.EntityKey) == EntityType.Person)
                current = opener.EntityKey;
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var m = gazetteer.Speech.MayBegin(tables[i]) ? gazetteer.Speech.Match(doc.Tokens, i, sentence.EndToken) : null;
                // بحذر is "with caution", not حذر: a speech verb carries no preposition.
                if (m is null || m.Value.Preposition || InsideQuote(doc, i)) { i++; continue; }
                var (cue, end) = (m.Value.Value, m.Value.End);
                var frame = cue.Frame;
                string? speaker = null;
                var j = end;
                if (frame == SpeechFrame.Attribution)
                {
                    var quote = QuoteClosingBefore(doc, i, sentence);
                    speaker = (clause ??= new Clause(doc, sentence, gazetteer)).NamedAt(ref j, anyActor: true, afterPreposition: true);
                    if (speaker is not null && quote.Close > 0) Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
                    else if (speaker is not null) Attributed(doc, gazetteer, sentence, i, j, speaker);
                    if (speaker is not null) current = sentenceSpeaker = speaker;
                    i = j;
                    continue;
                }
                // Subject first (ألمانيا تطالب إسرائيل بضبط النفس): the actor after the verb is its object, not its speaker.
                clause ??= new Clause(doc, sentence, gazetteer);
                // نقلت وكالة فرانس برس عن مصدر دبلوماسي فرنسي قوله إن …: the one reported speaks, not the outlet; عنه: the last speaker.
                if (frame == SpeechFrame.Relay)
                {
                    if (clause.Relayed(ref j, current) is not { } relayed) { i = end; continue; }
                    speaker = relayed;
                }
                else if (frame is SpeechFrame.Verb or SpeechFrame.Condemn && clause.AfterRelative(i) && clause.RelativeAntecedent(i) is null
                         && end < sentence.EndToken && (doc.RefAt[end] is not null || Resumptive(doc.Tokens[end])))
                {
                    // الدعوات التي طالبت جونسون بالاعتذار: the relative (a noun no step resolved) is the verb's subject, the name
                    // after it its object; تصريحات داود التي طالب فيها بـ …: a resumptive pronoun after the verb means someone
                    // else, the nearest name before, speaks.
                    if (!Resumptive(doc.Tokens[end]) || clause.NearestSubject(i) is not { } resumed)
                    {
                        i = end;
                        continue;
                    }
                    current = sentenceSpeaker = resumed;
                    i = Words(doc, gazetteer, sentence, end + 1, resumed, cue, quotes ??= QuotesByOpening(doc));
                    continue;
                }
                else if (frame is SpeechFrame.Verb or SpeechFrame.Condemn && clause.RelativeAntecedent(i) is { } antecedent)
                {
                    // A relative clause is an aside: the sentence's speaker goes on after it.
                    i = Words(doc, gazetteer, sentence, j, antecedent, cue, quotes ??= QuotesByOpening(doc));
                    continue;
                }
                else if (frame is SpeechFrame.Verb or SpeechFrame.Charge or SpeechFrame.Condemn && !doc.Tokens[i].Joined && clause.SubjectRightBefore(i) is { } subject)
                    speaker = subject.EntityKey;
                else if (frame is SpeechFrame.Verb or SpeechFrame.Charge or SpeechFrame.Condemn)
                {
                    speaker = clause.NamedAt(ref j, anyActor: frame is SpeechFrame.Verb or SpeechFrame.Condemn);
                    // ووصف التلفزيون الرسمي الإيراني اتهامات نتنياهو بأنها …: a body right after the verb with its own object after it
                    // is the subject (اتهم إيران بـ: the body right before بـ is the object).
                    var k = j;
                    if (speaker is null && frame == SpeechFrame.Charge && clause.NamedAt(ref k, anyActor: true) is { } body
                        && k < sentence.EndToken && doc.Tokens[k] is { IsWord: true } next && cue.Opens(next) == ContentWord.None
                        && !Lexicon.Complementisers.ContainsWithoutConjunction(next) && !next.Split.Preposition)
                        (speaker, j) = (body, k);
                }
                // بينما عبر نظيره الألماني، هايكو ماس، عن مخاوف: a form that is mostly another word (عبر: via) is speech only
                // when its content word follows the speaker at once.
                if (cue.ContentRightAfterSpeaker && !ContentFollows(doc, cue, j, sentence.EndToken)) { i = end; continue; }
                if (speaker is null && !ReportsWithoutSubject(doc, sentence, cue, i, end)) { i = end; continue; }
                // The subject may come first (السعودية وقطر قد نددت …): the nearest actor before the verb in its sentence speaks.
                // A verb joined by و/ف (… وقال، واتهم) shares the subject of the sentence's first verb, not the nearest name.
                speaker ??= sentenceSpeaker ?? (frame == SpeechFrame.Participle ? null : doc.Tokens[i].Joined ? clause.FirstSubject(i) ?? clause.NearestSubject(i)
                    : clause.NearestSubject(i)) ?? (ContinuesSpeaker(doc, sentence, i, frame) ? current : null);
                if (speaker is null) { i = end; continue; }
                current = sentenceSpeaker = speaker;
                // أعلنت فرنسا وألمانيا وبريطانيا أنها …: every actor joined to the speaker by و says it.
                var joined = Conjuncts(doc, ref j, sentence.EndToken, speaker);
                var said = doc.Statements.Count;
                i = Words(doc, gazetteer, sentence, j, speaker, cue, quotes ??= QuotesByOpening(doc));
                if (joined is not null && doc.Statements.Count == said + 1)
                    foreach (var also in joined) doc.Statements.Add(doc.Statements[said] with { SpeakerKey = also });
            }
        }
        AssignSources(doc, gazetteer);
        AssignModality(doc, gazetteer);
    }

    /// <summary>"According to X" without a quotation: the clause before it (انفجرت طائرتان …، بحسب وزير الإعلام) or, when it
    /// opens the sentence, the clause after its comma (ووفقا لزعيم الحزب …، فإن حكومة …) is what X said.</summary>
    private static void Attributed(Document doc, Gazetteer gazetteer, Sentence sentence, int phrase, int after, string speaker)
    {
        var first = sentence.FirstToken;
        while (first < phrase && !doc.Tokens[first].IsWord) first++;
        if (phrase > first && doc.Tokens[phrase - 1].Is(','))
        {
            if (WordCount(doc, first, phrase - 1) >= 3 && !Covered(doc, first, phrase - 1))
                Add(doc, first, phrase - 1, speaker, StatementKind.Paraphrase, sentence);
            return;
        }
        if (phrase != first) return;
        var comma = after;
        while (comma < sentence.EndToken && comma - after < 12 && !doc.Tokens[comma].Is(',')) comma++;
        if (comma >= sentence.EndToken || !doc.Tokens[comma].Is(',')) return;
        var start = comma + 1;
        var end = ParaphraseEnd(doc, gazetteer, sentence, start);
        if (WordCount(doc, start, end) >= 3 && !Covered(doc, start, end)) Add(doc, start, end, speaker, StatementKind.Paraphrase, sentence);
    }

    /// <summary>Whether a statement already overlaps [from, end).</summary>
    private static bool Covered(Document doc, int from, int end)
    {
        foreach (var st in doc.Statements)
            if (st.FirstToken < end && from < st.EndToken) return true;
        return false;
    }

    /// <summary>Whether a verb with no subject of its own continues the current speaker: a participle, a verb joined by و/ف,
    /// or one that opens its sentence or follows a comma. After other words (مجلس الوزراء السعودي يشدد على …) the subject is
    /// a noun phrase the steps did not resolve, not the last speaker.</summary>
    private static bool ContinuesSpeaker(Document doc, Sentence sentence, int verb, SpeechFrame frame)
    {
        if (frame == SpeechFrame.Participle || doc.Tokens[verb].Joined) return true;
        if (verb == sentence.FirstToken || !doc.Tokens[verb - 1].IsWord) return true;
        // A sentence that opens on a particle or a preposition (لكن الرئيس أضاف، بيد أنه أضاف، وفي تغريدة … قال) has not
        // named a subject of its own; one that opens on a noun has.
        var first = sentence.FirstToken;
        while (first < verb && !doc.Tokens[first].IsWord) first++;
        // بيد أن مؤسس المنتدى قال، إلا أن الخبراء يرون: after a bare أن the noun is the verb's own subject (أنه would be the speaker).
        for (var k = first; k < verb - 1; k++)
            if (doc.Tokens[k].WithoutConjunction is "ان" && doc.RefAt[k + 1] is null) return false;
        var t = doc.Tokens[first];
        return Lexicon.Prepositions.ContainsWithoutConjunction(t) || Lexicon.SentenceParticles.ContainsWithoutConjunction(t) || t.Split.Preposition;
    }

    private static int WordCount(Document doc, int from, int end)
    {
        var n = 0;
        for (var k = from; k < end; k++)
            if (doc.Tokens[k].IsWord) n++;
        return n;
    }

    /// <summary>A verb with no named subject continues the current speaker only when words, a quote or a preposition follow
    /// it (وأضاف أن، وتابع:، وأشار إلى) — not a noun that is its real, unnamed subject (ويرى الكثير من المحللين).</summary>
    private static bool Continues(Document doc, int next, int limit)
    {
        if (next >= limit) return false;
        var t = doc.Tokens[next];
        if (!t.IsWord) return t.Folded is "«" or "\"" or "“" or ":" or ",";
        return Lexicon.ContinuationStarts.ContainsWithoutConjunction(t);
    }

    /// <summary>The actors of the speaker's kind joined to it by و right at <paramref name="j"/> (فرنسا وألمانيا وبريطانيا),
    /// moving <paramref name="j"/> past them; null when there are none.</summary>
    private static List<string>? Conjuncts(Document doc, ref int j, int limit, string speaker)
    {
        List<string>? joined = null;
        var type = doc.TypeOf(speaker);
        while (j < limit && doc.RefAt[j] is { Actor: true, Kind: "name" } r && r.FirstToken == j && r.Clitic > 0
               && doc.Tokens[j].Folded[0] == 'و' && r.EntityKey.Length > 0 && r.EntityKey != speaker && doc.TypeOf(r.EntityKey) == type)
        {
            (joined ??= []).Add(r.EntityKey);
            j = r.EndToken;
        }
        return joined;
    }

    private static bool Resumptive(Token t) => t.WithoutConjunction is "فيه" or "فيها" or "فيهم" or "به" or "بها" or "عنه" or "عنها";

    /// <summary>Whether a speech verb whose speaker is not named after it still reports words, to be given to a subject before
    /// it or to the current speaker: words, a quote or a preposition follow it (<see cref="Continues"/>); its own content word
    /// right after it (لكنه حذر من …); a clause that goes on with the same subject and the verb's content word after its object
    /// (واصفا الملاحظات بأنها …، ودعا الشعب إلى …); وهو ما + a verb taking what was said as its object; a charge or condemnation
    /// with an actor right after it.</summary>
    private static bool ReportsWithoutSubject(Document doc, Sentence sentence, SpeechCue cue, int verb, int end)
    {
        var limit = sentence.EndToken;
        return Continues(doc, end, limit)
            || end < limit && cue.Opens(doc.Tokens[end]) == ContentWord.Separate
            || OpensClause(doc, sentence, verb, cue.Frame) && ContentWithin(doc, cue, end, limit)
            || cue.TakesObject && WhatIt(doc, sentence, verb)
            || cue.Frame is SpeechFrame.Charge or SpeechFrame.Condemn && end < limit && doc.RefAt[end] is not null;
    }

    /// <summary>Whether a verb with no subject of its own begins a clause that goes on with the same subject: a participle, a
    /// verb joined by و, or one after فيما، بينما، لكنه (فيما حذر الدول الإفريقية من …).</summary>
    private static bool OpensClause(Document doc, Sentence sentence, int verb, SpeechFrame frame) =>
        frame == SpeechFrame.Participle || doc.Tokens[verb].Joined || WhatIt(doc, sentence, verb)
        || verb > sentence.FirstToken && (Lexicon.ClauseBreaks.Contains(doc.Tokens[verb - 1]) || doc.Tokens[verb - 1].WithoutConjunction is "لكنه" or "لكنها" or "كما");

    /// <summary>وهو ما اعتبرته …: "which it called": the verb's subject is the sentence's, its object what was said.</summary>
    private static bool WhatIt(Document doc, Sentence sentence, int verb) =>
        verb - 2 >= sentence.FirstToken && doc.Tokens[verb - 1].Folded == "ما" && doc.Tokens[verb - 2].WithoutConjunction is "هو" or "هي";

    private static bool ContentWithin(Document doc, SpeechCue cue, int k, int limit)
    {
        for (var start = k; k < limit && k - start < 6 && doc.Tokens[k].IsWord; k++)
            if (cue.Opens(doc.Tokens[k]) != ContentWord.None) return true;
        return false;
    }

    private static bool ContentFollows(Document doc, SpeechCue cue, int k, int limit)
    {
        // The speaker's name may follow its title, set off by commas (نظيره الألماني، هايكو ماس، عن).
        for (var start = k; k < limit && k - start < 8 && (doc.Tokens[k].Is(',') || doc.RefAt[k] is not null); k++) { }
        return k < limit && cue.Opens(doc.Tokens[k]) == ContentWord.Separate;
    }

    /// <summary>How many straight or closing curly quotation marks stand in [from, end).</summary>
    private static int QuoteMarks(Document doc, int from, int end)
    {
        var n = 0;
        for (var k = from; k < end; k++)
            if (doc.Tokens[k].Folded is "\"" or "“" or "”") n++;
        return n;
    }

    private static bool IsNameQuote(Document doc, (int Open, int Close) quote) =>
        doc.RefAt[quote.Open + 1] is { } r && r.EndToken >= quote.Close
        || quote.Close - quote.Open <= 3 && quote.Open > 0 && doc.Tokens[quote.Open - 1].Folded is "مجله" or "صحيفه" or "وكاله" or "مركز" or "قناه" or "كتاب";

    private static bool SameText(Document doc, int a0, int a1, int b0, int b1) =>
        a1 - a0 == b1 - b0 && doc.Text.AsSpan(doc.Tokens[a0].Start, doc.Tokens[a1 - 1].End - doc.Tokens[a0].Start)
            .SequenceEqual(doc.Text.AsSpan(doc.Tokens[b0].Start, doc.Tokens[b1 - 1].End - doc.Tokens[b0].Start));

    /// <summary>Whether <paramref name="speaker"/> already has a statement with these words (a repeated headline or quote).</summary>
    private static bool Said(Document doc, string speaker, int start, int end)
    {
        foreach (var s in doc.Statements)
            if (s.SpeakerKey == speaker && SameText(doc, s.FirstToken, s.EndToken, start, end)) return true;
        return false;
    }

    /// <summary>The first reference among the sentence's first three tokens, if any.</summary>
    private static EntityRef? Opener(Document doc, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.FirstToken + Math.Min(3, sentence.EndToken - sentence.FirstToken); k++)
            if (doc.RefAt[k] is { } r) return r;
        return null;
    }

    /// <summary>The last quotation of the sentence that closes one or two tokens before <paramref name="token"/>, or (0, 0).</summary>
    private static (int Open, int Close) QuoteClosingBefore(Document doc, int token, Sentence sentence)
    {
        (int Open, int Close) found = default;
        foreach (var q in doc.Quotes)
            if (q.Close < token && q.Close >= token - 2 && doc.Tokens[q.Open].Sentence == sentence.Index) found = q;
        return found;
    }

    private static bool InsideQuote(Document doc, int token)
    {
        foreach (var q in doc.Quotes)
            if (q.Open < token && token < q.Close) return true;
        return false;
    }

    /// <summary>The quotations by the token they open at (the first listed, where two open at one).</summary>
    private static Dictionary<int, (int Open, int Close)> QuotesByOpening(Document doc)
    {
        var byOpening = new Dictionary<int, (int Open, int Close)>(doc.Quotes.Count);
        foreach (var q in doc.Quotes) byOpening.TryAdd(q.Open, q);
        return byOpening;
    }

}
