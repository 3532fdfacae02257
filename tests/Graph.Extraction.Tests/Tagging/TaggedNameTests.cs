using Graph.Core;

namespace Graph.Extraction.Tests.Tagging;

/// <summary>The tagger as a step of the extraction (<see cref="TaggedNameFinder"/>), on the failure kinds it was added for.</summary>
public sealed class TaggedNameTests
{
    [Theory]
    // No title and no given name the lists know: only the tagger finds these.
    [InlineData("وقال بيرني ساندرز إن الاقتصاد يخدم الأغنياء.", "بيرني ساندرز")]
    [InlineData("وقالت مارين لوبان إن فرنسا يجب أن تغلق حدودها.", "مارين لوبان")]
    [InlineData("وقال ماتيو سالفيني إن إيطاليا لن تستقبل المهاجرين.", "ماتيو سالفيني")]
    public void Finds_person_without_title(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name" && m.Text == name);
        Assert.True(person.NameIsTransliteration);
    }

    [Theory]
    // A given name reads on through name-like words (منسق، صاحب are ones to the rule); the tagger ends the name before the noun.
    [InlineData("وقال مارك لوكوك منسق الإغاثة إن الوضع كارثي.", "مارك لوكوك")]
    [InlineData("وأعلن اللاعب سعيد أحمد صاحب الهدف أنه سعيد.", "سعيد أحمد")]
    public void Name_followed_by_a_noun_ends_before_the_noun(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        var mention = Assert.Single(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name");
        Assert.Equal(name, mention.Text);
    }

    [Theory]
    // What the gazetteer lists stays with the rules: the tagger adds nothing over it and no second entity beside it.
    [InlineData("وقال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار.", "Person:vladimir-putin")]
    [InlineData("وأكد الرئيس (فلاديمير) بوتين أن موسكو مستعدة للحوار.", "Person:vladimir-putin")]
    public void A_listed_person_stays_the_gazetteers(string text, string id)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(id, person.Id);
    }

    [Theory]
    // A future verb with و in front is no name, however sure the tagger is (سيفهمون).
    [InlineData("وقال السفير إن المسؤولين في طوكيو وسيفهمون الحاجة إلى الحوار.")]
    public void A_verb_is_no_person(string text)
    {
        var result = Extract.From(text);
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Person && e.Labels.GetValueOrDefault("ar") is "وسيفهمون" or "سيفهمون");
    }

    [Fact]
    public void A_later_family_name_links_to_the_person_the_tagger_found()
    {
        var result = Extract.From("وقال ماتيو سالفيني إن إيطاليا لن تستقبل المهاجرين. وأضاف سالفيني أن الحكومة موحدة.");
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, result.Mentions.Count(m => m.EntityId == person.Id));
    }
}
