using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: who said what. A speech verb (قال، أضاف، أكد، أشار إلى …) takes its speaker from the name or title after it,
/// or, with no subject (وأضاف، وتابع), from the current speaker; its words are the quotation that follows or the
/// reported clause after إن/أن. Participles (قائلا، مشيرا إلى أن) continue the current speaker; "according to X"
/// after a quotation names its speaker; a headline line <c>Speaker: words</c> is a statement too.
/// Needs references and quotes; adds statements and sets each one's reporting outlet.</summary>
public static class SpeakerAttributor
{

    public static void Run(Document doc, Gazetteer gazetteer)
    {
        string? current = null;
        Dictionary<int, (int Open, int Close)>? quotes = null;
        foreach (var sentence in doc.Sentences)
        {
            if (Headline(doc, sentence, gazetteer) is { } headline)
            {
                // A headline repeated in a list of related articles is one statement, not two.
                if (!Said(doc, headline.SpeakerKey!, headline.FirstToken, headline.EndToken)) doc.Statements.Add(headline);
                continue;
            }
            string? sentenceSpeaker = null;
            // A sentence that opens on a person (ودافع الوزير الصيني …) makes them the one later verbs without a subject continue.
            if (Opener(doc, sentence) is { Preposition: false } opener && opener.EntityKey.Length > 0 && doc.TypeOf(opener.EntityKey) == EntityType.Person)
                current = opener.EntityKey;
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var m = gazetteer.Speech.Match(doc.Tokens, i, sentence.EndToken);
                // بحذر is "with caution", not حذر: a speech verb carries no preposition.
                if (m is null || m.Value.Preposition || InsideQuote(doc, i)) { i++; continue; }
                var (cue, end) = (m.Value.Value, m.Value.End);
                var frame = cue.Frame;
                string? speaker = null;
                var j = end;
                if (frame == "attribution")
                {
                    var quote = QuoteClosingBefore(doc, i, sentence);
                    speaker = NextActor(doc, ref j, sentence.EndToken, allowObject: true);
                    if (speaker is not null && quote.Close > 0) Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
                    if (speaker is not null) current = sentenceSpeaker = speaker;
                    i = j;
                    continue;
                }
                // Subject first (ألمانيا تطالب إسرائيل بضبط النفس): the actor after the verb is its object, not its speaker.
                if (frame is "verb" or "charge" or "condemn" && !doc.Tokens[i].Joined
                    && new Clause(doc, sentence, gazetteer).SubjectRightBefore(i) is { } subject)
                    speaker = subject.EntityKey;
                else if (frame is "verb" or "charge" or "condemn")
                    speaker = NextActor(doc, ref j, sentence.EndToken, allowObject: frame is "verb" or "condemn");
                if (speaker is null && !Continues(doc, end, sentence.EndToken) && !(frame is "charge" or "condemn" && end < sentence.EndToken && doc.RefAt[end] is not null))
                { i = end; continue; }
                // The subject may come first (السعودية وقطر قد نددت …): the nearest actor before the verb in its sentence speaks.
                // A verb joined by و/ف (… وقال، واتهم) shares the subject of the sentence's first verb, not the nearest name.
                speaker ??= sentenceSpeaker ?? (frame == "participle" ? null : doc.Tokens[i].Joined ? FirstSubject(doc, sentence, i) ?? ActorBefore(doc, sentence, i)
                    : ActorBefore(doc, sentence, i)) ?? (ContinuesSpeaker(doc, sentence, i, frame) ? current : null);
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

    /// <summary>A statement's modality is its speech verb's (لم يقل، لن يقول، سيقول …): the nearest speech verb in the few words
    /// before it; a denial (نفى أن) right before the words negates them too.</summary>
    private static void AssignModality(Document doc, Gazetteer gazetteer)
    {
        for (var s = 0; s < doc.Statements.Count; s++)
        {
            var st = doc.Statements[s];
            var sentenceStart = doc.Sentences[st.Sentence].FirstToken;
            for (var k = st.FirstToken - 1; k >= Math.Max(sentenceStart, st.FirstToken - 6); k--)
            {
                if (Lexicon.Denials.ContainsWithoutConjunction(doc.Tokens[k]))
                {
                    doc.Statements[s] = st with { Modality = Modality.Negated };
                    break;
                }
                if (gazetteer.Speech.Match(doc.Tokens, k, st.FirstToken) is not { } verb) continue;
                // A negated form listed as a phrase (لم يقل) carries its negator inside the match.
                var negated = Enumerable.Range(k, verb.End - k).Any(j => Lexicon.Negators.ContainsWithoutConjunction(doc.Tokens[j]));
                doc.Statements[s] = st with { Modality = negated ? Modality.Negated : RelationDetector.ModalityAt(doc, k) };
                break;
            }
        }
    }

    /// <summary>Finds the words after a speech verb and adds them as a statement; returns where to continue.</summary>
    private static int Words(Document doc, Gazetteer gazetteer, Sentence sentence, int from, string speaker, SpeechCue cue,
        Dictionary<int, (int Open, int Close)> quotes)
    {
        var frame = cue.Frame;
        // أكد الوزير ضرورة الموافقة، نفى تيلرسون ما جاء في التقارير: a verb that takes what was said as its object.
        if (cue.TakesObject && DirectObject(doc, gazetteer, sentence, from, quotes) is { } objectStart)
        {
            var objectEnd = ParaphraseEnd(doc, gazetteer, sentence, objectStart);
            if (WordCount(doc, objectStart, objectEnd) >= 2)
            {
                Add(doc, objectStart, objectEnd, speaker, StatementKind.Paraphrase, sentence);
                return objectEnd;
            }
        }
        for (var k = from; k < sentence.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (k > from && gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is { Preposition: false }) return k;
            if (quotes.GetValueOrDefault(k) is { Close: > 0 } quote && !IsNameQuote(doc, quote))
            {
                Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
                return quote.Close + 1;
            }
            // The verb's own content word, close to it (دعا … إلى، أعرب عن، طالب بإنهاء): the words begin after it, or at it when
            // the preposition is attached; a complementiser right after it (أشار إلى أن) begins them instead.
            var content = k - from <= 8 && doc.RefAt[k] is null ? cue.Opens(t) : ContentWord.None;
            if (content == ContentWord.Separate && k + 1 < sentence.EndToken)
            {
                var after = doc.Tokens[k + 1];
                if (after.IsWord && Lexicon.Complementisers.ContainsWithoutConjunction(after)) continue;
                if (quotes.GetValueOrDefault(k + 1) is { Close: > 0 } q1 && !IsNameQuote(doc, q1))
                    return QuoteOrParaphrase(doc, gazetteer, sentence, k + 1, q1, speaker);
                var end1 = ParaphraseEnd(doc, gazetteer, sentence, k + 1);
                // أعرب عن أسفه قائلا «…»: one noun is the act of speaking, not what was said.
                if (WordCount(doc, k + 1, end1) >= 2) Add(doc, k + 1, end1, speaker, StatementKind.Paraphrase, sentence);
                return end1;
            }
            var isCharge = content == ContentWord.Attached;
            if (t.IsWord && (frame is not ("charge" or "condemn") && Lexicon.Complementisers.ContainsWithoutConjunction(t) || isCharge))
            {
                var start = k;
                var next = k + 1;
                if (next < sentence.EndToken && !isCharge && quotes.GetValueOrDefault(next) is { Close: > 0 } q2)
                    return QuoteOrParaphrase(doc, gazetteer, sentence, start, q2, speaker);
                var end = ParaphraseEnd(doc, gazetteer, sentence, k + 1);
                Add(doc, start, end, speaker, StatementKind.Paraphrase, sentence);
                return end;
            }
        }
        return sentence.EndToken;
    }

    /// <summary>A quotation right after إن/أن or a content word: the quoted words, or, when the clause goes on after the closing
    /// mark (أنه "لا شك" لديه في أن …), the reported words from <paramref name="start"/> to the clause's end. A و-joined
    /// complementiser after the quotation (… "الأمور تسير بصورة جيدة" وإن …) starts the next reported clause.</summary>
    private static int QuoteOrParaphrase(Document doc, Gazetteer gazetteer, Sentence sentence, int start, (int Open, int Close) quote, string speaker)
    {
        var after = quote.Close + 1;
        if (after < sentence.EndToken && doc.Tokens[after] is { IsWord: true } next && !Lexicon.Complementisers.ContainsWithoutConjunction(next)
            && gazetteer.Speech.Match(doc.Tokens, after, sentence.EndToken) is null && !Lexicon.ClauseBreaks.ContainsWithoutConjunction(next))
        {
            var end = ParaphraseEnd(doc, gazetteer, sentence, after);
            Add(doc, start, end, speaker, StatementKind.Paraphrase, sentence);
            return end;
        }
        Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
        // … "الأمور تسير بصورة جيدة" وإن الاستعدادات جارية: the joined complementiser reports another clause.
        if (after < sentence.EndToken && doc.Tokens[after] is { IsWord: true } joined && joined.Folded[0] is 'و' or 'ف'
            && Lexicon.Complementisers.ContainsWithoutConjunction(joined))
        {
            var end = ParaphraseEnd(doc, gazetteer, sentence, after + 1);
            if (WordCount(doc, after + 1, end) >= 2) Add(doc, after, end, speaker, StatementKind.Paraphrase, sentence);
            return end;
        }
        return after;
    }

    /// <summary>Where a verb's object that is what was said begins: the first word after the speaker (past a comma, an adverb
    /// or a day: بانتظام، مجددا، الاثنين), when it is a plain word — not a name, a preposition, إن/أن or a quotation.</summary>
    private static int? DirectObject(Document doc, Gazetteer gazetteer, Sentence sentence, int from, Dictionary<int, (int Open, int Close)> quotes)
    {
        var k = from;
        while (k < sentence.EndToken && k - from < 3 && doc.RefAt[k] is null && (doc.Tokens[k].Is(',') || Lexicon.Adverbs.ContainsWithoutConjunction(doc.Tokens[k])))
            k++;
        if (k >= sentence.EndToken || quotes.ContainsKey(k)) return null;
        var t = doc.Tokens[k];
        if (!t.IsWord || doc.RefAt[k] is not null || t.Split.Preposition || t.Joined || Lexicon.Prepositions.ContainsWithoutConjunction(t)
            || Lexicon.Complementisers.ContainsWithoutConjunction(t) || gazetteer.FunctionWords.Contains(t) && !Lexicon.ObjectStarts.Contains(t)
            || gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is not null || char.IsDigit(t.Folded[0]))
            return null;
        return k;
    }

    /// <summary>An attribution phrase names an outlet when an organisation follows within a few words (حسبما ذكرت وكالة تاس), not "بحسب قوله".</summary>
    private static bool NamesOutlet(Document doc, int from, int end)
    {
        for (var k = from; k < end && k - from < 4; k++)
            if (doc.RefAt[k] is { } r) return doc.TypeOf(r.EntityKey) == EntityType.Organization;
        return false;
    }

    private static int ParaphraseEnd(Document doc, Gazetteer gazetteer, Sentence sentence, int from)
    {
        var end = sentence.EndToken;
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is { Preposition: false, Value.Frame: "participle" or "attribution" }
                || Lexicon.ClauseBreaks.Contains(doc.Tokens[k])
                || doc.Tokens[k].Folded[0] == 'و' && gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is not null
                || doc.Tokens[k].Is(',') && k + 1 < end && gazetteer.Sources.Match(doc.Tokens, k + 1, end) is { } source && NamesOutlet(doc, source.End, end)
                // …، محذرة طوكيو من …: an adverbial participle after a comma starts the speaker's next act.
                || doc.Tokens[k].Is(',') && k + 1 < end && gazetteer.Cues.Match(doc.Tokens, k + 1, end) is { } cue && cue.Value.Exists(c => c.Frame == "participle"))
            {
                end = k;
                break;
            }
        }
        // Trailing punctuation goes, but not the mark that closes a quotation inside the words (… "اختارت طريق المواجهة").
        while (end > from && !doc.Tokens[end - 1].IsWord && !doc.Tokens[end - 1].Is('»') && !doc.Tokens[end - 1].Is(')')
               && !(doc.Tokens[end - 1].Folded is "\"" or "”" && QuoteMarks(doc, from, end - 1) % 2 == 1))
            end--;
        return end;
    }


