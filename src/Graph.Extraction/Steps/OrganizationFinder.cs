using Graph.Core;

namespace Graph.Extraction;

/// <summary>Step: organisations nobody listed, from a head noun (org_heads.tsv) and the words of its name (شركة أرامكو
/// السعودية، حركة فتح، جامعة القاهرة). At least one word of the name must be more than a definite common noun, so that
/// "the company" or "the movement" alone is not taken for a body. Needs names; adds organisations.</summary>
public static class OrganizationFinder
{
    public static void Run(Document doc, Gazetteer gazetteer)
    {
        var tables = doc.TokenTables;
        foreach (var sentence in doc.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!gazetteer.OrganizationHeads.MayContain(tables[i]) || doc.RefAt[i] is not null) continue;
                var t = doc.Tokens[i];
                if (!t.IsWord || !gazetteer.OrganizationHeads.ContainsStem(t)) continue;
                i = Organization(doc, gazetteer, sentence, i) - 1;
            }
        }
    }

    /// <summary>Where a quoted name of one to four words opening at <paramref name="open"/> closes, or null.</summary>
    private static int? QuotedName(Document doc, int open, int limit)
    {
        for (var k = open + 1; k < limit && k - open <= 5; k++)
        {
            var w = doc.Tokens[k];
            if (w.Folded is "\"" or "»" or "”") return k > open + 1 ? k : null;
            if (!w.IsWord || doc.RefAt[k] is { Kind: "title" }) return null;
        }
        return null;
    }

    /// <summary>The organisation headed by the noun at <paramref name="i"/>, when its name follows; returns where to go on.</summary>
    private static int Organization(Document doc, Gazetteer gazetteer, Sentence sentence, int i)
    {
        var t = doc.Tokens[i];
        var end = i + 1;
        var specific = false;
        // حزب "فرنسا الأبية": the name in quotation marks right after the head of a party or movement (after other heads it is
        // often a description: مؤسسة "خطرة تمامًا").
        var political = t.Split.Stem is "حزب";
        if (political && end + 1 < sentence.EndToken && doc.Tokens[end].Folded is "\"" or "«" or "“" && QuotedName(doc, end, sentence.EndToken) is { } close)
        {
            end = close + 1;
            specific = true;
        }
        while (end < sentence.EndToken && end - i <= 5 && !specific || end < sentence.EndToken && end - i <= 5 && doc.Tokens[end - 1].IsWord)
        {
            var w = doc.Tokens[end];
            if (!w.IsWord || gazetteer.FunctionWords.Contains(w) || char.IsDigit(w.Folded[0])
                || gazetteer.EndsName(doc.Tokens, end, sentence.EndToken)
                // حزب الجمهوريين لإذاعة أوروبا1: another head behind a preposition begins another body.
                || w.Split.Preposition && gazetteer.OrganizationHeads.ContainsStem(w))
                break;
            if (doc.RefAt[end] is { } r)
            {
                if (doc.TypeOf(r.EntityKey) is not (EntityType.Country or EntityType.Place) || r.Kind == "title") break;
                specific = true;
                end = r.EndToken;
                if (r.Kind == "demonym") break;
                continue;
            }
            specific |= !(w.Folded.StartsWith("ال", StringComparison.Ordinal) || w.Folded.StartsWith("وال", StringComparison.Ordinal));
            end++;
        }
        // A party is named by whatever follows it, common nouns too (حزب الجمهوريين); not حركة: حركة العبور is traffic.
        specific |= political;
        if (end == i + 1 || !specific) return i + 1;
        while (end > i + 1 && !doc.Tokens[end - 1].IsWord && !doc.Tokens[end - 1].Folded.StartsWith('"') && doc.Tokens[end - 1].Folded is not ("»" or "”")) end--;
        var start = i;
        var arabic = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        var (stem, _) = t.Split;
        if (stem != t.Folded) arabic = arabic[(t.Folded.Length - stem.Length)..];
        var latin = Transliterator.ToLatin(arabic);
        var key = Ids.Entity(EntityType.Organization, Gazetteer.Slug(latin));
        if (!doc.Entities.ContainsKey(key))
            doc.Entities[key] = new EntityDraft(key, EntityType.Organization, latin) { ArabicLabel = arabic, Transliterated = true };
        if (doc.Refs.RemoveAll(r => r.FirstToken >= start && r.EndToken <= end && doc.TypeOf(r.EntityKey) is not EntityType.Country) > 0)
            doc.IndexRefs();
        doc.AddRef(new EntityRef(start, end, key, "name") { Clitic = t.Folded.Length - stem.Length, Preposition = t.Split.Preposition });
        return end;
    }
}
