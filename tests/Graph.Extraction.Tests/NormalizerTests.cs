namespace Graph.Extraction.Tests;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("الخارجیة", "الخارجيه")]
    [InlineData("کابل", "كابل")]
    [InlineData("بنّاء", "بناء")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("روســـيا", "روسيا")]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۲۵", "25")]
    public void Folds_letters_marks_and_digits(string text, string folded) => Assert.Equal(folded, Normalizer.Fold(text));

    [Fact]
    public void Tokens_keep_offsets_into_the_original_text()
    {
        const string text = "قالَ وزيـــرُ الخارجیة: «نعم».";
        var doc = new Document(text);
        Tokenizer.Run(doc);
        Assert.All(doc.Tokens, t => Assert.Equal(t.Folded, Normalizer.Fold(text.AsSpan(t.Start, t.End - t.Start))));
        Assert.Equal(["قال", "وزير", "الخارجيه", ":", "«", "نعم", "»", "."], doc.Tokens.Select(t => t.Folded));
    }

    [Theory]
    [InlineData("وبكين", "بكين", false)]
    [InlineData("لروسيا", "روسيا", true)]
    [InlineData("للصين", "الصين", true)]
    [InlineData("بالعقوبات", "العقوبات", true)]
    [InlineData("فموسكو", "موسكو", false)]
    [InlineData("كالولايات", "الولايات", true)]
    [InlineData("وللصين", "الصين", true)]
    public void Strips_proclitics(string word, string stem, bool preposition)
    {
        var forms = new Clitics.Form[Clitics.MaxForms];
        var found = forms[..Clitics.Forms(word, forms)].Where(f => f.Spell(word, new char[64]).ToString() == stem).ToList();
        Assert.Equal(preposition, Assert.Single(found).IsPreposition(word));
    }
}
