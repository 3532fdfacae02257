using Graph.Core;

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
    [InlineData("وأكد نعيم قاسم أن الحزب لن يسلم سلاحه.", "Person:naim-qassem", "نعيم قاسم")]
    [InlineData("وحذر بن غفير من أي تهدئة.", "Person:itamar-ben-gvir", "بن غفير")]
    // A hyphen inside a name is a token of its own in the text (the name split at the hyphen before).
    [InlineData("ورحب الرئيس الكوري الجنوبي، مون جيه-إن، بالقرار.", "Person:moon-jae-in", "مون جيه-إن")]
    [InlineData("وقال فرانك-فالتر شتاينماير إن الحوار مستمر.", "Person:frank-walter-steinmeier", "فرانك-فالتر شتاينماير")]
    // Former office holders are facts too (مون alone was Moon Jae-in's family name).
    [InlineData("وقال الأمين العام السابق بان كي مون إن الأزمة ستطول.", "Person:ban-ki-moon", "بان كي مون")]
    // Outlets and parties without a head noun the rules know are facts in the gazetteer.
    [InlineData("وقال مراسل لصحيفة لو فيغارو إن الوضع هادئ.", "Organization:lefigaro", "صحيفة لو فيغارو")]
    [InlineData("وأعلن حزب الليكود تأييده للاتفاق.", "Organization:likud", "حزب الليكود")]
    public void Finds_names_with_clitics_and_their_exact_spans(string text, string entity, string surface)
    {
        var result = Extract.From(text);
        var mention = Assert.Single(result.Mentions, m => m.EntityId == entity && m.Kind == "name");
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("يحضها الغربيون على بذل مزيد من الجهود.", "Bloc:west", "الغربيون")]
    [InlineData("وتطالب الدول الغربية بوقف القتال.", "Bloc:west", "الدول الغربية")]
    public void Finds_blocs_by_their_collectives(string text, string entity, string surface)
    {
        var result = Extract.From(text);
        var mention = Assert.Single(result.Mentions, m => m.EntityId == entity && m.Kind == "collective");
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("قال الجانب الروسي إن المحادثات مثمرة.", "Country:RUS", "الروسي")]
    [InlineData("رحبت الحكومة اليابانية بالقرار.", "Country:JPN", "اليابانية")]
    [InlineData("وانتقد المسؤولون الأميركيون الخطة.", "Country:USA", "الأميركيون")]
    public void Finds_nisba_adjectives_as_demonyms(string text, string entity, string surface)
    {
        var mention = Assert.Single(Extract.From(text).Mentions, m => m.EntityId == entity && m.Kind == "demonym");
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_short_alias_counts_only_after_the_full_name()
    {
        Assert.DoesNotContain(Extract.From("قال شي إن الأمر بسيط.").Entities, e => e.Id == "Person:xi-jinping");
        Assert.Contains(Extract.From("التقى الرئيس الصيني شي جين بينغ بالوفد، وقال شي إن الأمر بسيط.").Mentions,
            m => m.EntityId == "Person:xi-jinping" && m.Text == "شي");
    }

    [Theory]
    [InlineData("وقالت الحكومة الألمانية إن القرار خاطئ.", "Country:DEU")]
    [InlineData("وأعلنت الرئاسة الرومانية أن الرئيس لم يبلغ.", "Country:ROU")]
    [InlineData("وقال الجيش الإسرائيلي إن الصواريخ سقطت في مناطق مفتوحة.", "Country:ISR")]
    [InlineData("وقالت حكومة اليابان إن العقوبات ستستمر.", "Country:JPN")]
    public void A_government_presidency_or_army_named_by_its_state_is_the_state_speaking(string text, string speaker)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(speaker, statement.SpeakerId);
    }

    [Theory]
    [InlineData("وقالت وزارة الخارجية الروسية إن القرار انتهاك صارخ للقانون الدولي.", "Organization:foreign-ministry-of-russia", "Country:RUS", "وزارة الخارجية الروسية")]
    [InlineData("وقالت السفارة الصينية في أنقرة إن الزيارة ناجحة.", "Organization:embassy-of-china", "Country:CHN", "السفارة الصينية")]
    public void A_ministry_or_embassy_is_an_organisation_of_its_own_that_speaks(string text, string body, string state, string label)
    {
        var result = Extract.From(text);
        var statement = Assert.Single(result.Statements);
        Assert.Equal(body, statement.SpeakerId);
        Assert.Equal(label, result.Entities.Single(e => e.Id == body).Labels["ar"]);
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId == body);
        Assert.Contains(result.Entities, e => e.Id == state);
    }

    [Fact]
    public void A_ministry_in_a_ministers_title_is_the_ministers_office_not_a_body()
    {
        var result = Extract.From("وقال وزير الدفاع الأميركي جيمس ماتيس إن القوات باقية.");
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("وقالت متحدثة باسم الجيش الإسرائيلي إن الصواريخ سقطت في مناطق مفتوحة.", "Country:ISR")]
    [InlineData("وقالت متحدثة باسم وزارة الخارجية الألمانية \"يتعين احترام حق التظاهر السلمي\".", "Country:DEU")]
    [InlineData("وقال متحدث باسم رئيس كوريا الجنوبية إن الإغلاق سينفذ علانية.", "Country:KOR")]
    public void An_unnamed_spokesperson_speaks_for_the_state_they_speak_for(string text, string speaker)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(speaker, statement.SpeakerId);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_title_is_the_title_holder()
    {
        var statement = Assert.Single(Extract.From("من جانب آخر، قال وزير الدفاع الأميركي، جيمس ماتيس، إن مسألة القوات لن تكون مطروحة.").Statements);
        Assert.Equal("Person:james-matis", statement.SpeakerId);
    }
}

public sealed class SpokespersonTests
{
    [Fact]
    public void A_spokesperson_of_a_stateless_body_in_a_states_seat_speaks_for_that_state()
    {
        var statement = Assert.Single(Extract.From("وقال متحدث باسم مجلس الأمن القومي بالبيت الأبيض لرويترز، الأحد، إن إدارة ترامب \"لن ترتكب أخطاء الماضي ذاتها\".").Statements);
        Assert.Equal("Country:USA", statement.SpeakerId);
    }

    [Fact]
    public void A_spokesperson_of_an_international_body_speaks_for_the_body()
    {
        var statement = Assert.Single(Extract.From("وقال المتحدث باسم الأمم المتحدة إن المساعدات لم تصل إلى غزة.").Statements);
        Assert.Equal("Organization:un", statement.SpeakerId);
    }
}

public sealed class SpokespersonOfAPersonTests
{
    [Fact]
    public void The_spokesperson_of_a_head_of_government_speaks_for_the_state_and_is_not_the_head()
    {
        var result = Extract.From("وانتقدت بريطانيا القرار، بحسب ما صرح المتحدث باسم رئيسة الوزراء تيريزا ماي للصحافيين. وقال المتحدث \"نحن قلقون إزاء التقارير عن العنف\".");
        var statement = Assert.Single(result.Statements);
        Assert.Equal(("Country:GBR", "نحن قلقون إزاء التقارير عن العنف"), (statement.SpeakerId, statement.Text));
        Assert.DoesNotContain(result.Mentions, m => m.EntityId == "Person:theresa-may" && m.Text == "المتحدث باسم");
    }
}
