namespace Graph.Extraction;

/// <summary>Surface forms from one lemma line of the data files, worked out once when the data loads, so matching a token
/// stays one hash look-up. All forms are folded (see <see cref="Normalizer"/>); the proclitics و ف ب ل are stripped by the
/// matcher, so they are not generated here.
/// <list type="bullet">
/// <item><c>past/present</c> (<c>اتهم/يتهم</c>, <c>دعا/يدعو</c>, <c>قال/يقول</c>): a verb. The past in every person of the third
/// (اتهمت، اتهما، اتهمتا، اتهموا), the present of the third person (يتهم، تتهم) with every ending (يتهمان، يتهمون) and with
/// the future سـ, and the jussive after لم (لم يقل، لم يدع). The passive is written with the same letters. Verbs whose last
/// letter is weak (دعا، نفى) and hollow ones (قال/يقول) follow their own patterns. <c>past/</c> gives the past only.</item>
/// <item>a trailing <c>+</c> (<c>اتهم/يتهم+</c>): the object pronouns too (اتهمه، يتهمها، دعاهم).</item>
/// <item><c>~noun</c> (<c>~اتهام</c>, <c>~إدانة</c>): a verbal noun with the article, the plural in ـات and the possessive
/// pronouns (الاتهام، اتهامات، اتهامه، إدانتها).</item>
/// <item>anything else is one form, as written. In a phrase, only the first word may be a lemma (<c>فرض/يفرض عقوبات</c>).</item>
/// </list></summary>
public static class Morphology
{
    // No ك (you): its forms fold onto common words (هنأك → هناك "there").
    private static readonly string[] ObjectPronouns = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني"];
    private static readonly string[] Possessives = ["ه", "ها", "هم", "هما", "نا", "كم"];

    /// <summary>The folded phrases one data form stands for: the lemma's forms, each followed by the phrase's other words, and
    /// whether the form carries an object pronoun (اتهمه: the object is the actor it points back to).</summary>
    public static List<(string[] Words, bool ObjectPronoun)> Expand(string form)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        var rest = words.Skip(1).SelectMany(Normalizer.FoldPhrase).ToArray();
        var (plain, objects) = Sets(words[0]);
        var phrases = new List<(string[], bool)>(plain.Count + objects.Count);
        foreach (var first in plain) phrases.Add(([.. Normalizer.FoldPhrase(first), .. rest], false));
        foreach (var first in objects)
            if (!plain.Contains(first)) phrases.Add(([.. Normalizer.FoldPhrase(first), .. rest], true));
        return phrases;
    }

    /// <summary>The folded forms of one word or lemma (see the class summary), with and without object pronouns.</summary>
    public static IReadOnlyCollection<string> Forms(string lemma)
    {
        var (plain, objects) = Sets(lemma);
        plain.UnionWith(objects);
        return plain;
    }

    private static (SortedSet<string> Plain, SortedSet<string> Objects) Sets(string lemma)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        var objects = new SortedSet<string>(StringComparer.Ordinal);
        if (lemma.StartsWith('~')) Noun(Normalizer.Fold(lemma.AsSpan(1)), forms);
        else if (lemma.Contains('/'))
        {
            var withObjects = lemma.EndsWith('+');
            var parts = lemma.TrimEnd('+').Split('/');
            // A last letter that folds to ا or ي is weak only when it was written so: هنأ/يهنئ end on a hamza.
            Past(Normalizer.Fold(parts[0]), parts[0][^1] is 'ا' or 'ى' or 'ي', withObjects ? objects : null, forms);
            if (parts[1].Length > 1) Present(Normalizer.Fold(parts[1]), parts[1][^1] is 'و' or 'ى' or 'ي', withObjects ? objects : null, forms);
        }
        else forms.Add(lemma);
        return (forms, objects);
    }

    private static void Past(string past, bool weakEnd, SortedSet<string>? objects, SortedSet<string> forms)
    {
        // Weak last letter: دعا → دعت، دعوا، دعتا; نفى → نفت، نفوا، نفيا.
        var weak = weakEnd && past.Length > 2;
        var stem = weak ? past[..^1] : past;
        string[] bases = weak
            ? [past, stem + "ت", stem + "تا", stem + "وا", past[^1] == 'ي' ? past + "ا" : stem + "وا"]
            : [past, past + "ت", past + "ا", past + "تا", past + "وا", past + "ن"];
        forms.UnionWith(bases);
        if (objects is null) return;
        // Before a pronoun the plural's alef goes (اتهموه) and a weak alef stays (دعاه); a weak verb's plural with a pronoun
        // (دعوه) is left out: it is written like the noun (دعوة "a call").
        foreach (var b in weak ? new[] { past, stem + "ت", stem + "تا" } : new[] { past, past + "ت", past + "و", past + "ا" })
            foreach (var p in ObjectPronouns) objects.Add(b + p);
    }

    private static void Present(string present, bool weakEnd, SortedSet<string>? objects, SortedSet<string> forms)
    {
        if (present.Length < 3 || present[0] != 'ي') throw new InvalidDataException($"'{present}' is not a present form (يفعل).");
        var stem = present[1..];
        var weak = weakEnd && stem.Length >= 2;
        var root = weak ? stem[..^1] : stem;
        // Plurals and duals: يدعون، يدعوان; ينفون، ينفيان; يتهمون، يتهمان.
        string[] endings = weak ? [stem, root + "ون", root + "وا", stem + "ان"] : [stem, stem + "ان", stem + "ون", stem + "وا", stem + "ن"];
        // The jussive after لم drops a weak last letter (لم يدع) or a hollow verb's long vowel (لم يقل، لم يشر).
        var jussive = weak ? root : stem.Length == 3 && stem[1] is 'و' or 'ي' or 'ا' ? $"{stem[0]}{stem[2]}" : null;
        // Third person only: the first person (نقول، أقول) stands inside quotations, where no verb is read, and its forms fold
        // onto common words (نصف "half" from يصف، نصر from يصر).
        foreach (var prefix in new[] { "ي", "ت" })
        {
            foreach (var e in endings)
            {
                forms.Add(prefix + e);
                forms.Add("س" + prefix + e);
            }
            if (jussive is not null && jussive.Length >= 2) forms.Add("لم " + prefix + jussive);
            if (objects is null) continue;
            foreach (var p in ObjectPronouns)
            {
                objects.Add(prefix + stem + p);
                objects.Add(prefix + root + "و" + p);
            }
        }
    }

    private static void Noun(string noun, SortedSet<string> forms)
    {
        // A final ة (folded ه) becomes ت before a pronoun and goes before the plural ـات: إدانة → إدانته، إدانات.
        var feminine = noun.Length > 2 && noun[^1] == 'ه';
        var stem = feminine ? noun[..^1] : noun;
        var plural = stem + "ات";
        forms.UnionWith([noun, "ال" + noun, plural, "ال" + plural]);
        foreach (var p in Possessives)
        {
            forms.Add((feminine ? stem + "ت" : noun) + p);
            forms.Add(plural + p);
        }
    }
}
