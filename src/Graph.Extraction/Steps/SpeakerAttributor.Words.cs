using Graph.Core;

namespace Graph.Extraction;

/// <summary>Where the words a speech verb reports begin and end: a quotation, the clause after إن/أن or the verb's content
/// word, or its object; up to the next speech verb, adverbial participle, clause break or outlet.</summary>
public static partial class SpeakerAttributor
{
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
            // وقال رئيس الوزراء إدوار فيليب، الذي أدان "الصور الصادمة"، إن …: a relative clause about the speaker says nothing.
            if (t.Is(',') && k + 1 < sentence.EndToken && doc.Tokens[k + 1].WithoutConjunction is "الذي" or "التي" or "الذين")
            {
                var close = k + 2;
                while (close < sentence.EndToken && close - k < 25 && !doc.Tokens[close].Is(',')) close++;
                if (close < sentence.EndToken && doc.Tokens[close].Is(','))
                {
                    // … فيليب، الذي أدان "الصور الصادمة"، إن …: what the relative clause's own speech verb says is the speaker's too.
                    if (gazetteer.Speech.Match(doc.Tokens, k + 2, close) is { Preposition: false } inner && inner.Value.Frame is SpeechFrame.Verb or SpeechFrame.Condemn)
                        Words(doc, gazetteer, sentence with { EndToken = close }, inner.End, speaker, inner.Value, quotes);
                    k = close;
                    continue;
                }
            }
            // The next speech verb ends the words, but not عبر, which is mostly "via" (… عبر تويتر "بضبط النفس").
            if (k > from && gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is { Preposition: false, Value.ContentRightAfterSpeaker: false }) return k;
            if (quotes.GetValueOrDefault(k) is { Close: > 0 } quote && !IsNameQuote(doc, quote))
            {
                Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
                return quote.Close + 1;
            }
            // The verb's own content word, close to it (دعا … إلى، أعرب عن، طالب بإنهاء): the words begin after it, or at it when
            // the preposition is attached; a complementiser right after it (أشار إلى أن) begins them instead.
            // نددت بشدة بـ …: an adverb with ب is how it was said, not what.
            var content = k - from <= 8 && doc.RefAt[k] is null && !Lexicon.Adverbs.ContainsWithoutConjunction(t) ? cue.Opens(t) : ContentWord.None;
            if (content == ContentWord.Separate && k + 1 < sentence.EndToken)
            {
                var after = doc.Tokens[k + 1];
                if (after.IsWord && Lexicon.Complementisers.ContainsWithoutConjunction(after)) continue;
                // أعرب عن يقينه التام بأن …، عبر عن مخاوف من أن …: a complementiser a few words on begins the words.
                if (ComplementiserSoon(doc, k + 1, sentence.EndToken) is { } soon)
                {
                    k = soon - 1;
                    continue;
                }
                // أعربت موسكو عن "خيبة أملها العميقة" لقرار …: after a content word the quotation is what was said.
                if (quotes.GetValueOrDefault(k + 1) is { Close: > 0 } q1 && !IsNameQuote(doc, q1))
                    return Quoted(doc, sentence, q1, speaker);
                var end1 = ParaphraseEnd(doc, gazetteer, sentence, k + 1);
                // أعرب عن أسفه قائلا «…»: one noun is the act of speaking, not what was said.
                if (WordCount(doc, k + 1, end1) >= 2) Add(doc, k + 1, end1, speaker, StatementKind.Paraphrase, sentence);
                return end1;
            }
            // وصفه بأنه "برج من الهلام": an attached بأن opening a quotation reports the quotation, as إن does.
            if (t.IsWord && Lexicon.Complementisers.ContainsWithoutConjunction(t) && k + 1 < sentence.EndToken
                && quotes.GetValueOrDefault(k + 1) is { Close: > 0 } q0 && !IsNameQuote(doc, q0))
                return QuoteOrParaphrase(doc, gazetteer, sentence, k, q0, speaker);
            var isCharge = content == ContentWord.Attached;
            if (t.IsWord && (frame is not (SpeechFrame.Charge or SpeechFrame.Condemn) && Lexicon.Complementisers.ContainsWithoutConjunction(t) || isCharge))
            {
                var start = k;
                var next = k + 1;
                if (next < sentence.EndToken && !isCharge && quotes.GetValueOrDefault(next) is { Close: > 0 } q2)
                    return QuoteOrParaphrase(doc, gazetteer, sentence, start, q2, speaker);
                // نددت بـ«العقوبات غير القانونية» التي …: a quotation right after the attached بـ is read as after إن; after a word
                // (توعد طهران بمشاكل "أكبر بكثير") the quotation alone is what was said.
                if (isCharge && next < sentence.EndToken && quotes.GetValueOrDefault(next) is { Close: > 0 } q3 && !IsNameQuote(doc, q3))
                    return t.WithoutConjunction.Length == 1 ? QuoteOrParaphrase(doc, gazetteer, sentence, start, q3, speaker) : Quoted(doc, sentence, q3, speaker);
                var end = ParaphraseEnd(doc, gazetteer, sentence, k + 1);
                Add(doc, start, end, speaker, StatementKind.Paraphrase, sentence);
                return end;
            }
        }
        return sentence.EndToken;
    }

    /// <summary>Whether a clause opening at <paramref name="k"/> (after a comma) is a new act of speech: one or two particle words
    /// (لكنه، فيما، بينما، وهو ما) and a speech verb.</summary>
    private static bool NewClauseVerb(Document doc, Gazetteer gazetteer, int k, int end)
    {
        for (var n = 0; n < 2 && k < end && doc.Tokens[k].IsWord; n++, k++)
        {
            var w = doc.Tokens[k].WithoutConjunction;
            if (!(Lexicon.ClauseBreaks.Contains(doc.Tokens[k]) || w is "لكنه" or "لكنها" or "لكن" or "هو" or "هي" or "ما")) return false;
            if (w is not ("هو" or "هي") && k + 1 < end && gazetteer.Speech.Match(doc.Tokens, k + 1, end) is { Preposition: false, Value.ContentRightAfterSpeaker: false })
                return true;
        }
        return false;
    }

    /// <summary>A complementiser (أن، بأن) within three plain words from <paramref name="from"/> (يقينه التام بأن، مخاوف من أن).</summary>
    private static int? ComplementiserSoon(Document doc, int from, int limit)
    {
        for (var k = from + 1; k < limit && k - from <= 3; k++)
        {
            var t = doc.Tokens[k];
            if (!t.IsWord || doc.RefAt[k] is not null) return null;
            if (Lexicon.Complementisers.ContainsWithoutConjunction(t)) return t.Folded[0] == 'و' ? null : k;
        }
        return null;
    }

    /// <summary>A quotation right after إن/أن or a content word: the quoted words, or, when the clause goes on after the closing
    /// mark (أنه "لا شك" لديه في أن …), the reported words from <paramref name="start"/> to the clause's end. A و-joined
    /// complementiser after the quotation (… "الأمور تسير بصورة جيدة" وإن …) starts the next reported clause.</summary>
    private static int QuoteOrParaphrase(Document doc, Gazetteer gazetteer, Sentence sentence, int start, (int Open, int Close) quote, string speaker)
    {
        var after = quote.Close + 1;
        // أنه "من السخف تماما" أن يبدو …: a complementiser without و after the quotation goes on with the same clause.
        if (after < sentence.EndToken && doc.Tokens[after] is { IsWord: true } next
            && !(Lexicon.Complementisers.ContainsWithoutConjunction(next) && next.Folded[0] is 'و' or 'ف')
            && gazetteer.Speech.Match(doc.Tokens, after, sentence.EndToken) is null && !Lexicon.ClauseBreaks.ContainsWithoutConjunction(next))
        {
            var end = ParaphraseEnd(doc, gazetteer, sentence, after);
            Add(doc, start, end, speaker, StatementKind.Paraphrase, sentence);
            return end;
        }
        after = Quoted(doc, sentence, quote, speaker);
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

    /// <summary>Adds a quotation, and the quotations chained to it by a comma or a conjunction (إن "…"، لكن "…"); returns
    /// where to go on.</summary>
    private static int Quoted(Document doc, Sentence sentence, (int Open, int Close) quote, string speaker)
    {
        while (true)
        {
            Add(doc, quote.Open + 1, quote.Close, speaker, StatementKind.Quote, sentence);
            var k = quote.Close + 1;
            while (k < sentence.EndToken && k - quote.Close <= 3 && (doc.Tokens[k].Is(',') || doc.Tokens[k].WithoutConjunction is "لكن" or "ولكن" or "و"))
                k++;
            if (k == quote.Close + 1 || k >= sentence.EndToken || !doc.Tokens[k].Folded.StartsWith('"') && doc.Tokens[k].Folded is not ("«" or "“"))
                return quote.Close + 1;
            var next = doc.Quotes.FindIndex(q => q.Open == k);
            if (next < 0) return quote.Close + 1;
            quote = doc.Quotes[next];
        }
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
        // أعلنت الولايات المتحدة وست دول خليجية …: a number joined by و goes on the subject, it says nothing.
        if (t.IsWord && t.Folded[0] == 'و' && Lexicon.Numbers.ContainsWithoutConjunction(t)) return null;
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

    /// <summary>Whether the words at <paramref name="k"/> say where or how something was said: في تصريحات، في بيان،
    /// خلال مؤتمر صحفي، وذلك في …</summary>
    private static bool SpeechSetting(Document doc, int k, int end)
    {
        var t = doc.Tokens[k];
        if (t.Folded == "وذلك") return true;
        return t.WithoutConjunction is "في" or "خلال" && k + 1 < end && Lexicon.SpeechSettings.Contains(doc.Tokens[k + 1]);
    }

    private static int ParaphraseEnd(Document doc, Gazetteer gazetteer, Sentence sentence, int from)
    {
        var end = sentence.EndToken;
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is { Preposition: false, Value.Frame: SpeechFrame.Participle or SpeechFrame.Attribution }
                || Lexicon.ClauseBreaks.Contains(doc.Tokens[k])
                // … فك الحصار في تصريحات جاءت …، وذلك في تغريدة: where and how it was said is not what was said.
                || SpeechSetting(doc, k, sentence.EndToken)
                || doc.Tokens[k].Folded[0] == 'و' && gazetteer.Speech.Match(doc.Tokens, k, sentence.EndToken) is not null
                // …، لكنه وصفه بأنه …، فيما أكد …، وهو ما اعتبرته …: a new clause with a speech verb of its own.
                || doc.Tokens[k].Is(',') && NewClauseVerb(doc, gazetteer, k + 1, end)
                // …، الملك سلمان، الذي نفى …: a relative clause with a speech verb of its own has another speaker.
                || doc.Tokens[k].Is(',') && k + 2 < end && doc.Tokens[k + 1].WithoutConjunction is "الذي" or "التي"
                   && gazetteer.Speech.Match(doc.Tokens, k + 2, end) is { Preposition: false }
                || doc.Tokens[k].Is(',') && k + 1 < end && gazetteer.Sources.Match(doc.Tokens, k + 1, end) is { } source && NamesOutlet(doc, source.End, end)
                // …، محذرة طوكيو من …: an adverbial participle after a comma starts the speaker's next act.
                || doc.Tokens[k].Is(',') && k + 1 < end && gazetteer.Cues.Match(doc.Tokens, k + 1, end) is { } cue && cue.Value.Exists(c => c.Frame == CueFrame.Participle))
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
}
