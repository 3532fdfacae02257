namespace Graph.Extraction.Tests.Tagging;

/// <summary>English names for people nobody listed: usual spellings first, then one consistent romanisation.</summary>
public sealed class TransliteratorTests
{
    [Theory]
    [InlineData("جان نويل", "Jean Noël")]
    [InlineData("ميشيل", "Michel")]
    [InlineData("يوسف الشاهد", "Youssef al-Shahed")]
    [InlineData("الشاهد", "Al-Shahed")]
    [InlineData("نوزدريف", "Nozdrif")]
    [InlineData("ميركل", "Mirkel")]
    [InlineData("رودينكو", "Rodinko")]
    public void Renders_a_name_as_a_name(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic));

    [Theory]
    [InlineData("البرادعي")]
    [InlineData("عبدالواحد لبيني")]
    [InlineData("حزب الجمهوريين")]
    public void Every_word_has_a_vowel_and_no_stray_marks(string arabic)
    {
        var latin = Transliterator.ToLatin(arabic);
        Assert.Matches("^[A-Z][a-zA-Z-]*( [a-zA-Z][a-zA-Z-]*)*$", latin);
        Assert.All(latin.Split(' ', '-'), w => Assert.Matches("[aeiouAEIOU]", w));
    }
}
