using System.Runtime.Intrinsics;

namespace Graph.Extraction.Tagging;

/// <summary>The tagger's features: integers hashed from what each token already knows (the hashes of its clitic-free forms,
/// see <see cref="Token.Forms"/>), a few letters of it, its shape and whether the gazetteer lists start or cover it. No
/// string is made: an 8 KB article has about 1,400 tokens and the whole step has about a tenth of a millisecond.</summary>
/// <remarks>Every token gets exactly <see cref="Static"/> features (a missing neighbour is a feature of its own), so the
/// features of a sentence are one flat array; the tagger adds <see cref="Dynamic"/> more from the tags it has given.</remarks>
internal static class TagFeatures
{
    public const int Static = 22;

    // The word lists, held here: Lexicon looks each list up by name on every call.
    private static readonly WordSet Joiners = Lexicon.NameJoiners, HeadNouns = Lexicon.HeadNouns, Prepositions = Lexicon.Prepositions,
        FormerWords = Lexicon.Former, TitleModifiers = Lexicon.TitleModifiers;
    public const int Dynamic = 4;

    /// <summary>What the gazetteer says of each token, worked out once a sentence: a listed name starting or going on
    /// here and its type, an office title, a given name, a function word …</summary>
    private const int GivenName = 1, FunctionWord = 2, OrganizationHead = 4, OfficeStart = 8, OfficeInside = 16,
        Joiner = 32, HeadNoun = 64, Preposition = 128, Former = 256;

    /// <summary>Fills <paramref name="features"/> with <see cref="Static"/> features for each token of [first, end),
    /// <paramref name="listed"/> with the gazetteer's name code of each (used again by the dynamic features), and
    /// <paramref name="outside"/> with whether the token is outside any name whatever its features say: a mark, or a
    /// function word that is no given name (في، من، أن; not علي). On ANERcorp's train split 138 of 25,009 function words
    /// are in a name, 43 of them علي (Ali) — and these are a fifth of all tokens, so their features are not worked out.</summary>
    public static void Fill(Document doc, Gazetteer gazetteer, int first, int end, Span<int> features, Span<int> listed, Span<bool> outside)
    {
        var tokens = doc.Tokens;
        var n = end - first;
        // Per token: gazetteer flags, word, stem and last two letters, worked out once (neighbours read them again).
        var scratch = n <= 256 ? stackalloc int[4 * n] : new int[4 * n];
        var flags = scratch[..n];
        var words = scratch.Slice(n, n);
        var stems = scratch.Slice(2 * n, n);
        var endings = scratch.Slice(3 * n, n);
        flags.Clear();
        listed[..n].Clear();
        // The word lists' bits: a token none of them may hold is asked about none of them (all bits when a list has no bit of
        // its own: then every token is asked).
        var lists = gazetteer.GivenNames.Bits | gazetteer.FunctionWords.Bits | gazetteer.OrganizationHeads.Bits | Joiners.Bits
            | HeadNouns.Bits | Prepositions.Bits | FormerWords.Bits | TitleModifiers.Bits;
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            var at = i - first;
            ref readonly var forms = ref t.Forms;
            words[at] = forms.Hash(0);
            stems[at] = forms.Hash(forms.Count - 1);
            var letters = t.Folded.AsSpan(forms[forms.Count - 1].Form.Skip);
            // The hash of the last two letters (PhraseTables.Hash of them, without slicing): a neighbour's feature, so every
            // token needs it; the other letter features only a token that is tagged (below).
            var length = letters.Length;
            uint last2 = PhraseTables.Offset;
            for (var k = length - 1; k >= Math.Max(0, length - 2); k--) last2 = PhraseTables.Step(last2, letters[k]);
            endings[at] = (int)last2;
            outside[at] = !t.IsWord;
            if (!t.IsWord) continue;
            // A token inside a name or an office already found is not looked up again (the look-up is the costly part).
            var tables = forms.Tables;
            if (listed[at] == 0 && gazetteer.Names.MayBegin(tables)
                && PhraseMatches<GazetteerEntry>.Read(doc.NameMatches, gazetteer.Names, tokens, i, end) is { } name)
            {
                var kind = 1 + (int)(name.Value.Type ?? gazetteer.Entities[name.Value.EntityKey].Type) * 2 + (name.Value.Kind == "demonym" ? 1 : 0);
                listed[at] = kind << 1;
                for (var k = i + 1; k < name.End; k++) listed[k - first] = kind << 1 | 1;
            }
            if ((flags[at] & OfficeInside) == 0 && gazetteer.Offices.MayBegin(tables)
                && PhraseMatches<Office>.Read(doc.OfficeMatches, gazetteer.Offices, tokens, i, end) is { } office)
            {
                flags[at] |= OfficeStart;
                for (var k = i + 1; k < office.End; k++) flags[k - first] |= OfficeInside;
            }
            // In none of the word lists (most tokens): no flags, and a word is never outside by its flags.
            if (lists == ulong.MaxValue || (tables & lists) != 0)
            {
                var f = Flags(gazetteer, t, tables);
                flags[at] |= f;
                outside[at] = (f & (FunctionWord | GivenName)) == FunctionWord;
                // A function word is tagged outside whatever its features say (Decode reads none of them): they are not worked out.
                if (outside[at]) continue;
            }
            // The first two and three letters and the last three (each PhraseTables.Hash of them).
            uint first2 = PhraseTables.Offset, first3 = PhraseTables.Offset;
            var last3 = length >= 3 ? PhraseTables.Step(last2, letters[length - 3]) : last2;
            for (var k = Math.Min(2, length) - 1; k >= 0; k--) first2 = PhraseTables.Step(first2, letters[k]);
            for (var k = Math.Min(3, length) - 1; k >= 0; k--) first3 = PhraseTables.Step(first3, letters[k]);
            var o = features.Slice(at * Static, Static);
            o[3] = Mix(3, (int)last2);
            o[4] = Mix(4, (int)last3);
            o[5] = Mix(5, (int)first2);
            o[6] = Mix(6, (int)first3);
            o[7] = Mix(7, Shape(doc, t, forms.Count));
        }

