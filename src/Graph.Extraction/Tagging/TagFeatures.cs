namespace Graph.Extraction.Tagging;

/// <summary>The tagger's features: integers hashed from what each token already knows (the hashes of its clitic-free forms,
/// see <see cref="Token.Forms"/>), a few letters of it, its shape and whether the gazetteer lists start or cover it. No
/// string is made: an 8 KB article has about 1,400 tokens and the whole step has about a tenth of a millisecond.</summary>
/// <remarks>Every token gets exactly <see cref="Static"/> features (a missing neighbour is a feature of its own), so the
/// features of a sentence are one flat array; the tagger adds <see cref="Dynamic"/> more from the tags it has given.</remarks>
internal static class TagFeatures
{
    public const int Static = 22;
    public const int Dynamic = 6;

    /// <summary>What the gazetteer says of each token, worked out once a sentence: a listed name starting or going on
    /// here and its type, an office title, a given name, a function word …</summary>
    private const int GivenName = 1, FunctionWord = 2, OrganizationHead = 4, OfficeStart = 8, OfficeInside = 16,
        Joiner = 32, HeadNoun = 64, Preposition = 128, Former = 256;

    /// <summary>Fills <paramref name="features"/> with <see cref="Static"/> features for each token of [first, end), and
    /// <paramref name="listed"/> with the gazetteer's name code of each (used again by the dynamic features).</summary>
    public static void Fill(Document doc, Gazetteer gazetteer, int first, int end, Span<int> features, Span<int> listed)
    {
        var tokens = doc.Tokens;
        var n = end - first;
        Span<int> flags = n <= 512 ? stackalloc int[n] : new int[n];
        flags.Clear();
        listed[..n].Clear();
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            if (gazetteer.Names.Match(tokens, i, end) is { } name && listed[i - first] == 0)
            {
                var kind = 1 + (int)gazetteer.Entities[name.Value.EntityKey].Type * 2 + (name.Value.Kind == "demonym" ? 1 : 0);
                listed[i - first] = kind << 1;
                for (var k = i + 1; k < name.End; k++) listed[k - first] = kind << 1 | 1;
            }
            if (gazetteer.Offices.Match(tokens, i, end) is { } office && (flags[i - first] & OfficeInside) == 0)
            {
                flags[i - first] |= OfficeStart;
                for (var k = i + 1; k < office.End; k++) flags[k - first] |= OfficeInside;
            }
            var f = 0;
            if (gazetteer.GivenNames.ContainsWithoutConjunction(t)) f |= GivenName;
            if (gazetteer.FunctionWords.Contains(t)) f |= FunctionWord;
            if (gazetteer.OrganizationHeads.ContainsStem(t)) f |= OrganizationHead;
            if (Lexicon.NameJoiners.Contains(t)) f |= Joiner;
            if (Lexicon.HeadNouns.ContainsStem(t)) f |= HeadNoun;
            if (Lexicon.Prepositions.Contains(t)) f |= Preposition;
            if (Lexicon.Former.Contains(t) || Lexicon.TitleModifiers.Contains(t)) f |= Former;
            flags[i - first] |= f;
        }

        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            var at = i - first;
            var o = features.Slice(at * Static, Static);
            var stem = Stem(t);
            var word = Word(tokens, i, first, end);
            o[0] = Mix(0, 1);
            o[1] = Mix(1, word);
            o[2] = Mix(2, stem);
            var letters = t.Folded.AsSpan(StemSkip(t));
            o[3] = Mix(3, Letters(letters[Math.Max(0, letters.Length - 2)..]));
            o[4] = Mix(4, Letters(letters[Math.Max(0, letters.Length - 3)..]));
            o[5] = Mix(5, Letters(letters[..Math.Min(2, letters.Length)]));
            o[6] = Mix(6, Letters(letters[..Math.Min(3, letters.Length)]));
            o[7] = Mix(7, Shape(doc, t));
            o[8] = Mix(8, Word(tokens, i - 1, first, end));
            o[9] = Mix(9, Word(tokens, i + 1, first, end));
            o[10] = Mix(10, i - 1 >= first ? Stem(tokens[i - 1]) : -1);
            o[11] = Mix(11, i + 1 < end ? Stem(tokens[i + 1]) : -1);
            o[12] = Mix(12, Word(tokens, i - 2, first, end));
            o[13] = Mix(13, Word(tokens, i + 2, first, end));
            o[14] = Mix(14, listed[at]);
            o[15] = Mix(15, at > 0 ? listed[at - 1] : -1);
            o[16] = Mix(16, at + 1 < n ? listed[at + 1] : -1);
            o[17] = Mix(17, flags[at]);
            o[18] = Mix(18, at > 0 ? flags[at - 1] : -1);
            o[19] = Mix(19, at + 1 < n ? flags[at + 1] : -1);
            o[20] = Mix(20, i - 1 >= first ? Suffix(tokens[i - 1], 2) : -1);
            o[21] = Mix(21, i + 1 < end ? Suffix(tokens[i + 1], 2) : -1);
        }
    }

    /// <summary>The features that depend on the tags given before: the last tag, the last two, the last with this word,
    /// and the last with what the gazetteer says here.</summary>
    public static void FillDynamic(Span<int> o, int previous, int beforePrevious, ReadOnlySpan<int> staticFeatures, int listed)
    {
        o[0] = Mix(100, previous);
        o[1] = Mix(101, previous * 8 + beforePrevious);
        o[2] = Mix(102, Mix(previous, staticFeatures[2]));
        o[3] = Mix(103, previous * 64 + listed);
        o[4] = Mix(104, Mix(previous, staticFeatures[3]));
        o[5] = Mix(105, Mix(previous, staticFeatures[7]));
    }

    /// <summary>A well-mixed hash of a template number and a value (murmur3's finaliser).</summary>
    public static int Mix(int template, int value)
    {
        var h = (uint)value * 0x9E3779B1u ^ (uint)template * 0x85EBCA77u;
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return (int)h;
    }

    private static int Word(List<Token> tokens, int i, int first, int end) =>
        i < first ? -1 : i >= end ? -2 : tokens[i].Forms.Hash(0);

    /// <summary>The word without its proclitics (the last of its forms: no conjunction, no preposition).</summary>
    private static int Stem(Token t) => t.Forms.Hash(t.Forms.Count - 1);

    private static int StemSkip(Token t) => t.Forms[t.Forms.Count - 1].Form.Skip;

    private static int Suffix(Token t, int length) => PhraseTables.Hash(t.Folded.AsSpan(Math.Max(0, t.Folded.Length - length)));

    private static int Letters(ReadOnlySpan<char> letters) => PhraseTables.Hash(letters);

    /// <summary>Word or mark, digits, Latin letters, the article, a final ه (teh marbuta folded), tanween, length, and
    /// how many clitic-free forms the word has.</summary>
    private static int Shape(Document doc, Token t)
    {
        var w = t.Folded;
        var shape = t.IsWord ? 1 : 0;
        if (w.AsSpan().IndexOfAnyInRange('0', '9') >= 0) shape |= 2;
        foreach (var c in w)
            if (char.IsAsciiLetter(c)) { shape |= 4; break; }
        if (w.StartsWith("ال", StringComparison.Ordinal)) shape |= 8;
        if (w.EndsWith('ه')) shape |= 16;
        if (doc.Text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('\u064B', '\u064D') >= 0) shape |= 32;
        shape |= Math.Min(w.Length, 9) << 6;
        shape |= t.Forms.Count << 10;
        return shape;
    }
}
