using Graph.Core;

namespace Graph.Extraction.Tests;

/// <summary>An article's id hashes its text in one normal form, so copies that differ only in Unicode composition,
/// line ends or trailing spaces are one article, and the ids of stored articles never change.</summary>
public sealed class ArticleIdTests
{
    private const string Text = "قال لافروف إن روسيا\nستواصل";

    [Fact]
    public void The_id_is_the_SHA_256_of_the_text_as_stored_before() =>
        Assert.Equal("Article:15b7295982cd0c314d801e86a7e994c52c015874740e53e2002939f836b6fa4a", Ids.Article(Text));

    [Theory]
    // Alef with hamza below written as alef + combining hamza (NFD), then composed.
    [InlineData("قال لافروف \u0627\u0655ن روسيا\nستواصل")]
    [InlineData("قال لافروف إن روسيا\r\nستواصل")]
    [InlineData("قال لافروف إن روسيا  \nستواصل\n")]
    [InlineData("  قال لافروف إن روسيا\rستواصل \t")]
    public void Copies_that_differ_only_in_form_get_the_same_id(string copy) => Assert.Equal(Ids.Article(Text), Ids.Article(copy));

    [Theory]
    // Fatha (combining class 30) before shadda (33) is the canonical order; shadda first normalises to it.
    [InlineData("بن\u064E\u0651اء", "بن\u0651\u064Eاء")]
    [InlineData("café", "cafe\u0301")]
    public void Marks_in_either_order_are_one_text(string canonical, string other) => Assert.Equal(Ids.Article(canonical), Ids.Article(other));

    [Theory]
    [InlineData("قال “نعم” مُحَمَّدٌ\u200C اليوم")]
    [InlineData("\uFEFB\uFE8D سلام — ٢٠٢٤…")]
    public void Text_already_in_normal_form_is_hashed_as_it_is(string text) =>
        Assert.Equal("Article:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            Ids.Article(text));

    [Fact]
    public void Different_words_get_different_ids() => Assert.NotEqual(Ids.Article(Text), Ids.Article(Text.Replace("روسيا", "الصين")));
}
