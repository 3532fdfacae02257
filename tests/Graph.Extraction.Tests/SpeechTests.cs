using Graph.Core;

namespace Graph.Extraction.Tests;

public sealed class SpeechTests
{
    [Theory]
    [InlineData("وقال لافروف «إن العلاقات وصلت إلى مستوى غير مسبوق».", "إن العلاقات وصلت إلى مستوى غير مسبوق")]
    [InlineData("وقال لافروف “إن العلاقات وصلت إلى مستوى غير مسبوق”.", "إن العلاقات وصلت إلى مستوى غير مسبوق")]
    [InlineData("وقال لافروف:\"إن العلاقات وصلت إلى مستوى غير مسبوق\".", "إن العلاقات وصلت إلى مستوى غير مسبوق")]
    public void Quotes_in_every_mark_style_are_statements_of_the_speaker(string text, string words)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(("Person:sergey-lavrov", words, StatementKind.Quote), (statement.SpeakerId, statement.Text, statement.Kind));
        Assert.Equal(words, text[statement.Start..statement.End]);
    }

    [Theory]
    [InlineData("قال لافروف إن موسكو لن تتراجع عن موقفها.", "إن موسكو لن تتراجع عن موقفها")]
    [InlineData("وأكد لافروف أن روسيا ستواصل تعاونها مع الصين.", "أن روسيا ستواصل تعاونها مع الصين")]
    [InlineData("وأشار لافروف إلى أن العقوبات لم تحقق أهدافها.", "أن العقوبات لم تحقق أهدافها")]
    public void Reported_speech_is_a_paraphrase_from_the_complementiser(string text, string words)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(("Person:sergey-lavrov", words, StatementKind.Paraphrase), (statement.SpeakerId, statement.Text, statement.Kind));
    }

    [Theory]
    [InlineData("قال لافروف إن موسكو لن تتراجع عن موقفها.", Modality.Asserted)]
    [InlineData("ونفى لافروف أن تكون روسيا قد أرسلت أسلحة إلى المنطقة.", Modality.Negated)]
    [InlineData("ولم يقل لافروف إن روسيا سترسل أسلحة إلى المنطقة.", Modality.Negated)]
    [InlineData("وسيقول لافروف إن روسيا لن ترسل أسلحة إلى المنطقة.", Modality.Future)]
    public void A_statement_takes_the_modality_of_its_speech_verb(string text, Modality modality)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(("Person:sergey-lavrov", modality), (statement.SpeakerId, statement.Modality));
    }

    [Fact]
    public void A_verb_without_a_subject_continues_the_current_speaker()
    {
        var result = Extract.From("قال لافروف إن الحوار ممكن. وأضاف «لكننا لن نقبل الشروط».");
        Assert.Equal(2, result.Statements.Count(s => s.SpeakerId == "Person:sergey-lavrov"));
    }

    [Fact]
    public void A_verb_joined_by_wa_speaks_for_the_subject_of_the_sentence_not_the_nearest_name()
    {
        var result = Extract.From("حذر الرئيس الروسي فلاديمير بوتين الدول الغربية من تزويد أوكرانيا بالصواريخ، وقال إن ذلك يعني الحرب.");
        var statement = Assert.Single(result.Statements, s => s.Text == "إن ذلك يعني الحرب");
        Assert.Equal("Person:vladimir-putin", statement.SpeakerId);
    }

    [Fact]
    public void Reported_words_end_before_a_participle_that_starts_the_next_act_and_keep_their_closing_quote_mark()
    {
        const string text = "موسكو - قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن اليابان \"اختارت المواجهة\"، محذرة طوكيو من الرد.";
        var result = Extract.From(text);
        var statement = Assert.Single(result.Statements);
        Assert.Equal(("Person:maria-zakharova", "إن اليابان \"اختارت المواجهة\""), (statement.SpeakerId, statement.Text));
        // The dateline (موسكو -) does not act: the speaker warned Tokyo.
        Assert.Contains(result.Relations, r => r.Type == RelationType.Warned && r.SubjectId == "Person:maria-zakharova" && r.ObjectId == "Country:JPN");
        Assert.DoesNotContain(result.Relations, r => r.Type == RelationType.Warned && r.SubjectId == "Country:RUS");
    }

    [Fact]
    public void A_verb_joined_by_wa_after_a_country_subject_speaks_for_that_country()
    {
        const string text = "دعت قطر ومصر، الأحد، إسرائيل وحركة حماس إلى العودة إلى المفاوضات، وأكدتا في بيان مشترك أن \"الحل الوحيد هو وقف إطلاق النار\".";
        var statement = Assert.Single(Extract.From(text).Statements, s => s.Kind == StatementKind.Quote);
        Assert.Equal("Country:QAT", statement.SpeakerId);
    }

    [Fact]
    public void A_country_right_after_a_verb_of_condemnation_is_the_one_condemning()
    {
        var statement = Assert.Single(Extract.From("وقال لافروف إن الحوار ممكن. من جهتها، نددت السعودية بالهجوم على ناقلة النفط.").Statements,
            s => s.Text.StartsWith("بالهجوم", StringComparison.Ordinal));
        Assert.Equal("Country:SAU", statement.SpeakerId);
    }

    [Fact]
    public void Nested_and_unbalanced_quotation_marks_stay_inside_one_quote()
    {
        var nested = Extract.From("وقال لافروف إن «إعادة انتخاب بوتين «رئيسا» أعطت ضمانات إضافية».");
        Assert.Equal("إعادة انتخاب بوتين «رئيسا» أعطت ضمانات إضافية", Assert.Single(nested.Statements).Text);
        var unbalanced = Extract.From("وقال لافروف «ستتم معاقبة كل المتورطين «في الهجوم «بالتأكيد».");
        Assert.Equal("ستتم معاقبة كل المتورطين «في الهجوم «بالتأكيد", Assert.Single(unbalanced.Statements).Text);
    }

    [Fact]
    public void A_headline_speaker_colon_words_is_a_statement()
    {
        var result = Extract.From("السفير الروسي في اليابان نيكولاي نوزدريف يتحدث\n\nوزير خارجية روسيا: إسرائيل تخطط للسيطرة على الضفة الغربية");
        var headline = Assert.Single(result.Statements, s => s.Headline);
        Assert.Equal("إسرائيل تخطط للسيطرة على الضفة الغربية", headline.Text);
        Assert.Equal("Country:RUS", headline.SpeakerId);
    }

    [Fact]
    public void According_to_after_a_quote_names_its_speaker()
    {
        var result = Extract.From("سمح الدعم «بمواصلة الحرب»، وفق ما قال مدير «مركز كارنيجي» ألكسندر جابويف لوكالة فرانس برس.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("بمواصلة الحرب", statement.Text);
        Assert.Equal("ألكسندر جابويف", result.Entities.Single(e => e.Id == statement.SpeakerId).Labels["ar"]);
        Assert.Equal("Organization:afp", statement.SourceId);
    }

    [Fact]
    public void A_speaker_whose_name_starts_with_ba_is_not_the_content_of_his_accusation()
    {
        var result = Extract.From("اتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو إيران بدعم حركة حماس وحزب الله، وقال إن إسرائيل ستفعل كل ما يلزم.");
        var said = result.Statements.Where(s => s.SpeakerId == "Person:benjamin-netanyahu").Select(s => s.Text).ToList();
        Assert.Equal(["بدعم حركة حماس وحزب الله", "إن إسرائيل ستفعل كل ما يلزم"], said);
    }

    [Fact]
    public void A_quoted_name_after_a_noun_is_not_a_statement()
    {
        var result = Extract.From("وكتب جابويف في مجلة «فورين بوليسي» هذا الأسبوع مقالا.");
        Assert.Empty(result.Statements);
    }
}