    /// <summary>Whether a verb with no subject of its own continues the current speaker: a participle, a verb joined by و/ف,
    /// or one that opens its sentence or follows a comma. After other words (مجلس الوزراء السعودي يشدد على …) the subject is
    /// a noun phrase the steps did not resolve, not the last speaker.</summary>
    private static bool ContinuesSpeaker(Document doc, Sentence sentence, int verb, string frame)
    {
        if (frame == "participle" || doc.Tokens[verb].Joined) return true;
        if (verb == sentence.FirstToken || !doc.Tokens[verb - 1].IsWord) return true;
        // A sentence that opens on a particle or a preposition (لكن الرئيس أضاف، بيد أنه أضاف، وفي تغريدة … قال) has not
        // named a subject of its own; one that opens on a noun has.
        var first = sentence.FirstToken;
        while (first < verb && !doc.Tokens[first].IsWord) first++;
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

    /// <summary>The actor named right after a verb (skipping commas and short parentheticals), or null.</summary>
    private static string? NextActor(Document doc, ref int j, int limit, bool allowObject)
    {
        var k = j;
        while (k < limit && k - j < 3 && doc.RefAt[k] is null && (doc.Tokens[k].Is(',') || doc.Tokens[k].Folded is "ايضا" or "مجددا" or "بدوره" or "كذلك"))
            k++;
        if (k >= limit || doc.RefAt[k] is not { Actor: true } r || r.EntityKey.Length == 0) return null;
        if (r.Preposition) return null;
        var type = doc.TypeOf(r.EntityKey);
        if (!allowObject && type != EntityType.Person) return null;
        j = r.EndToken;
        while (j < limit && doc.RefAt[j] == r) j++;
        return r.EntityKey;
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

    /// <summary>The subject of the sentence's first verb, as far as it can be told: the first person the sentence names before
    /// <paramref name="verb"/> (حذر الرئيس الروسي …، وقال), else its first actor of another kind (دعت قطر ومصر …، وأكدتا);
    /// never one behind a preposition, and never a dateline.</summary>
    private static string? FirstSubject(Document doc, Sentence sentence, int verb)
    {
        string? first = null;
        for (var k = sentence.FirstToken; k < verb; k++)
        {
            if (doc.RefAt[k] is not { } r || r.EntityKey.Length == 0 || r.Preposition || r.Kind is "demonym" or "pronoun" || Clause.IsDateline(doc, r)) continue;
            if (r.FirstToken > sentence.FirstToken && Lexicon.Prepositions.ContainsWithoutConjunction(doc.Tokens[r.FirstToken - 1])) continue;
            var type = doc.TypeOf(r.EntityKey);
            if (type == EntityType.Person) return r.EntityKey;
            if (type is EntityType.Country or EntityType.Organization or EntityType.Bloc) first ??= r.EntityKey;
        }
        return first;
    }

    private static string? ActorBefore(Document doc, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.FirstToken; k--)
        {
            if (doc.RefAt[k] is not { } r || r.EntityKey.Length == 0 || r.Preposition || r.Kind is "demonym" or "pronoun") continue;
            if (r.FirstToken > sentence.FirstToken && Lexicon.Prepositions.ContainsWithoutConjunction(doc.Tokens[r.FirstToken - 1])) continue;
            return doc.TypeOf(r.EntityKey) is EntityType.Person or EntityType.Country or EntityType.Organization or EntityType.Bloc ? r.EntityKey : null;
        }
        return null;
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

    /// <summary>A line <c>Speaker: words</c> whose speaker part is a short reference (a headline or a list item).</summary>
    private static FoundStatement? Headline(Document doc, Sentence sentence, Gazetteer gazetteer)
    {
        var first = sentence.FirstToken;
        if (first > 0 && doc.Tokens[first - 1].Paragraph == doc.Tokens[first].Paragraph) return null;
        while (first < sentence.EndToken && !doc.Tokens[first].IsWord) first++;
        var colon = first;
        while (colon < sentence.EndToken && colon - first <= 6 && !doc.Tokens[colon].Is(':')) colon++;
        if (colon >= sentence.EndToken || !doc.Tokens[colon].Is(':') || colon == first) return null;
        for (var k = first; k < colon; k++)
            if (gazetteer.Speech.Match(doc.Tokens, k, colon) is not null) return null;
        var refs = Enumerable.Range(first, colon - first).Select(k => doc.RefAt[k]).Distinct().ToList();
        if (refs.Count(r => r is not null) == 0 || refs.Any(r => r is null) && refs.Count > 2) return null;
        var speaker = refs.FirstOrDefault(r => r is { Actor: true } && r.EntityKey.Length > 0)?.EntityKey;
        if (speaker is null) return null;
        var start = colon + 1;
        var end = sentence.EndToken;
        while (start < end && !doc.Tokens[start].IsWord) start++;
        while (end > start && !doc.Tokens[end - 1].IsWord) end--;
        if (end - start < 3 || doc.Tokens[end - 1].Paragraph != doc.Tokens[colon].Paragraph) return null;
        return new FoundStatement(start, end, speaker, StatementKind.Quote, sentence.Index, true, null);
    }

    private static void Add(Document doc, int start, int end, string speaker, StatementKind kind, Sentence sentence)
    {
        if (end <= start || doc.Statements.Any(s => s.FirstToken == start && s.EndToken == end)) return;
        if (Said(doc, speaker, start, end)) return;
        doc.Statements.Add(new FoundStatement(start, end, speaker, kind, sentence.Index, false, null));
    }

    /// <summary>"according to TASS", "told Izvestia": the outlet named after an attribution phrase reported the statements of its sentence.</summary>
    private static void AssignSources(Document doc, Gazetteer gazetteer)
    {
        // Statements often share a sentence: its outlet is looked for once.
        var outlets = new Dictionary<int, string?>();
        for (var s = 0; s < doc.Statements.Count; s++)
        {
            var st = doc.Statements[s];
            if (!outlets.TryGetValue(st.Sentence, out var outlet)) outlets[st.Sentence] = outlet = Outlet(doc, gazetteer, doc.Sentences[st.Sentence]);
            if (outlet is not null) doc.Statements[s] = st with { SourceKey = outlet };
        }
    }

    /// <summary>The organisation named within a few words after the sentence's first attribution phrase that names one.</summary>
    private static string? Outlet(Document doc, Gazetteer gazetteer, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (gazetteer.Sources.Match(doc.Tokens, k, sentence.EndToken) is not { } m) continue;
            var j = m.End;
            while (j < sentence.EndToken && j - m.End < 4 && doc.RefAt[j] is null) j++;
            if (j < sentence.EndToken && doc.RefAt[j] is { } r && doc.TypeOf(r.EntityKey) == EntityType.Organization) return r.EntityKey;
        }
        return null;
    }
}
