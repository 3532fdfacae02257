namespace Graph.Extraction.Tests;

public sealed class MentionTests
{
    [Theory]
    [InlineData("وصل الوفد إلى روسيا أمس.", "Country:RUS", "روسيا")]
    [InlineData("أكدت الصين دعمها للحوار.", "Country:CHN", "الصين")]
    [InlineData("قالت وزارة الخارجية إن أميركا لن تتراجع.", "Country:USA", "أميركا")]
    [InlineData("أعلنت الولايات المتحدة الأمريكية فرض رسوم.", "Country:USA", "الولايات المتحدة الأمريكية")]
    [InlineData("وبحث الجانبان العلاقات بين موسكو وبكين.", "Country:CHN", "بكين")]
    [InlineData("وجهت الدعوة للصين للمشاركة.", "Country:CHN", "للصين")]
    [InlineData("صرح مسؤول في حلف شمال الأطلسي بأن الاجتماع تأجل.", "Organization:nato", "حلف شمال الأطلسي")]
    [InlineData("حسبما ذكرت وكالة تاس الروسية للأنباء.", "Organization:tass", "وكالة تاس الروسية للأنباء")]
    [InlineData("يحضها الغربيون على بذل مزيد من الجهود.", "Bloc:west", "الغربيون")]
    [InlineData("وتطالب الدول الغربية بوقف القتال.", "Bloc:west", "الدول الغربية")]
    [InlineData("وأكد نعيم قاسم أن الحزب لن يسلم سلاحه.", "Person:naim-qassem", "نعيم قاسم")]
    [InlineData("وحذر بن غفير من أي تهدئة.", "Person:itamar-ben-gvir", "بن غفير")]
    public void Finds_names_with_clitics_and_their_exact_spans(string text, string entity, string surface)
    {
        var result = Extract.From(text);
        var mention = Assert.Single(result.Mentions, m => m.EntityId == entity && m.Kind == "name");
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("قال الجانب الروسي إن المحادثات مثمرة.", "Country:RUS", "الروسي")]
    [InlineData("رحبت الحكومة اليابانية بالقرار.", "Country:JPN", "اليابانية")]
    [InlineData("وانتقد المسؤولون الأميركيون الخطة.", "Country:USA", "الأميركيون")]
    public void Finds_nisba_adjectives_as_demonyms(string text, string entity, string surface)
    {
        var mention = Assert.Single(Extract.From(text).Mentions, m => m.EntityId == entity);
        Assert.Equal("demonym", mention.Kind);
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_short_alias_counts_only_after_the_full_name()
    {
        Assert.DoesNotContain(Extract.From("قال شي إن الأمر بسيط.").Entities, e => e.Id == "Person:xi-jinping");
        Assert.Contains(Extract.From("التقى الرئيس الصيني شي جين بينغ بالوفد، وقال شي إن الأمر بسيط.").Mentions,
            m => m.EntityId == "Person:xi-jinping" && m.Text == "شي");
    }
}
