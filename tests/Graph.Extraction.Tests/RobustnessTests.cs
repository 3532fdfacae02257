using CsCheck;

namespace Graph.Extraction.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string, string> Awkward() => new()
    {
        { "empty", "" },
        { "white space", " \n\t\n " },
        { "no Arabic", "The quick brown fox jumps over the lazy dog. \"Quoted\" words: here." },
        { "only punctuation", string.Concat(Enumerable.Repeat("«»،.:؟!\"“”()", 200)) },
        { "a thousand unbalanced quotes", "قال لافروف " + string.Concat(Enumerable.Repeat("«كلام ", 1000)) },
        { "binary junk", new string(Enumerable.Range(0, 5000).Select(i => (char)((i * 7919) % 0xD7FF)).ToArray()) },
        { "one long line", string.Concat(Enumerable.Repeat("قال وزير الخارجية الروسي إن ", 20000)) },
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Any_input_gives_a_result_whose_offsets_are_inside_the_text(string name, string text)
    {
        Assert.NotNull(name);
        var result = Extract.From(text);
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(result.Statements, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void Five_megabytes_of_news_is_read_in_chunks_with_every_offset_in_the_original()
    {
        var seed = Repo.SeedText;
        var text = string.Concat(Enumerable.Repeat(seed + "\n", ArabicExtractor.MaxTextLength / (seed.Length + 1)));
        var result = Extract.From(text);
        Assert.True(result.Statements.Count > 100 * 40);
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(result.Statements, s => Assert.Equal(s.Text, text[s.Start..s.End]));
        Assert.All(result.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.Sentence, text[e.SentenceStart..e.SentenceEnd]));
        Assert.Equal(result.Statements.Count, result.Statements.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Text_over_five_megabytes_is_refused_with_a_clear_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Extract.From(new string('ب', ArabicExtractor.MaxTextLength + 1)));
        Assert.Contains("at most", e.Message);
    }

    [Fact]
    public void Every_offset_lies_inside_the_text_and_every_mention_is_its_slice()
    {
        var words = new[] { "قال", "وزير", "الخارجية", "الروسي", "سيرجي", "لافروف", "إن", "روسيا", "والصين", "«", "»", "\"", "،", ".", "\n", "موسكو", "تحذر", "طوكيو", "من", "ترامب", ":", "فرض", "عقوبات", "على", "بـ", "(", ")", "x", "ً" };
        Gen.Int[0, words.Length - 1].Array[0, 60]
            .Select(ix => string.Join(" ", ix.Select(i => words[i])))
            .Sample(text =>
            {
                var result = Extract.From(text);
                foreach (var m in result.Mentions)
                    if (m.Start < 0 || m.End > text.Length || m.Start >= m.End || text[m.Start..m.End] != m.Text) return false;
                foreach (var s in result.Statements)
                    if (s.Start < 0 || s.End > text.Length || text[s.Start..s.End] != s.Text || s.SentenceStart > s.Start || s.SentenceEnd > text.Length) return false;
                foreach (var e in result.Relations.SelectMany(r => r.Evidence))
                    if (e.Start < e.SentenceStart || e.End > e.SentenceEnd || e.SentenceEnd > text.Length) return false;
                return true;
            }, iter: 2000);
    }
}
