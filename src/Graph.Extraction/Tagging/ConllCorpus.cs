namespace Graph.Extraction.Tagging;

/// <summary>Sentences of a CoNLL file in ANERcorp's layout (<c>token TAG</c> a line, a blank line between sentences), and
/// the same sentences as the pipeline sees them: the words joined by spaces, cut by <see cref="Tokenizer"/>, each token
/// carrying the tag of the word it comes from.</summary>
public static class ConllCorpus
{
    public sealed record Sentence(string[] Words, string[] Labels);

    /// <summary>A sentence as the tagger is trained on it: the tokenised document and one gold tag per token.</summary>
    public sealed record Tokenized(Document Document, int[] Tags);

    public static List<Sentence> Read(TextReader reader)
    {
        var sentences = new List<Sentence>();
        List<string> words = [], labels = [];
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                if (words.Count > 0) sentences.Add(new Sentence([.. words], [.. labels]));
                words.Clear();
                labels.Clear();
                if (line is null) return sentences;
                continue;
            }
            var space = line.LastIndexOf(' ');
            words.Add(space > 0 ? line[..space] : line);
            labels.Add(space > 0 ? line[(space + 1)..] : "O");
        }
    }

    public static void Write(TextWriter writer, IEnumerable<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Length; i++) writer.Write($"{s.Words[i]} {s.Labels[i]}\n");
            writer.Write('\n');
        }
    }

    /// <summary>The last <paramref name="fraction"/> of the sentences, kept aside, and the rest (in file order both).</summary>
    public static (List<Sentence> Train, List<Sentence> Held) Split(List<Sentence> sentences, double fraction)
    {
        var cut = sentences.Count - (int)Math.Round(sentences.Count * fraction);
        return (sentences[..cut], sentences[cut..]);
    }

    /// <summary>The sentence as a document of tokens with gold tags: a token takes its word's tag (a later piece of an
    /// entity word continues it; marks split off a word are outside).</summary>
    public static Tokenized Tokenize(Sentence sentence)
    {
        var text = string.Join(' ', sentence.Words);
        var doc = new Document(text);
        Tokenizer.Run(doc);
        var tags = new int[doc.Tokens.Count];
        int word = 0, wordStart = 0;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var t = doc.Tokens[i];
            while (word < sentence.Words.Length - 1 && t.Start >= wordStart + sentence.Words[word].Length + 1)
            {
                wordStart += sentence.Words[word].Length + 1;
                word++;
            }
            var tag = NameTag.Parse(sentence.Labels[word]);
            var firstPiece = i == 0 || doc.Tokens[i - 1].Start < wordStart;
            if (!t.IsWord) tag = NameTag.Outside;
            else if (!firstPiece && tag != NameTag.Outside)
            {
                var previous = tags[i - 1];
                var cls = NameTag.Class(tag);
                tag = previous != NameTag.Outside && NameTag.Class(previous) == cls ? cls * 2 : cls * 2 - 1;
            }
            else if (NameTag.IsInside(tag) && (i == 0 || !NameTag.Allowed(tags[i - 1], tag))) tag--;
            tags[i] = tag;
        }
        return new Tokenized(doc, tags);
    }
}
