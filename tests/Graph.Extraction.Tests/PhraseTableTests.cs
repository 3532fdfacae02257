namespace Graph.Extraction.Tests;

/// <summary>Phrase tables and word sets answer through an index of every token's clitic-free forms; these check that the
/// index never hides a phrase: with clitics, in a table made per document, and in a table loaded after the text was read.</summary>
public sealed class PhraseTableTests
{
    private static Document Read(string text)
    {
        var doc = new Document(text);
        Tokenizer.Run(doc);
        return doc;
    }

    [Theory]
    [InlineData("وصل إلى مجلس التعاون أمس", 2, 4, false)]
    [InlineData("وصل إلى ومجلس التعاون أمس", 2, 4, false)]
    [InlineData("وصل إلى لمجلس التعاون أمس", 2, 4, true)]
    public void A_phrase_is_found_with_or_without_clitics(string text, int at, int end, bool preposition)
    {
        foreach (var indexed in new[] { true, false })
        {
            var table = new PhraseTable<string>(indexed);
            table.Add(Normalizer.FoldPhrase("مجلس التعاون"), "GCC");
            var doc = Read(text);
            var match = table.Match(doc.Tokens, at, doc.Tokens.Count);
            Assert.NotNull(match);
            Assert.Equal(("GCC", end, preposition), (match.Value.Value, match.Value.End, match.Value.Preposition));
            Assert.Null(table.Match(doc.Tokens, at + 1, doc.Tokens.Count));
        }
    }

    [Fact]
    public void A_table_loaded_after_the_text_was_read_still_finds_its_phrases()
    {
        var doc = Read("قال الوزير إن كيلوفارتا ستصل");
        var first = new PhraseTable<int>(indexed: true);
        first.Add(["الوزير"], 1);
        // Every token's forms are worked out now, against the index as it stands.
        for (var i = 0; i < doc.Tokens.Count; i++) first.Match(doc.Tokens, i, doc.Tokens.Count);

        var later = new PhraseTable<int>(indexed: true);
        later.Add(["كيلوفارتا"], 2);
        var words = new WordSet();
        words.Add("ستصل");

        Assert.Equal(2, later.Match(doc.Tokens, 3, doc.Tokens.Count)?.Value);
        Assert.True(words.Contains(doc.Tokens[4]));
        Assert.False(words.Contains(doc.Tokens[3]));
    }
}
