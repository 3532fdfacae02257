namespace Graph.Extraction.Tests;

public sealed class HashIndexTests
{
    [Fact]
    public void Finds_every_key_after_growing_and_keeps_the_last_value_set()
    {
        var index = new HashIndex<string>();
        // Keys that share their low bits (the slot is taken from the high bits of a product, but these also collide often).
        var keys = Enumerable.Range(0, 500).Select(i => i * 4096 - 1_000_000).Append(0).Append(int.MinValue).Append(int.MaxValue).ToList();
        foreach (var k in keys) index[k] = "v" + k;
        index[keys[3]] = "again";
        foreach (var k in keys)
        {
            Assert.True(index.TryGetValue(k, out var v));
            Assert.Equal(k == keys[3] ? "again" : "v" + k, v);
        }
        Assert.False(index.TryGetValue(7, out _));
        Assert.Null(index.GetValueOrDefault(-7));
    }

    [Theory]
    [InlineData("قال وزير الخارجية الروسي سيرغي لافروف، في بيان، إن العقوبات لن تغير شيئا.")]
    [InlineData("وبحث لافروف مع نظيره الصيني «العلاقات الثنائية» في بكين.")]
    public void A_documents_flat_table_bits_are_its_tokens_bits_and_none_for_a_mark(string text)
    {
        var doc = new Document(text);
        Tokenizer.Run(doc);
        _ = Gazetteer.Default;
        var tables = doc.TokenTables;
        Assert.Equal(doc.Tokens.Count, tables.Length);
        for (var i = 0; i < tables.Length; i++)
            Assert.Equal(doc.Tokens[i].IsWord ? doc.Tokens[i].Forms.Tables : 0UL, tables[i]);
        Assert.Contains(tables, t => t != 0);
    }
}
