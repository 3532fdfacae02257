using Graph.Core;

namespace Graph.Extraction;

/// <summary>The arguments a cue's clause gives beyond its first subject and object: actors joined by و, the members of a
/// body, a reception's host, a passive's agent, and where the clause and its direct objects end.</summary>
public static partial class RelationDetector
{
    /// <summary>The actors joined to <paramref name="subject"/> by و right before it (its mention nearest before the cue), in a row.</summary>
    private static List<string> Conjuncts(Document doc, Clause clause, string subject, int cue)
    {
        var conjuncts = new List<string>();
        EntityRef? mention = null;
        foreach (var a in clause.Actors)
            if (a.EntityKey == subject && a.EndToken <= cue && cue - a.EndToken <= 3) mention = a;
        if (mention is null)
        {
            // The subject after the verb (دعت قطر ومصر …): the actors joined to it after it.
            var after = clause.FirstAfter(cue + 1, 4, subject, static (a, subject) => a.EntityKey == subject);
            while (after is not null && NextConjunct(doc, clause, after) is { } joined && joined.EntityKey != subject)
            {
                conjuncts.Add(joined.EntityKey);
                after = joined;
            }
            return conjuncts;
        }
        while (mention is not null && doc.Tokens[mention.FirstToken].Folded.StartsWith('و') && mention.Clitic > 0)
        {
            EntityRef? previous = null;
            foreach (var a in clause.Actors)
                if (a.EndToken == mention.FirstToken && a.Kind == "name") previous = a;
            if (previous is null || previous.EntityKey == subject) break;
            conjuncts.Add(previous.EntityKey);
            mention = previous;
        }
        return conjuncts;
    }

    /// <summary>وكان في استقبال الرئيس الصيني …، نائب رئيس الدولة الشيخ محمد بن راشد: the visitor right after the cue met the
    /// first person named after them in the sentence (and, through the object's conjuncts, those joined to that host).</summary>
    private static (string?, string?) Reception(Document doc, Clause clause, int end)
    {
        if (clause.FirstAfter(end, 2) is not { } visitor) return (null, null);
        var host = clause.FirstAfter(visitor.EndToken, 40, (visitor.EntityKey, doc, clause),
            static (a, s) => a.EntityKey != s.EntityKey && s.doc.TypeOf(a.EntityKey) == EntityType.Person && !s.clause.Prepositional(a));
        return (visitor.EntityKey, host?.EntityKey);
    }

    /// <summary>مجموعة … التي تضم السعودية والبحرين: the members named after the verb belong to the body named before it.</summary>
    private static (string?, string?) Includes(Document doc, Clause clause, int cue, int end)
    {
        if (clause.LastBefore(cue) is not { } body || doc.TypeOf(body.EntityKey) is not (EntityType.Organization or EntityType.Bloc)) return (null, null);
        var member = clause.SubjectAfter(end, 3);
        return member is null || doc.TypeOf(member.EntityKey) is not (EntityType.Country or EntityType.Organization) ? (null, null) : (member.EntityKey, body.EntityKey);
    }

    /// <summary>The actors joined by و to the object's first mention after the cue (تشاد وجيبوتي وكينيا), in a row.</summary>
    private static List<string> ObjectConjuncts(Document doc, Clause clause, string obj, int cue)
    {
        var joined = new List<string>();
        var mention = clause.FirstAfter(cue, 15, obj, static (a, obj) => a.EntityKey == obj);
        while (mention is not null && NextConjunct(doc, clause, mention) is { } next && next.EntityKey != obj)
        {
            if (!joined.Contains(next.EntityKey)) joined.Add(next.EntityKey);
            mention = next;
        }
        // عقوبات على قادة حزب الله من بينهم الأمين العام حسن نصر الله: the ones named among the object are acted upon too.
        if (mention is not null)
            foreach (var member in Among(doc, clause, mention.EndToken))
                if (member != obj && !joined.Contains(member)) joined.Add(member);
        return joined;
    }

    /// <summary>The actors named after "among them" (من بينهم، بينهم، منهم) within three words of <paramref name="from"/>, with
    /// the ones joined to them by و.</summary>
    private static IEnumerable<string> Among(Document doc, Clause clause, int from)
    {
        var limit = clause.Sentence.EndToken;
        var k = from;
        while (k < limit && k - from < 3 && doc.Tokens[k].WithoutConjunction is not ("بينهم" or "منهم" or "بينها" or "منها")) k++;
        if (k >= limit || k - from >= 3) yield break;
        var first = clause.FirstAfter(k + 1, 5);
        for (var m = first; m is not null; m = NextConjunct(doc, clause, m)) yield return m.EntityKey;
    }

    /// <summary>The actor named right after <paramref name="mention"/> with و in front (قطر ومصر), if any.</summary>
    private static EntityRef? NextConjunct(Document doc, Clause clause, EntityRef mention)
    {
        foreach (var a in clause.Actors)
            if (a.FirstToken == mention.EndToken && doc.Tokens[a.FirstToken].Folded[0] == 'و'
                && (a.Kind == "name" && a.Clitic > 0 || a.Kind == "title" && doc.Tokens[a.FirstToken].Joined)) return a;
        return null;
    }

    /// <summary>Where the clause that starts at <paramref name="from"/> ends: at a comma, unless the comma opens a short
    /// aside with no actor in it (، اليوم الثلاثاء،) that the clause goes on after.</summary>
    private static int ClauseEnd(Document doc, Clause clause, int from)
    {
        var end = clause.Sentence.EndToken;
        var k = from;
        while (k < end)
        {
            if (!doc.Tokens[k].Is(',')) { k++; continue; }
            var next = k + 1;
            while (next < end && next - k <= 4 && !doc.Tokens[next].Is(',') && doc.RefAt[next] is null) next++;
            if (next < end && next - k <= 4 && doc.Tokens[next].Is(',')) { k = next + 1; continue; }
            return k;
        }
        return end;
    }

    /// <summary>The actor right after من قبل (by) in the cue's clause: the agent of a passive.</summary>
    private static string? Agent(Document doc, Clause clause, int from)
    {
        var end = ClauseEnd(doc, clause, from);
        for (var k = from; k + 2 < end + 1 && k + 1 < end; k++)
            if (doc.Tokens[k].Folded == "من" && doc.Tokens[k + 1].Folded == "قبل" && k + 2 < end && doc.RefAt[k + 2] is { EntityKey.Length: > 0 } agent
                && agent.FirstToken == k + 2 && clause.Actors.Contains(agent))
                return agent.EntityKey;
        return null;
    }

    /// <summary>The first token in [from, end) that is a preposition, a word of its own or attached (إلى، على، بالهدوء), or end.</summary>
    private static int FirstPreposition(Document doc, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            var t = doc.Tokens[k];
            if (!t.IsWord || doc.RefAt[k] is not null || !(Lexicon.Prepositions.ContainsWithoutConjunction(t) || t.Split.Preposition)) continue;
            // أدانت الوزارة في بيان الغارات الإسرائيلية: "in a statement" is said of the act, not its object.
            if (t.WithoutConjunction is "في" or "خلال" && k + 1 < end && doc.Tokens[k + 1].IsWord && doc.RefAt[k + 1] is null) { k++; continue; }
            return k;
        }
        return end;
    }
}
