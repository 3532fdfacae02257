using Graph.Core;

namespace Graph.Extraction;

/// <summary>Statements beyond a verb: a headline line <c>Speaker: words</c>, the outlet that reported a sentence's
/// statements, and each statement's modality.</summary>
public static partial class SpeakerAttributor
{
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
                var negated = false;
                for (var j = k; j < verb.End && !negated; j++) negated = Lexicon.Negators.ContainsWithoutConjunction(doc.Tokens[j]);
                doc.Statements[s] = st with { Modality = negated ? Modality.Negated : RelationDetector.ModalityAt(doc, k) };
                break;
            }
        }
    }

    /// <summary>A line <c>Speaker: words</c> whose speaker part is a short reference (a headline or a list item).</summary>
    private static FoundStatement? Headline(Document doc, Sentence sentence, Gazetteer gazetteer)
    {
        var first = sentence.FirstToken;
        // Inside a paragraph only a name, a colon and a quotation (… . ماكرون: "أحسنتم!") is such a line.
        var inside = first > 0 && doc.Tokens[first - 1].Paragraph == doc.Tokens[first].Paragraph;
        while (first < sentence.EndToken && !doc.Tokens[first].IsWord) first++;
        var colon = first;
        while (colon < sentence.EndToken && colon - first <= 6 && !doc.Tokens[colon].Is(':')) colon++;
        if (colon >= sentence.EndToken || !doc.Tokens[colon].Is(':') || colon == first) return null;
        var quoted = colon + 1 < sentence.EndToken && doc.Tokens[colon + 1].Folded is "\"" or "«" or "“";
        if (inside && !(quoted && doc.RefAt[first] is { } named && named.EndToken == colon)) return null;
        for (var k = first; k < colon; k++)
            if (gazetteer.Speech.Match(doc.Tokens, k, colon) is not null) return null;
        // The references before the colon (each once, null for a word none covers), in order.
        var refs = new List<EntityRef?>(colon - first);
        for (var k = first; k < colon; k++)
            if (!refs.Contains(doc.RefAt[k])) refs.Add(doc.RefAt[k]);
        var unnamed = refs.Contains(null);
        if (unnamed && refs.Count == 1 || unnamed && refs.Count > 2) return null;
        string? speaker = null;
        foreach (var r in refs)
            if (r is { Actor: true } && r.EntityKey.Length > 0) { speaker = r.EntityKey; break; }
        if (speaker is null) return null;
        var start = colon + 1;
        var end = sentence.EndToken;
        while (start < end && !doc.Tokens[start].IsWord) start++;
        while (end > start && !doc.Tokens[end - 1].IsWord) end--;
        if (end - start < (quoted ? 1 : 3) || doc.Tokens[end - 1].Paragraph != doc.Tokens[colon].Paragraph) return null;
        return new FoundStatement(start, end, speaker, StatementKind.Quote, sentence.Index, true, null);
    }

    private static void Add(Document doc, int start, int end, string speaker, StatementKind kind, Sentence sentence)
    {
        if (end <= start || doc.Statements.Exists(s => s.FirstToken == start && s.EndToken == end)) return;
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
        var tables = doc.TokenTables;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!gazetteer.Sources.MayBegin(tables[k]) || gazetteer.Sources.Match(doc.Tokens, k, sentence.EndToken) is not { } m) continue;
            var j = m.End;
            while (j < sentence.EndToken && j - m.End < 4 && doc.RefAt[j] is null) j++;
            if (j < sentence.EndToken && doc.RefAt[j] is { } r && doc.TypeOf(r.EntityKey) == EntityType.Organization) return r.EntityKey;
        }
        return null;
    }
}