        // The context features, eight at a time: templates 8–15 and 14–21 (two written twice, the same) mixed in one vector
        // each, as <see cref="Mix"/> mixes one.
        var (near, far) = (Templates(8), Templates(14));
        for (var at = 0; at < n; at++)
        {
            if (outside[at]) continue;
            var o = features.Slice(at * Static, Static);
            int before = at > 0 ? at - 1 : -1, after = at + 1 < n ? at + 1 : -1;
            o[0] = Mix(0, 1);
            o[1] = Mix(1, words[at]);
            o[2] = Mix(2, stems[at]);
            int listedBefore = before >= 0 ? listed[before] : -1;
            Mix(Vector256.Create(
                before >= 0 ? words[before] : -1, after >= 0 ? words[after] : -2,
                before >= 0 ? stems[before] : -1, after >= 0 ? stems[after] : -1,
                at > 1 ? words[at - 2] : -1, at + 2 < n ? words[at + 2] : -2,
                listed[at], listedBefore), near).StoreUnsafe(ref o[8]);
            Mix(Vector256.Create(
                listed[at], listedBefore, after >= 0 ? listed[after] : -1,
                flags[at], before >= 0 ? flags[before] : -1, after >= 0 ? flags[after] : -1,
                before >= 0 ? endings[before] : -1, after >= 0 ? endings[after] : -1), far).StoreUnsafe(ref o[14]);
        }
    }

    /// <summary>The template terms of <see cref="Mix"/> for eight templates from <paramref name="first"/> on.</summary>
    private static Vector256<uint> Templates(int first) =>
        Vector256.Create((uint)first, (uint)first + 1, (uint)first + 2, (uint)first + 3, (uint)first + 4, (uint)first + 5, (uint)first + 6,
            (uint)first + 7) * 0x632BE5ABu;

    /// <summary><see cref="Mix"/> of eight values with eight templates (their <see cref="Templates"/> terms) at once.</summary>
    private static Vector256<int> Mix(Vector256<int> values, Vector256<uint> templates)
    {
        var v = values.AsUInt32();
        return ((v * 0x9E3779B1u + templates ^ Vector256.ShiftRightLogical(v, 15)) * 0x85EBCA6Bu).AsInt32();
    }

    /// <summary>What the word lists say of a word token (<see cref="GivenName"/>, <see cref="FunctionWord"/> …).</summary>
    private static int Flags(Gazetteer gazetteer, Token t, ulong tables)
    {
        var f = 0;
        if (gazetteer.GivenNames.ContainsWithoutConjunction(t, tables)) f |= GivenName;
        if (gazetteer.FunctionWords.Contains(t, tables)) f |= FunctionWord;
        if (gazetteer.OrganizationHeads.ContainsStem(t, tables)) f |= OrganizationHead;
        if (Joiners.Contains(t, tables)) f |= Joiner;
        if (HeadNouns.ContainsStem(t, tables)) f |= HeadNoun;
        if (Prepositions.Contains(t, tables)) f |= Preposition;
        if (FormerWords.Contains(t, tables) || TitleModifiers.Contains(t, tables)) f |= Former;
        return f;
    }

    /// <summary>The features that depend on the tags given before: the last tag, the last two, the last with this word,
    /// and the last with what the gazetteer says here.</summary>
    public static void FillDynamic(Span<int> o, int previous, int beforePrevious, ReadOnlySpan<int> staticFeatures, int listed)
    {
        o[0] = Mix(100, previous);
        o[1] = Mix(101, previous * 8 + beforePrevious);
        o[2] = Mix(102, Mix(previous, staticFeatures[2]));
        o[3] = Mix(103, previous * 64 + listed);
    }

    /// <summary>A hash of a template number and a value whose high bits are well mixed (the model takes its row from
    /// them): two multiplications, as this runs about thirty times a token.</summary>
    public static int Mix(int template, int value) =>
        (int)(((uint)value * 0x9E3779B1u + (uint)template * 0x632BE5ABu ^ (uint)value >> 15) * 0x85EBCA6Bu);

    /// <summary>Word or mark, digits, Latin letters, the article, a final ه (teh marbuta folded), tanween, length, and
    /// how many clitic-free forms the word has.</summary>
    private static int Shape(Document doc, Token t, int forms)
    {
        var w = t.Folded;
        var shape = t.IsWord ? 1 : 0;
        foreach (var c in w)
        {
            if (c >= 128) continue;
            if (char.IsAsciiDigit(c)) shape |= 2;
            else if (char.IsAsciiLetter(c)) shape |= 4;
        }
        if (w.Length >= 2 && w[0] == 'ا' && w[1] == 'ل') shape |= 8;
        if (w.Length > 0 && w[^1] == 'ه') shape |= 16;
        // Tanween is dropped by folding: only a word longer in the text than folded can have it.
        if (t.End - t.Start != w.Length && doc.Text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('\u064B', '\u064D') >= 0) shape |= 32;
        shape |= Math.Min(w.Length, 9) << 6;
        shape |= forms << 10;
        return shape;
    }
}
