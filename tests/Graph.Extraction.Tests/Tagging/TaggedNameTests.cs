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
    // سيزار after a first name is a name, not a future verb (سي + زار).
    [InlineData("وأدرك التعادل البرازيلي جوليو سيزار في الدقيقة الأخيرة.", "جوليو سيزار")]
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
    // The rule reads a given name on through a noun (لاعب); the tagger is sure the noun is no name and cuts it off.
    [InlineData("وشارك محمد بركات لاعب وسط الفريق في التدريب.", "محمد بركات")]
    public void Words_the_tagger_is_sure_are_no_name_are_cut_off_a_rules_name(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, Assert.Single(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name").Text);
    }

    [Theory]
    // The rule stops after a given name it knows (جلال); the tagger's name goes on over a word no rule claims.
    [InlineData("وقال الرئيس العراقي جلال طالباني إن الحوار مستمر.", "جلال طالباني")]
    public void The_taggers_name_carries_a_rules_name_on(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, Assert.Single(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name").Text);
    }

    [Theory]
    // A club named after a city is an organisation, not the city's country (مدريد is listed as Spain's capital).
    [InlineData("وتغلب ريال مدريد على ضيفه بثلاثة أهداف.", "ريال مدريد")]
    [InlineData("وسجل مانشستر يونايتد هدفين في الشوط الأول.", "مانشستر يونايتد")]
    public void A_club_named_after_a_city_is_an_organisation(string text, string name)
    {
        var result = Extract.From(text);
        var club = Assert.Single(result.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal(name, Assert.Single(result.Mentions, m => m.EntityId == club.Id).Text);
        Assert.DoesNotContain(result.Mentions, m => m.Kind == "name" && result.Entities.Single(e => e.Id == m.EntityId).Type != EntityType.Organization);
    }

    [Theory]
    // A given name that begins with ك is no 'like' + a listed country (كلاوس is not ك + لاوس) or given name (كريم is not ك + ريم).
    [InlineData("وقال كلاوس شواب مؤسس المنتدى إن الاقتصاد يتعافى.", "كلاوس شواب")]
    [InlineData("وعاد كريم حسن مدافع الفريق إلى التدريبات.", "كريم حسن")]
    public void A_given_name_beginning_with_kaf_keeps_its_kaf(string text, string name)
    {
        var result = Extract.From(text);
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Country);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, Assert.Single(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name").Text);
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

    [Theory]
    // A listed form that begins with a common noun (صحيفة، وكالة): the name is the words after it, the noun a title of the
    // same body, and the body still speaks.
    [InlineData("وقالت صحيفة هآرتس إن الحكومة ستجتمع غدا.", "Organization:haaretz", "صحيفة", "هآرتس")]
    [InlineData("وأعلنت وكالة فرانس برس أن الوفد وصل إلى القاهرة.", "Organization:afp", "وكالة", "فرانس برس")]
    public void A_listed_name_narrows_to_the_words_the_tagger_finds_after_a_common_noun(string text, string id, string noun, string name)
    {
        var result = Extract.From(text);
        Assert.Contains(result.Mentions, m => m.EntityId == id && m.Kind == "title" && m.Text == noun);
        Assert.Contains(result.Mentions, m => m.EntityId == id && m.Kind == "name" && m.Text == name);
        Assert.Contains(result.Statements, s => s.SpeakerId == id);
    }

    [Fact]
    public void A_listed_person_after_bin_in_a_longer_name_is_the_father_not_a_mention()
    {
        var result = Extract.From("وحضر اللقاء سمو الشيخ حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي.");
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name" && m.Text == "حمدان بن محمد بن راشد آل مكتوم");
    }

    [Theory]
    // A head noun and indefinite words the tagger is sure are no name describe a body; they do not name one.
    [InlineData("وتعتزم شركة صينية بناء مصنع جديد في المدينة.", null)]
    // All common nouns, but definite: a name still.
    [InlineData("وأعلن مركز استهداف تمويل الإرهاب فرض عقوبات جديدة.", "مركز استهداف تمويل الإرهاب")]
    public void A_body_read_after_a_head_noun_is_no_name_when_indefinite_and_the_tagger_is_sure(string text, string? name)
    {
        var bodies = Extract.From(text).Entities.Where(e => e.Type == EntityType.Organization).ToList();
        if (name is null) Assert.Empty(bodies);
        else Assert.Equal(name, Assert.Single(bodies).Labels["ar"]);
    }

    [Theory]
    // The tagger reads a name on past where the rules stopped: past a listed form, and over a nisba that is a family name.
    [InlineData("استقبل الفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي مساء أمس.", "محمد بن زايد آل نهيان")]
    [InlineData("حضر اللقاء معالي الدكتور محمد سعيد الكندي وزير البيئة والمياه.", "محمد سعيد الكندي")]
    public void A_name_runs_on_where_the_tagger_is_sure_it_does(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name" && m.Text == name);
        Assert.DoesNotContain(result.Mentions, m => m.Kind == "demonym");
    }
}
