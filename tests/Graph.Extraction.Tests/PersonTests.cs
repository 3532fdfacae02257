using Graph.Core;

namespace Graph.Extraction.Tests;

public sealed class PersonTests
{
    [Theory]
    [InlineData("قال وزير الخارجية الفرنسي جان نويل بارو إن باريس ترحب بالاتفاق.", "جان نويل بارو", "Foreign Minister", "Country:FRA")]
    [InlineData("وصرح السفير الروسي لدى اليابان نيكولاي نوزدريف بأن موسكو سترد.", "نيكولاي نوزدريف", "Ambassador to Japan", "Country:RUS")]
    [InlineData("وقال نائب وزير الخارجية الروسي أندريه رودينكو إن الحوار متوقف.", "أندريه رودينكو", "Deputy Foreign Minister", "Country:RUS")]
    [InlineData("وأعلن رئيس وزراء العراق محمد شياع السوداني أن الحكومة ستتخذ إجراءات.", "محمد شياع السوداني", "Prime Minister", "Country:IRQ")]
    public void Finds_an_unlisted_person_from_their_office(string text, string name, string role, string country)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person && e.Labels.GetValueOrDefault("ar") == name);
        var office = Assert.Single(result.Relations, r => r.Type == RelationType.AffiliatedWith && r.SubjectId == person.Id);
        Assert.Equal(country, office.ObjectId);
        Assert.Equal(role, office.Role);
    }

    [Theory]
    // A family name with the article ends the name; so does a regnal number.
    [InlineData("وقال الرئيس السوري بشار الأسد إن الحرب انتهت.", "بشار الأسد")]
    [InlineData("وأعلن رئيس الحكومة اللبنانية فؤاد السنيورة أن الحوار مستمر.", "فؤاد السنيورة")]
    [InlineData("واستقبل العاهل الأردني الملك عبدالله الثاني الوفد في عمان.", "عبدالله الثاني")]
    // Joiners (بن، آل) do not count against the length of a name, and a name does not end on one.
    [InlineData("وقال رئيس الوزراء القطري حمد بن جاسم بن جبر آل ثاني إن المنطقة تمر بمرحلة صعبة.", "حمد بن جاسم بن جبر آل ثاني")]
    // A conjunction, a future verb or tanween starts something else.
    [InlineData("وشدد الرئيس الأمريكي جورج بوش ورئيس الوزراء البريطاني على الاتفاق.", "جورج بوش")]
    [InlineData("وأكدت وزيرة الخارجية الأمريكية كوندوليزا رايس ستزور المنطقة قريبا.", "كوندوليزا رايس")]
    [InlineData("وقال رئيس الوزراء الهولندي مارك روته مجدداً إن الحلف موحد.", "مارك روته")]
    [InlineData("ووصل الرئيس الكيني وليام روتو يرافقه وفد كبير.", "وليام روتو")]
    [InlineData("وأكد الرئيس الفنزويلي نيكولاس مادورو بالمناسبة أن بلاده لن تتراجع.", "نيكولاس مادورو")]
    public void A_name_after_a_title_ends_where_the_name_ends(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name" && m.Text == name);
    }

    [Theory]
    [InlineData("وقال أحمد التوفيق وزير الأوقاف إن المساجد ستفتح.", "أحمد التوفيق")]
    [InlineData("وأكد أسامة المليجي، مدير الشركة، أن الأرباح ارتفعت.", "أسامة المليجي")]
    public void A_given_name_and_a_family_name_before_an_office_are_a_person(string text, string name) =>
        Assert.Contains(Extract.From(text).Mentions, m => m.EntityId.StartsWith("Person:", StringComparison.Ordinal) && m.Kind == "name" && m.Text == name);

    [Theory]
    [InlineData("وقال الدكتور أحمد زويل إن العلم لا وطن له.", "أحمد زويل", "الدكتور")]
    [InlineData("وأعلن اللواء أحمد المسماري أن القوات تقدمت.", "أحمد المسماري", "اللواء")]
    [InlineData("وقال فضيلة الشيخ أحمد الطيب إن الفتوى واضحة.", "أحمد الطيب", "فضيلة")]
    public void An_honorific_or_a_rank_announces_a_name(string text, string name, string title)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "name" && m.Text == name);
        Assert.Contains(result.Mentions, m => m.EntityId == person.Id && m.Kind == "title" && m.Text == title);
    }

    [Theory]
    [InlineData("وعقدت القمة في شرم الشيخ يوم الخميس.")]
    [InlineData("وأجرى الوزير اتصالاً هاتفياً مع نظيره المصري.")]
    [InlineData("وسيفهمون الحاجة إلى بناء حسن الجوار بين البلدين.")]
    public void Words_after_a_title_or_a_given_name_are_not_taken_for_a_name(string text) =>
        Assert.DoesNotContain(Extract.From(text).Entities, e => e.Type == EntityType.Person);

    [Fact]
    public void Titles_in_a_row_belong_to_the_person_after_the_last_one()
    {
        const string text = "وقال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني إن الدوحة ستواصل الوساطة. "
            + "في المقابل، رفض رئيس الوزراء الإسرائيلي بنيامين نتنياهو الدعوة.";
        var result = Extract.From(text);
        const string qatar = "Person:mohammed-bin-abdulrahman-al-thani";
        Assert.Contains(result.Mentions, m => m.EntityId == qatar && m.Kind == "title" && m.Text == "رئيس مجلس الوزراء");
        Assert.Contains(result.Statements, s => s.SpeakerId == qatar && s.Text.StartsWith("إن الدوحة", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlisted_name_is_marked_as_transliterated()
    {
        var person = Assert.Single(Extract.From("وصرح السفير الروسي لدى اليابان نيكولاي نوزدريف بأن موسكو سترد.").Entities, e => e.Type == EntityType.Person);
        Assert.True(person.NameIsTransliteration);
        Assert.Matches("^[A-Za-z' ]+$", person.Name);
    }

    [Fact]
    public void Later_mentions_by_family_name_link_to_the_full_name()
    {
        const string text = "قال السفير الروسي لدى اليابان نيكولاي نوزدريف إن موسكو سترد. وأشار نوزدريف إلى أن القائمة طويلة.";
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, result.Mentions.Count(m => m.EntityId == person.Id && m.Kind == "name"));
        Assert.Equal(2, result.Statements.Count(s => s.SpeakerId == person.Id));
    }

    [Fact]
    public void A_known_office_holder_gets_the_office_the_text_gives()
    {
        var result = Extract.From("قال وزير الخارجية الروسي سيرجي لافروف إن العلاقات جيدة.");
        var office = Assert.Single(result.Relations, r => r.Type == RelationType.AffiliatedWith);
        Assert.Equal(("Person:sergey-lavrov", "Country:RUS", "Foreign Minister"), (office.SubjectId, office.ObjectId, office.Role));
        Assert.Contains(result.Mentions, m => m.EntityId == "Person:sergey-lavrov" && m.Kind == "title" && m.Text == "وزير الخارجية الروسي");
    }

    [Fact]
    public void A_bare_title_resolves_to_the_person_who_holds_it()
    {
        const string text = "التقى وزير الخارجية الصيني وانغ يي نظيره الروسي. وقال وزير الخارجية الصيني إن بلاده تدعم الحوار.";
        var result = Extract.From(text);
        Assert.Contains(result.Statements, s => s.SpeakerId == "Person:wang-yi" && s.Text.StartsWith("إن بلاده", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_nobody_holds_in_the_text_resolves_to_its_country()
    {
        var result = Extract.From("وقال وزير الخارجية الإيراني إن طهران لن تتفاوض تحت الضغط.");
        Assert.Contains(result.Statements, s => s.SpeakerId == "Country:IRN");
    }
}

public sealed class NameBoundaryTests
{
    [Fact]
    public void A_noun_ending_in_ta_marbuta_after_a_title_is_no_name()
    {
        var result = Extract.From("وأكد وزير المالية الإسرائيلي ضرورة الموافقة على الميزانية قبل نهاية الأسبوع.");
        Assert.DoesNotContain(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Equal("Country:ISR", Assert.Single(result.Statements).SpeakerId);
    }
}

public sealed class TitleTests
{
    [Fact]
    public void A_two_word_name_after_a_title_is_the_title_holder_not_the_known_person_after_it()
    {
        var result = Extract.From("واتهم وزير الخزانة الأمريكي ستيفن منوشين حسن نصر الله بأنه \"يطيل المعاناة في سوريا\".");
        var accused = Assert.Single(result.Relations, r => r.Info.Name == "ACCUSED");
        var mnuchin = Assert.Single(result.Entities, e => e.Labels.GetValueOrDefault("ar") == "ستيفن منوشين");
        Assert.Equal((mnuchin.Id, "Person:hassan-nasrallah"), (accused.SubjectId, accused.ObjectId));
        Assert.DoesNotContain(result.Entities, e => e.Type == Graph.Core.EntityType.Organization && e.Id.Contains("treasury", StringComparison.Ordinal));
    }
}

public sealed class AppositionTests
{
    [Fact]
    public void A_title_set_off_by_a_comma_after_a_name_is_that_persons_office()
    {
        var result = Extract.From("وقال يوسف العتيبة، السفير الإماراتي لدى واشنطن، إن القرار صائب.");
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Contains(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId == person.Id && r.ObjectId == "Country:ARE");
        Assert.Equal(person.Id, Assert.Single(result.Statements).SpeakerId);
    }

    [Fact]
    public void A_title_with_one_word_before_a_known_body_is_an_office_of_the_body()
    {
        var result = Extract.From("وقال رئيس مفوضية الاتحاد الإفريقي موسى فكي إن التصريحات من الماضي.");
        Assert.Contains(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.ObjectId == "Organization:au");
    }

    [Theory]
    [InlineData("وقالت نائبة وزير الخارجية الروسي إن الحوار ممكن.")]
    [InlineData("وقالت سفيرة روسيا لدى اليابان إن الحوار ممكن.")]
    public void A_feminine_title_is_the_same_office(string text) =>
        Assert.Equal("Country:RUS", Assert.Single(Extract.From(text).Statements).SpeakerId);
}

public sealed class NameBeforeTitleTests
{
    [Theory]
    [InlineData("وقال ماركو بوتشيني المتحدث باسم الحكومة الإيطالية إن المحادثات مستمرة.", "بوتشيني")]
    [InlineData("وصرح جان-لوك ميلانشون رئيس حزب فرنسا الأبية للصحفيين بأن القرار خاطئ.", "ميلانشون")]
    [InlineData("وأعلن فرانسوا بايرو رئيس مجلس المدينة فتح تحقيق في الحادث.", "بايرو")]
    public void A_name_between_a_verb_and_an_office_is_the_office_holder(string text, string family)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.EndsWith(family, person.Labels["ar"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_after_a_speech_verb_and_before_the_office_speaks()
    {
        var result = Extract.From("وقال ماركو بوتشيني المتحدث باسم الحكومة الإيطالية إن المحادثات مستمرة.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("ماركو بوتشيني", result.Entities.Single(e => e.Id == statement.SpeakerId).Labels["ar"]);
    }
}

public sealed class SetOffNameTests
{
    [Theory]
    [InlineData("وقال رجل الدين الشيعي اللبناني، حسين الموسوي، إن الحكومة فشلت.", "حسين الموسوي")]
    [InlineData("وقال المتحدث باسم الخارجية الإيرانية، عباس عراقجي، إن طهران تنتظر الحقائق.", "عباس عراقجي")]
    [InlineData("وقالت الرئيسة السابقة لحزب المحافظين، البارونة وارسي، إن الحكومة فشلت.", "وارسي")]
    public void A_name_set_off_by_commas_is_kept_whole(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Equal(name, person.Labels["ar"]);
        Assert.Equal(person.Id, Assert.Single(result.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("وقال رئيس هيئة الطاقة الذرية الباكستانية علي رضا خان إن البرنامج سلمي.", "علي رضا خان")]
    [InlineData("وقال رئيس مؤسسة النفط الوطنية مصطفى صنع الله إن الإنتاج عاد.", "مصطفى صنع الله")]
    public void An_office_of_an_unlisted_body_then_a_given_name_is_that_persons_office(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Equal(name, person.Labels["ar"]);
        Assert.Equal(person.Id, Assert.Single(result.Statements).SpeakerId);
    }

    [Fact]
    public void An_office_of_an_unlisted_body_before_a_known_person_is_that_persons() =>
        Assert.Equal("Person:fayez-al-sarraj",
            Assert.Single(Extract.From("وشدد رئيس حكومة الوحدة الوطنية فائز السراج على أن الانتخابات ضرورية.").Statements).SpeakerId);

    [Fact]
    public void A_foreign_name_that_begins_like_a_verb_after_a_title_is_the_title_holder()
    {
        var result = Extract.From("وقالت نائبة وزير الخارجية الإسرائيلية تسيبي هوتوفيلي إن القرار تاريخي.");
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Equal("تسيبي هوتوفيلي", person.Labels["ar"]);
        Assert.Equal(person.Id, Assert.Single(result.Statements).SpeakerId);
        Assert.Equal("Country:RUS", Assert.Single(Extract.From("وقال وزير الخارجية الروسي يعتبر أن القرار خاطئ.").Statements).SpeakerId);
    }

    [Fact]
    public void Ali_written_with_a_dotted_ya_before_a_name_is_a_given_name_but_the_preposition_is_not()
    {
        Assert.Contains(Extract.From("والتقى الوزير علي باقري كني بالسفير.").Entities, e => e.Labels.GetValueOrDefault("ar") == "علي باقري كني");
        Assert.DoesNotContain(Extract.From("وحصل الوفد على موافقة الحكومة.").Entities, e => e.Type == Graph.Core.EntityType.Person);
    }

    [Fact]
    public void An_office_portfolio_after_lishuun_is_part_of_the_title_not_a_name()
    {
        var result = Extract.From("وقال وزير الدولة البريطاني لشؤون الشرق الأوسط إن العنف يجب أن يتوقف.");
        Assert.DoesNotContain(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        Assert.Equal("Country:GBR", Assert.Single(result.Statements).SpeakerId);
    }
}

public sealed class MadeUpPersonTests
{
    [Fact]
    public void Words_after_a_title_that_the_tagger_is_sure_are_no_name_make_no_person()
    {
        var result = Extract.From("وحاول ماكرون إقناع نظيره الأمريكي بعدم الانسحاب من الاتفاق النووي.");
        Assert.Equal(["Person:emmanuel-macron"], result.Entities.Where(e => e.Type == Graph.Core.EntityType.Person).Select(e => e.Id));
    }
}

public sealed class OfficeOfBodyTests
{
    [Fact]
    public void A_name_then_an_office_of_a_party_is_affiliated_with_the_party_and_does_not_criticise_it_or_the_outlet()
    {
        var result = Extract.From("وصرح ماركو بوتشيني رئيس حزب الديمقراطيين لإذاعة أوروبا1 \"هذا القرار صادم\".");
        var marco = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person);
        var party = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Organization && e.Labels.GetValueOrDefault("ar") == "حزب الديمقراطيين");
        Assert.Contains(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId == marco.Id && r.ObjectId == party.Id);
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "CRITICIZED");
    }

    [Fact]
    public void A_party_named_in_quotation_marks_after_its_head_is_one_body()
    {
        var result = Extract.From("وقال جان لوك ميلينشون زعيم حزب \"فرنسا الأبية\" إن القضية خطيرة.");
        Assert.Contains(result.Entities, e => e.Type == Graph.Core.EntityType.Organization && e.Labels.GetValueOrDefault("ar")!.Contains("فرنسا الأبية", StringComparison.Ordinal));
    }
}

public sealed class StoryStateTests
{
    [Fact]
    public void A_government_office_named_without_its_state_belongs_to_the_state_the_article_is_about()
    {
        const string text = "أزمة جديدة في الائتلاف الحاكم في إسرائيل.\n\nيواجه الائتلاف الحكومي في إسرائيل أزمة سياسية جديدة. "
            + "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحكومة مستقرة.\n\nوقال وزير الدفاع أفيغدور ليبرمان إن حزبه سيصوت ضد القانون.";
        var result = Extract.From(text);
        var lieberman = Assert.Single(result.Entities, e => e.Labels.GetValueOrDefault("ar") == "أفيغدور ليبرمان");
        Assert.Contains(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId == lieberman.Id && r.ObjectId == "Country:ISR");
    }

    [Fact]
    public void No_state_is_guessed_when_the_article_names_two_alike()
    {
        const string text = "وقال وزير الدفاع أفيغدور ليبرمان إن إسرائيل وإيران في مواجهة، وإن إيران تهدد إسرائيل.";
        var result = Extract.From(text);
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId.StartsWith("Person:", StringComparison.Ordinal));
    }
}

public sealed class TradeTitleTests
{
    [Theory]
    [InlineData("وقال المدرب ماركو بوتشيني إن الفريق جاهز.", "ماركو بوتشيني")]
    [InlineData("وقال اللاعب ماركو بوتشيني إن الفريق جاهز.", "ماركو بوتشيني")]
    public void A_trade_before_a_name_introduces_the_person_without_an_office_of_state(string text, string name)
    {
        var result = Extract.From(text);
        var person = Assert.Single(result.Entities, e => e.Type == Graph.Core.EntityType.Person && e.Labels.GetValueOrDefault("ar") == name);
        Assert.Equal(person.Id, Assert.Single(result.Statements).SpeakerId);
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH");
    }
}