public sealed class SpeechContentTests
{
    [Theory]
    [InlineData("ودعت فرنسا إسرائيل إلى عدم استخدام القوة في غزة.", "Country:FRA", "عدم استخدام القوة في غزة")]
    [InlineData("وحث لافروف الدول الغربية على وقف تزويد أوكرانيا بالأسلحة.", "Person:sergey-lavrov", "وقف تزويد أوكرانيا بالأسلحة")]
    [InlineData("وأعربت الصين عن قلقها البالغ من تصاعد التوتر في المنطقة.", "Country:CHN", "قلقها البالغ من تصاعد التوتر في المنطقة")]
    [InlineData("وطالبت روسيا بإنهاء العمليات العسكرية في المنطقة.", "Country:RUS", "بإنهاء العمليات العسكرية في المنطقة")]
    [InlineData("وحذرت اليابان من عواقب التصعيد في شبه الجزيرة الكورية.", "Country:JPN", "عواقب التصعيد في شبه الجزيرة الكورية")]
    public void Words_after_a_verbs_own_content_word_are_what_was_said(string text, string speaker, string words)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal((speaker, words), (statement.SpeakerId, statement.Text));
    }

    [Theory]
    [InlineData("وأعربت الصين عن ثقتها الكاملة بأن المحادثات ستنجح.", "Country:CHN", "بأن المحادثات ستنجح")]
    [InlineData("وعبرت اليابان عن خشيتها من أن تنهار الهدنة.", "Country:JPN", "أن تنهار الهدنة")]
    public void A_complementiser_a_few_words_after_the_content_word_begins_what_was_said(string text, string speaker, string words)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal((speaker, words), (statement.SpeakerId, statement.Text));
    }

    [Fact]
    public void Bare_abara_is_speech_only_with_its_content_word_right_after_the_speaker()
    {
        var statement = Assert.Single(Extract.From("بينما عبر وزير الخارجية الروسي، سيرغي لافروف، عن أمله في أن تستمر المحادثات.").Statements);
        Assert.Equal("Person:sergey-lavrov", statement.SpeakerId);
        Assert.Empty(Extract.From("ونشر لافروف الرسالة عبر تويتر بعد الاجتماع.").Statements);
    }

    [Fact]
    public void Repeating_a_claim_is_a_second_statement_of_the_same_speaker()
    {
        var statements = Extract.From("وقال لافروف إن العقوبات غير قانونية، وكرر أن موسكو لن تتراجع.").Statements;
        Assert.Equal(["إن العقوبات غير قانونية", "أن موسكو لن تتراجع"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal("Person:sergey-lavrov", s.SpeakerId));
    }

    [Fact]
    public void A_describing_participle_reports_the_words_after_its_object()
    {
        var statements = Extract.From("وانتقد لافروف العقوبات، واصفا القرار الياباني بأنه \"خطوة عدائية\".").Statements;
        Assert.Contains(statements, s => s.SpeakerId == "Person:sergey-lavrov" && s.Text == "خطوة عدائية");
    }

    [Fact]
    public void A_relative_clause_with_a_speech_verb_speaks_for_the_name_it_follows()
    {
        var statements = Extract.From("وقال وزير الخارجية الروسي سيرغي لافروف، الذي أدان \"العقوبات الأحادية\"، إن الحوار ممكن.").Statements;
        Assert.Equal(["العقوبات الأحادية", "إن الحوار ممكن"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal("Person:sergey-lavrov", s.SpeakerId));

        var other = Extract.From("وقال لافروف إنه التقى بوزير الخارجية الصيني وانغ يي، الذي أكد أن بكين تدعم الحوار.").Statements;
        Assert.Contains(other, s => s.SpeakerId == "Person:wang-yi" && s.Text == "أن بكين تدعم الحوار");
        Assert.DoesNotContain(other, s => s.SpeakerId == "Person:sergey-lavrov" && s.Text.Contains("بكين", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال ضابط سابق، يدعى ماريو كارلوس، إنه شارك في العملية.")]
    [InlineData("لكن ناشطا في المعارضة، يُدعى ماريو كارلوس، قال \"لم نكن نعرف شيئا\".")]
    public void The_one_named_by_yudaa_speaks_not_the_noun_that_describes_him(string text)
    {
        var result = Extract.From(text);
        var statement = Assert.Single(result.Statements);
        Assert.Equal("ماريو كارلوس", result.Entities.Single(e => e.Id == statement.SpeakerId).Labels["ar"]);
    }

    [Fact]
    public void A_joined_verb_with_an_object_before_its_content_word_continues_the_speaker()
    {
        var statements = Extract.From("وقال لافروف إن الحوار ممكن، ودعا الجانب الياباني إلى مراجعة موقفه.").Statements;
        Assert.Contains(statements, s => s.SpeakerId == "Person:sergey-lavrov" && s.Text == "مراجعة موقفه");
    }

    [Theory]
    [InlineData("وقال لافروف إن الحوار ممكن. لكنه حذر من التصعيد في المنطقة.", "التصعيد في المنطقة")]
    [InlineData("وقال لافروف إن الحوار ممكن، فيما حذر الحكومات من التصعيد في المنطقة.", "التصعيد في المنطقة")]
    [InlineData("ونددت روسيا بالقرار الياباني، وهو ما اعتبرته انتهاكا صارخا للقانون الدولي.", "انتهاكا صارخا للقانون الدولي")]
    public void A_new_clause_without_a_subject_continues_the_speaker(string text, string words)
    {
        var statements = Extract.From(text).Statements;
        Assert.Contains(statements, s => s.Text == words && s.SpeakerId is "Person:sergey-lavrov" or "Country:RUS");
        Assert.DoesNotContain(statements, s => s.Text != words && s.Text.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void A_complementiser_after_a_quotation_goes_on_with_the_same_reported_clause() =>
        Assert.Equal("أنه \"من الخطأ تماما\" أن تستمر العقوبات",
            Assert.Single(Extract.From("وأشار لافروف إلى أنه \"من الخطأ تماما\" أن تستمر العقوبات.").Statements).Text);

    [Fact]
    public void A_name_after_a_speech_verb_in_a_relative_clause_about_a_noun_is_its_object_not_its_speaker()
    {
        var statements = Extract.From("ودعم لافروف الدعوات التي طالبت نتنياهو بالاعتذار، قائلا إن التصريحات مسيئة.").Statements;
        Assert.DoesNotContain(statements, s => s.SpeakerId == "Person:benjamin-netanyahu");
        var resumed = Extract.From("وجاء ذلك بعد تصريحات للوزير سيرغي لافروف التي طالب فيها بإنهاء العقوبات.").Statements;
        Assert.Equal("Person:sergey-lavrov", Assert.Single(resumed).SpeakerId);
    }

    [Fact]
    public void After_a_bare_anna_the_noun_is_the_subject_not_the_last_speaker()
    {
        var statements = Extract.From("وقال لافروف إن الحوار ممكن.\n\nبيد أن مؤسس المنتدى قال إن الحوار مستحيل.").Statements;
        Assert.DoesNotContain(statements, s => s.Text.Contains("مستحيل", StringComparison.Ordinal) && s.SpeakerId == "Person:sergey-lavrov");
    }

    [Fact]
    public void A_state_body_right_after_a_verb_of_describing_with_its_own_object_after_it_speaks()
    {
        var result = Extract.From("ووصف التلفزيون الرسمي الإيراني اتهامات نتنياهو بأنها نوع من الدعاية.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("التلفزيون الرسمي الإيراني", result.Entities.Single(e => e.Id == statement.SpeakerId).Labels["ar"]);
        Assert.Contains(result.Relations, r => r.Info.Name == "CRITICIZED" && r.SubjectId == statement.SpeakerId && r.ObjectId == "Person:benjamin-netanyahu");
    }

    [Fact]
    public void A_name_a_colon_and_a_quotation_inside_a_paragraph_is_a_statement()
    {
        var statement = Assert.Single(Extract.From("وأنهى وزير الخارجية الروسي سيرغي لافروف حديثه للصحفيين. لافروف: \"شكرا لكم!\"").Statements);
        Assert.Equal(("Person:sergey-lavrov", "شكرا لكم"), (statement.SpeakerId, statement.Text));
        Assert.DoesNotContain(Extract.From("وأنهى لافروف حديثه وقال الوزير: الحوار ممكن.").Statements, s => s.Text == "الحوار ممكن" && s.Headline);
    }

    [Fact]
    public void An_adverb_with_ba_after_a_verb_of_condemnation_is_not_what_was_condemned() =>
        Assert.Equal("بالهجوم على السفارة", Assert.Single(Extract.From("ونددت فرنسا بشدة بالهجوم على السفارة.").Statements).Text);

    [Theory]
    [InlineData("وستؤكد الصين أن المفاوضات ستستمر.", "Country:CHN")]
    [InlineData("ويؤكد لافروف أن المفاوضات ستستمر.", "Person:sergey-lavrov")]
    [InlineData("ولم يقل لافروف إن المفاوضات ستستمر.", "Person:sergey-lavrov")]
    public void A_speech_verb_speaks_in_forms_nobody_listed_by_hand(string text, string speaker)
    {
        var statement = Assert.Single(Extract.From(text).Statements);
        Assert.Equal(speaker, statement.SpeakerId);
    }

    [Fact]
    public void One_noun_after_a_content_word_is_the_act_of_speaking_not_what_was_said()
    {
        var statement = Assert.Single(Extract.From("وأعرب لافروف عن أسفه قائلا «يتم تطبيق هذه السياسة بقوة».").Statements);
        Assert.Equal("يتم تطبيق هذه السياسة بقوة", statement.Text);
    }

    [Fact]
    public void A_verb_after_a_subject_nobody_resolved_is_not_given_to_the_last_speaker()
    {
        var result = Extract.From("قال لافروف إن الحوار ممكن.\nمجلس الوزراء السعودي يشدد على دعم الجهود المبذولة لاستدامة الاتفاق.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("إن الحوار ممكن", statement.Text);
    }

    [Fact]
    public void A_verb_after_a_particle_continues_the_last_speaker()
    {
        var result = Extract.From("قال لافروف إن الحوار ممكن. لكن الوزير أضاف أن موسكو لن تقبل الشروط.");
        Assert.Equal(2, result.Statements.Count(s => s.SpeakerId == "Person:sergey-lavrov"));
    }
}

public sealed class SpeechConstructionTests
{
    [Fact]
    public void Speakers_joined_by_wa_each_say_the_words_under_ids_of_their_own()
    {
        var statements = Extract.From("من جهة أخرى، أعلنت فرنسا وألمانيا وبريطانيا أنها ملتزمة باستمرار تنفيذ الاتفاق.").Statements;
        Assert.Equal(["Country:DEU", "Country:FRA", "Country:GBR"], statements.Select(s => s.SpeakerId!).Order());
        Assert.Equal(3, statements.Select(s => s.Id).Distinct().Count());
        Assert.All(statements, s => Assert.Equal("أنها ملتزمة باستمرار تنفيذ الاتفاق", s.Text));
    }

    [Theory]
    [InlineData("وأكد وزير المالية الإسرائيلي ضرورة الموافقة على الميزانية قبل نهاية الأسبوع.", "ضرورة الموافقة على الميزانية قبل نهاية الأسبوع")]
    [InlineData("ونفى لافروف بشدة ما جاء في التقارير الغربية عن المفاوضات.", "ما جاء في التقارير الغربية عن المفاوضات")]
    public void What_was_said_can_be_the_verbs_object(string text, string words) =>
        Assert.Equal(words, Assert.Single(Extract.From(text).Statements).Text);

    [Fact]
    public void A_quotation_the_clause_goes_on_past_is_part_of_the_reported_words()
    {
        var statement = Assert.Single(Extract.From("وقال لافروف إن \"العقوبات\" لن تغير موقف روسيا من الأزمة.").Statements);
        Assert.Equal("إن \"العقوبات\" لن تغير موقف روسيا من الأزمة", statement.Text);
    }

    [Fact]
    public void A_quotation_followed_by_wa_inna_is_one_statement_and_the_next_clause_another()
    {
        var statements = Extract.From("وقال لافروف إن \"الأمور تسير بصورة جيدة\" وإن الاستعدادات جارية لعقد القمة.").Statements;
        Assert.Equal(["الأمور تسير بصورة جيدة", "وإن الاستعدادات جارية لعقد القمة"], statements.Select(s => s.Text));
    }
}

public sealed class AttributionTests
{
    [Fact]
    public void The_clause_before_according_to_is_what_the_source_said()
    {
        var statement = Assert.Single(Extract.From("وانفجرت طائرتان بدون طيار بالقرب من منصة الرئيس، بحسب وزير الخارجية الروسي سيرغي لافروف.").Statements);
        Assert.Equal(("Person:sergey-lavrov", "وانفجرت طائرتان بدون طيار بالقرب من منصة الرئيس"), (statement.SpeakerId, statement.Text));
    }

    [Fact]
    public void According_to_at_the_head_of_a_sentence_attributes_the_clause_after_its_comma()
    {
        var statement = Assert.Single(Extract.From("ووفقا للافروف، فإن العقوبات الغربية لن تغير موقف روسيا.").Statements);
        Assert.Equal(("Person:sergey-lavrov", "فإن العقوبات الغربية لن تغير موقف روسيا"), (statement.SpeakerId, statement.Text));
    }
}

public sealed class QuotationTests
{
    [Fact]
    public void A_relative_clause_about_the_speaker_is_passed_over()
    {
        var statement = Assert.Single(Extract.From("وقال لافروف، الذي انتقد \"العقوبات الغربية\" أمس، إن الحوار ممكن مع اليابان.").Statements);
        Assert.Equal("إن الحوار ممكن مع اليابان", statement.Text);
    }

    [Fact]
    public void Quotations_chained_by_lakin_are_each_said()
    {
        var statements = Extract.From("وقال لافروف إن \"الاتفاق ليس هو الأفضل\"، لكن \"له عدد من المزايا\".").Statements;
        Assert.Equal(["الاتفاق ليس هو الأفضل", "له عدد من المزايا"], statements.Select(s => s.Text));
    }

    [Fact]
    public void After_a_content_word_the_quotation_alone_is_what_was_said()
    {
        var statement = Assert.Single(Extract.From("وأعربت روسيا عن \"خيبة أملها العميقة\" لقرار الرئيس الأميركي.").Statements);
        Assert.Equal("خيبة أملها العميقة", statement.Text);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_title_speaks()
    {
        var statement = Assert.Single(Extract.From("وقالت وزيرة الدفاع الفرنسية، فلورانس بارلي، إن \"الاتفاق ليس هو الأفضل في العالم\".").Statements);
        Assert.StartsWith("Person:", statement.SpeakerId, StringComparison.Ordinal);
    }
}

public sealed class ReportedWordBoundaryTests
{
    [Fact]
    public void Where_the_words_were_said_is_not_part_of_them()
    {
        var statement = Assert.Single(Extract.From("وقال لافروف إن العقوبات لن تغير شيئا في تصريحات جاءت بعد لقائه نظيره الصيني.").Statements);
        Assert.Equal("إن العقوبات لن تغير شيئا", statement.Text);
    }

    [Fact]
    public void After_a_noun_with_bi_the_quotation_alone_is_what_was_said()
    {
        var statement = Assert.Single(Extract.From("وتوعد لافروف اليابان بعواقب \"وخيمة للغاية\" إذا استمرت العقوبات.").Statements);
        Assert.Equal("وخيمة للغاية", statement.Text);
    }
}

public sealed class EllipsisTests
{
    [Fact]
    public void An_ellipsis_inside_a_quotation_does_not_end_the_sentence()
    {
        var statement = Assert.Single(Extract.From("وقال لافروف إن موسكو \"مستعدة... لوضع خريطة طريق للحل\".").Statements);
        Assert.Contains("لوضع خريطة طريق للحل", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ellipsis_outside_a_quotation_still_ends_it()
    {
        var doc = new ArabicExtractor().Annotate("انتهى الاجتماع... وبدأ المؤتمر الصحفي.");
        Assert.Equal(2, doc.Sentences.Count);
    }
}

public sealed class ObjectStatementTests
{
    [Fact]
    public void A_number_joined_to_the_subject_is_no_object_statement()
    {
        var result = Extract.From("أعلنت الولايات المتحدة وست دول خليجية فرض عقوبات على قادة حزب الله.");
        Assert.DoesNotContain(result.Statements, s => s.Text.StartsWith("وست", StringComparison.Ordinal));
    }
}
