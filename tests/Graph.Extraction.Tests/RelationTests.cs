using Graph.Core;

namespace Graph.Extraction.Tests;

public sealed class RelationTests
{
    [Theory]
    [InlineData("وتحذر الولايات المتحدة الصين بانتظام من تقديم المساعدة.", "WARNED", "Country:USA", "Country:CHN")]
    [InlineData("حذرت موسكو طوكيو من عواقب القرار.", "WARNED", "Country:RUS", "Country:JPN")]
    [InlineData("انتقدت الصين الولايات المتحدة بسبب الرسوم الجمركية.", "CRITICIZED", "Country:CHN", "Country:USA")]
    [InlineData("اتهمت إيران إسرائيل بتنفيذ الهجوم.", "ACCUSED", "Country:IRN", "Country:ISR")]
    [InlineData("التقى لافروف وانغ يي في بكين.", "MET", "Person:sergey-lavrov", "Person:wang-yi")]
    [InlineData("وقررت الحكومة اليابانية فرض عقوبات على روسيا.", "SANCTIONED", "Country:JPN", "Country:RUS")]
    [InlineData("شكر لافروف الصين على موقفها.", "THANKED", "Person:sergey-lavrov", "Country:CHN")]
    [InlineData("وهنأ أردوغان بوتين بفوزه في الانتخابات.", "CONGRATULATED", "Person:recep-tayyip-erdogan", "Person:vladimir-putin")]
    [InlineData("في الحرب بين أوكرانيا وروسيا.", "FOUGHT", "Country:UKR", "Country:RUS")]
    [InlineData("وتدعو الصين إلى تسوية سياسية، في حين يحضها الغربيون على بذل الجهود.", "URGED", "Bloc:west", "Country:CHN")]
    [InlineData("حذر وزير الخارجية الإيراني عباس عراقجي، اليوم الثلاثاء، إسرائيل من رد حاسم.", "WARNED", "Person:abbas-araghchi", "Country:ISR")]
    [InlineData("أشاد البوسعيدي بالدور العماني، داعيا الولايات المتحدة إلى العودة إلى المفاوضات.", "URGED", "Person:badr-albusaidi", "Country:USA")]
    [InlineData("اتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو إيران بدعم حركة حماس.", "ACCUSED", "Person:benjamin-netanyahu", "Country:IRN")]
    [InlineData("اتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو إيران بدعم حركة حماس.", "SUPPORTED", "Country:IRN", "Organization:hamas")]
    // A verb joined by و shares the subject of the sentence's first verb, not the nearest name before it.
    [InlineData("انتقد وزير الخارجية الأوكراني أندريه سيبيها تصريحات الرئيس الروسي، واتهم موسكو بمحاولة ترهيب الحلفاء.", "ACCUSED", "Person:andrii-sybiha", "Country:RUS")]
    // A verb that takes its object behind a preposition (أشاد بـ) has its subject right after it.
    [InlineData("وأكد السيسي ضرورة وقف الحرب، فيما أشاد روبيو بالدور المصري في الوساطة.", "PRAISED", "Person:marco-rubio", "Country:EGY")]
    // A nisba after a plural head noun stands for its country (شركات روسية).
    [InlineData("وفرضت اليابان الشهر الماضي عقوبات جديدة على شركات روسية.", "SANCTIONED", "Country:JPN", "Country:RUS")]
    public void Finds_typed_relations_with_subject_and_object(string text, string type, string subject, string obj)
    {
        var triples = Extract.Triples(text).ToList();
        var symmetric = Graph.Core.RelationTypeInfo.TryParse(type, out var t) && Graph.Core.RelationTypeInfo.Of(t).Symmetric;
        Assert.True(triples.Contains((type, subject, obj)) || symmetric && triples.Contains((type, obj, subject)),
            $"{type} {subject} -> {obj} not in: {string.Join("; ", triples)}");
    }

    [Fact]
    public void Actors_joined_to_a_subject_after_the_verb_act_too_and_are_not_its_object()
    {
        var triples = Extract.Triples("دعت قطر ومصر، الأحد، إسرائيل إلى العودة إلى طاولة المفاوضات.").ToList();
        Assert.Contains(("URGED", "Country:QAT", "Country:ISR"), triples);
        Assert.Contains(("URGED", "Country:EGY", "Country:ISR"), triples);
        Assert.DoesNotContain(("URGED", "Country:QAT", "Country:EGY"), triples);
    }

    [Fact]
    public void Those_who_condemn_an_attack_on_something_did_not_fight_each_other()
    {
        var triples = Extract.Triples("من جهتها، نددت السعودية والإمارات بالهجوم على ناقلة النفط في البحر الأحمر.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "FOUGHT");
        Assert.DoesNotContain(triples, t => t.Type == "PRAISED" || t.Type == "CRITICIZED" && t.Object == "Country:SAU");
    }

    [Fact]
    public void An_object_is_not_taken_from_past_the_verbs_clause()
    {
        var triples = Extract.Triples("ودعت الصين جميع الأطراف إلى ضبط النفس، حسبما نقلت وكالة شينخوا.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "URGED");
    }

    [Fact]
    public void Every_relation_carries_its_sentence_cue_offsets_and_cameo_code()
    {
        const string text = "قال لافروف إن الحوار ممكن. وحذرت موسكو طوكيو من عواقب القرار.";
        var warned = Assert.Single(Extract.From(text).Relations, r => r.Type == RelationType.Warned);
        var evidence = Assert.Single(warned.Evidence);
        Assert.Equal("وحذرت موسكو طوكيو من عواقب القرار.", evidence.Sentence);
        Assert.Equal(evidence.Sentence, text[evidence.SentenceStart..evidence.SentenceEnd]);
        Assert.Equal("وحذرت", text[evidence.Start..evidence.End]);
        Assert.Equal("130", warned.Info.Cameo);
    }

    [Fact]
    public void Every_country_of_a_coordinated_subject_acts()
    {
        var triples = Extract.Triples("وكانت المملكة العربية السعودية وقطر والأردن قد نددت في وقت سابق بالعملية العسكرية الإسرائيلية.").ToList();
        Assert.Contains(("CRITICIZED", "Country:SAU", "Country:ISR"), triples);
        Assert.Contains(("CRITICIZED", "Country:QAT", "Country:ISR"), triples);
        Assert.Contains(("CRITICIZED", "Country:JOR", "Country:ISR"), triples);
        Assert.All(Extract.From("وكانت السعودية قد نددت بالعملية العسكرية الإسرائيلية.").Relations, r => Assert.Equal(Modality.Asserted, r.Modality));
    }

    [Theory]
    [InlineData("أدانت وزارة الخارجية المصرية في بيان الغارات الإسرائيلية على مخيمات اللاجئين.", "CRITICIZED", "Organization:foreign-ministry-of-egypt", "Country:ISR")]
    [InlineData("ثمن رئيس الوزراء الفلسطيني محمد مصطفى الجهود المصرية لوقف الحرب.", "PRAISED", "Person:mohammed-mostafa", "Country:EGY")]
    public void A_nisba_after_a_head_noun_stands_for_its_country(string text, string type, string subject, string obj) =>
        Assert.Contains((type, subject, obj), Extract.Triples(text));

    [Fact]
    public void Sanctions_on_a_commander_of_a_body_fall_on_the_commander_not_from_the_body()
    {
        var triples = Extract.Triples("أعلنت وزارة الخارجية الأمريكية، الأربعاء، فرض عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو.").ToList();
        Assert.Contains(("SANCTIONED", "Organization:foreign-ministry-of-united-states", "Person:mohamed-hamdan-dagalo"), triples);
        Assert.DoesNotContain(triples, t => t.Subject == "Organization:rsf" && t.Type == "SANCTIONED");
    }

    [Fact]
    public void A_subject_is_not_taken_across_bayna_ma_and_an_unlisted_bodys_spokesperson_is_nobody_else()
    {
        const string text = "وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن القرار نهائي. ورحبت الحكومة السودانية بالقرار، بينما انتقد المتحدث باسم قوات مسلحة العقوبات.";
        Assert.DoesNotContain(Extract.Triples(text), t => t.Type == "CRITICIZED");
    }

    [Fact]
    public void What_a_denial_reports_is_not_asserted()
    {
        var result = Extract.From("ونفت مصر أن تكون قد دعمت الجيش السوداني بالأسلحة، مؤكدة أنها تدعم الحل السياسي.");
        Assert.DoesNotContain(result.Relations, r => r.Type == RelationType.Supported && r.Modality == Modality.Asserted);
    }

    [Fact]
    public void Any_attack_is_a_supposition_not_a_fight()
    {
        var relation = Extract.From("إيران تحذر إسرائيل من أي هجوم على منشآتها النووية.").Relations.SingleOrDefault(r => r.Type == RelationType.Fought);
        Assert.True(relation is null || relation.Modality == Modality.Possible);
    }

    [Fact]
    public void A_denied_act_is_recorded_as_negated()
    {
        var relation = Assert.Single(Extract.From("لم تنتقد الصين الولايات المتحدة في البيان.").Relations, r => r.Type == RelationType.Criticized);
        Assert.Equal(Modality.Negated, relation.Modality);
    }

    [Theory]
    [InlineData("سوف تفرض اليابان عقوبات على روسيا.", Modality.Future)]
    [InlineData("قد تفرض اليابان عقوبات على روسيا.", Modality.Possible)]
    [InlineData("فرضت اليابان عقوبات على روسيا.", Modality.Asserted)]
    public void Records_the_modality_the_text_gives(string text, Modality modality)
    {
        var relation = Assert.Single(Extract.From(text).Relations, r => r.Type == RelationType.Sanctioned);
        Assert.Equal(("Country:JPN", "Country:RUS", modality), (relation.SubjectId, relation.ObjectId, relation.Modality));
    }

    [Fact]
    public void His_country_is_the_country_of_the_sentence_subject()
    {
        const string text = "وندد لافروف في مؤتمر صحفي مع نظيره الصيني وانغ يي بالعقوبات التي فرضها الغرب على بلاده.";
        Assert.Contains(("SANCTIONED", "Bloc:west", "Country:RUS"), Extract.Triples(text));
    }

    [Fact]
    public void A_symmetric_relation_gets_one_id_whichever_way_round()
    {
        var a = Ids.Relation("Article:x", RelationType.Met, "Person:a", "Person:b");
        var b = Ids.Relation("Article:x", RelationType.Met, "Person:b", "Person:a");
        Assert.Equal(a, b);
    }
}

public sealed class SubjectFirstTests
{
    [Theory]
    [InlineData("ألمانيا تطالب إسرائيل بضبط النفس أمام احتجاجات غزة", "URGED", "Country:DEU", "Country:ISR")]
    [InlineData("وكان ماكرون قد زار واشنطن قبل أسبوعين.", "VISITED", "Person:emmanuel-macron", "Country:USA")]
    [InlineData("الصين تنتقد اليابان بشدة بسبب تصريحاتها.", "CRITICIZED", "Country:CHN", "Country:JPN")]
    public void A_subject_before_its_verb_acts_on_the_actor_after_it(string text, string type, string subject, string obj) =>
        Assert.Contains((type, subject, obj), Extract.Triples(text));

    [Fact]
    public void A_subject_before_its_verb_speaks_and_the_actor_after_it_does_not()
    {
        var statement = Assert.Single(Extract.From("ألمانيا تطالب إسرائيل بضبط النفس أمام احتجاجات غزة").Statements);
        Assert.Equal("Country:DEU", statement.SpeakerId);
    }

    [Theory]
    [InlineData("تحدث ترامب مع الرئيس الفرنسي إيمانويل ماكرون عن سوريا وإيران.", "Person:donald-trump", "Person:emmanuel-macron")]
    [InlineData("وتناولت القمة بين روسيا والصين ملفات التعاون.", "Country:RUS", "Country:CHN")]
    public void Talks_with_and_summits_between_are_meetings(string text, string a, string b)
    {
        var met = Assert.Single(Extract.From(text).Relations, r => r.Info.Name == "MET");
        Assert.Equal(new[] { a, b }.Order(), new[] { met.SubjectId, met.ObjectId }.Order());
    }

    [Theory]
    [InlineData("وقطعت السعودية العلاقات الدبلوماسية مع قطر.", "Country:SAU", "Country:QAT")]
    public void Cutting_ties_is_a_sanction(string text, string subject, string obj) =>
        Assert.Contains(("SANCTIONED", subject, obj), Extract.Triples(text));

    [Theory]
    [InlineData("وحث لافروف الولايات المتحدة على وقف التصعيد.", "Person:sergey-lavrov", "Country:USA")]
    [InlineData("وحثوا الولايات المتحدة على وقف التصعيد.", null, "Country:USA")]
    public void Urging_in_any_form_is_one_lemma(string text, string? subject, string obj)
    {
        var urged = Extract.From(text).Relations.Where(r => r.Info.Name == "URGED").ToList();
        if (subject is null) Assert.Empty(urged);
        else Assert.Contains(urged, r => r.SubjectId == subject && r.ObjectId == obj);
    }
}

public sealed class ModalityTests
{
    [Theory]
    [InlineData("وتدرس اليابان فرض عقوبات على روسيا.", Modality.Future)]
    [InlineData("وتعتزم اليابان فرض عقوبات جديدة على روسيا.", Modality.Future)]
    [InlineData("وإذا فرضت اليابان عقوبات على روسيا فسترد موسكو.", Modality.Possible)]
    [InlineData("وفرضت اليابان عقوبات على روسيا.", Modality.Asserted)]
    public void A_considered_intended_or_conditional_sanction_is_not_asserted(string text, Modality modality)
    {
        var sanction = Assert.Single(Extract.From(text).Relations, r => r.Info.Name == "SANCTIONED");
        Assert.Equal(("Country:JPN", "Country:RUS", modality), (sanction.SubjectId, sanction.ObjectId, sanction.Modality));
    }
}

public sealed class EvaluationTests
{
    [Theory]
    [InlineData("وأكد نتنياهو أن إيران كانت تكذب بوقاحة.", "ACCUSED", "Person:benjamin-netanyahu", "Country:IRN")]
    [InlineData("وقال لافروف إن سياسة الولايات المتحدة في المنطقة \"كارثية\".", "CRITICIZED", "Person:sergey-lavrov", "Country:USA")]
    [InlineData("ووصف لافروف تصريحات الولايات المتحدة بأنها \"مسيئة\".", "CRITICIZED", "Person:sergey-lavrov", "Country:USA")]
    public void What_a_speaker_says_about_a_named_target_criticises_or_accuses_it(string text, string type, string subject, string obj)
    {
        var relation = Assert.Single(Extract.From(text).Relations, r => r.Info.Name == type);
        Assert.Equal((subject, obj), (relation.SubjectId, relation.ObjectId));
        Assert.True(relation.Confidence <= 0.5, "a relation read from what was said is less sure than one a verb states");
        Assert.NotNull(relation.Evidence[0].StatementId);
    }
}

public sealed class KnownOfficeHolderTests
{
    [Fact]
    public void A_known_office_holder_of_another_state_is_not_the_holder_of_a_title_before_him()
    {
        var result = Extract.From("وكان في استقبال الرئيس الصيني الشيخ محمد بن راشد آل مكتوم.");
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.ObjectId == "Country:CHN");
    }
}

public sealed class CueLineTests
{
    [Fact]
    public void Subjects_joined_by_wa_and_closed_by_a_comma_each_act_on_the_object_after_it()
    {
        var triples = Extract.Triples("وقطعت الإمارات والسعودية ومصر والبحرين، العلاقات الدبلوماسية مع قطر في يونيو.").ToList();
        foreach (var state in new[] { "Country:ARE", "Country:SAU", "Country:EGY", "Country:BHR" })
            Assert.Contains(("SANCTIONED", state, "Country:QAT"), triples);
    }

    [Fact]
    public void A_sanction_falls_only_on_whom_it_is_imposed_on()
    {
        var triples = Extract.Triples("كما فرضت واشنطن الثلاثاء عقوبات على محافظ البنك وبنك مقره العراق.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "SANCTIONED" && t.Object == "Country:IRQ");
    }

    [Fact]
    public void Bare_dam_is_the_verbal_noun_of_support_not_the_verb()
    {
        var triples = Extract.Triples("بعد رفضه دعم المقاطعة التي تقودها الإمارات ضد جارتها قطر.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "SUPPORTED");
        Assert.Contains(("SUPPORTED", "Country:CHN", "Country:RUS"), Extract.Triples("فقد سمح دعم بكين لموسكو بمواصلة الحرب."));
    }
}

public sealed class DirectObjectTests
{
    [Fact]
    public void An_actor_inside_what_a_verb_calls_for_is_not_its_object()
    {
        var triples = Extract.Triples("ودعت بريطانيا إلى الهدوء في قطاع غزة بعد افتتاح السفارة الأمريكية في القدس.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "URGED" && t.Object == "Country:USA");
    }

    [Fact]
    public void A_person_behind_a_preposition_after_a_title_does_not_hold_it()
    {
        var result = Extract.From("أشاد الدكتور محمد البرادعي، نائب الرئيس المصري السابق، بميشيل باشيليت.");
        var bachelet = result.Entities.Where(e => e.Labels.GetValueOrDefault("ar") == "ميشيل باشيليت").Select(e => e.Id).ToList();
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && bachelet.Contains(r.SubjectId));
    }
}

public sealed class CoordinationTests
{
    [Fact]
    public void Objects_joined_by_wa_are_each_acted_upon()
    {
        var triples = Extract.Triples("وسيزور وزير الخارجية الروسي سيرغي لافروف خلال جولته تشاد وجيبوتي وكينيا.").ToList();
        foreach (var state in new[] { "Country:TCD", "Country:DJI", "Country:KEN" })
            Assert.Contains(("VISITED", "Person:sergey-lavrov", state), triples);
    }

    [Fact]
    public void Sanctions_on_the_leaders_of_a_body_fall_on_the_body()
    {
        var triples = Extract.Triples("وفرضت الولايات المتحدة عقوبات على قادة حزب الله اللبناني.").ToList();
        Assert.Contains(("SANCTIONED", "Country:USA", "Organization:hezbollah"), triples);
    }
}

public sealed class MembershipAndAllianceTests
{
    [Fact]
    public void The_members_named_after_which_includes_belong_to_the_body_before_it()
    {
        var triples = Extract.Triples("وتتخذ القرارات في منظمة شنغهاي للتعاون، التي تضم روسيا والصين والهند.").ToList();
        foreach (var state in new[] { "Country:RUS", "Country:CHN", "Country:IND" })
            Assert.Contains(("MEMBER_OF", state, "Organization:sco"), triples);
    }

    [Fact]
    public void An_ally_of_a_state_cooperates_with_it()
    {
        var triples = Extract.Triples("ويعد حزب الله الحليف لإيران أقوى فصيل في لبنان.").ToList();
        Assert.Contains(triples, t => t.Type == "COOPERATED" && new[] { t.Subject, t.Object }.Order().SequenceEqual(new[] { "Country:IRN", "Organization:hezbollah" }));
    }

    [Fact]
    public void A_question_asserts_nothing()
    {
        var result = Extract.From("هل التقى لافروف بوزير الخارجية الصيني وانغ يي؟");
        Assert.All(result.Relations.Where(r => r.Info.Name == "MET"), r => Assert.Equal(Modality.Possible, r.Modality));
    }

    [Fact]
    public void A_word_of_judgement_inside_a_bodys_name_does_not_end_it()
    {
        var result = Extract.From("وقال مركز استهداف تمويل الإرهاب إن العقوبات نافذة.");
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.Labels.GetValueOrDefault("ar") == "مركز استهداف تمويل الإرهاب");
    }
}

public sealed class OneActTests
{
    [Fact]
    public void An_officials_act_and_the_countrys_in_one_sentence_are_one_edge()
    {
        var triples = Extract.Triples("وانتقدت روسيا اليابان، وقال لافروف إن طوكيو \"اختارت طريق المواجهة العدائية\".").ToList();
        Assert.Contains(("CRITICIZED", "Person:sergey-lavrov", "Country:JPN"), triples);
        Assert.DoesNotContain(("CRITICIZED", "Country:RUS", "Country:JPN"), triples);
    }
}

public sealed class PassiveTests
{
    [Fact]
    public void The_agent_of_a_passive_act_is_its_subject()
    {
        var triples = Extract.Triples("وقالت الصين إن عقوبات جديدة فرضت على روسيا من قبل اليابان الشهر الماضي.").ToList();
        Assert.Contains(("SANCTIONED", "Country:JPN", "Country:RUS"), triples);
        Assert.DoesNotContain(("SANCTIONED", "Country:CHN", "Country:RUS"), triples);
    }
}

public sealed class OwnSideTests
{
    [Fact]
    public void A_person_visited_is_a_person_met()
    {
        var triples = Extract.Triples("وزار وزير الخارجية الروسي سيرغي لافروف الرئيس الصيني شي جين بينغ في بكين.").ToList();
        Assert.DoesNotContain(triples, t => t.Type == "VISITED" && t.Object == "Person:xi-jinping");
        Assert.Contains(triples, t => t.Type == "MET" && new[] { t.Subject, t.Object }.Order().SequenceEqual(new[] { "Person:sergey-lavrov", "Person:xi-jinping" }));
    }

    [Fact]
    public void A_leader_and_the_body_he_leads_are_one_side()
    {
        var triples = Extract.Triples("وأشاد حزب الله بأمينه العام حسن نصر الله.").ToList();
        Assert.DoesNotContain(triples, t => t.Subject == "Organization:hezbollah" && t.Object == "Person:hassan-nasrallah");
    }
}

public sealed class ReceptionTests
{
    [Fact]
    public void A_visitor_received_by_a_host_met_the_host()
    {
        var result = Extract.From("وكان في استقبال الرئيس الصيني شي جين بينغ في مطار أبوظبي، نائب رئيس الدولة رئيس الوزراء حاكم دبي الشيخ محمد بن راشد آل مكتوم.");
        var met = Assert.Single(result.Relations, r => r.Info.Name == "MET");
        Assert.Equal(new[] { "Person:mohammed-bin-rashid-al-maktoum", "Person:xi-jinping" }, new[] { met.SubjectId, met.ObjectId }.Order());
        Assert.DoesNotContain(result.Entities, e => e.Labels.GetValueOrDefault("ar") == "حاكم");
    }
}

public sealed class AppositionArgumentTests
{
    [Fact]
    public void The_subjects_office_set_off_by_commas_does_not_hide_the_object_after_it()
    {
        var triples = Extract.Triples("أشاد الدكتور محمد البرادعي، نائب الرئيس المصري السابق، بأنطونيو غوتيريش، الأمين العام للأمم المتحدة.");
        Assert.Contains(triples, t => t.Type == "PRAISED" && t.Subject == "Person:mohammed-al-bradi" && t.Object == "Person:antonio-guterres");
        Assert.DoesNotContain(triples, t => t.Type == "PRAISED" && t.Object == "Country:EGY");
    }

    [Fact]
    public void A_given_name_with_a_preposition_is_a_person_behind_that_preposition_not_a_title_holder()
    {
        var result = Extract.From("أشاد وزير الخارجية الفرنسي، بميشيل باشيليت، المفوضة السامية لحقوق الإنسان.");
        var michelle = Assert.Single(result.Entities, e => e.Labels.GetValueOrDefault("ar") == "ميشيل باشيليت");
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "AFFILIATED_WITH" && r.SubjectId == michelle.Id && r.ObjectId == "Country:FRA");
    }

    [Fact]
    public void An_outlet_in_brackets_at_the_head_of_a_paragraph_is_a_dateline_not_an_actor()
    {
        var triples = Extract.Triples("(CNN)-- دعا رجل الدين العراقي، مقتدى الصدر، الحكومة العراقية إلى الاستقالة.");
        Assert.DoesNotContain(triples, t => t.Subject.StartsWith("Organization:", StringComparison.Ordinal));
    }
}

public sealed class ObjectPronounTests
{
    [Fact]
    public void A_joined_verb_with_an_object_pronoun_acts_on_the_last_one_named_by_the_sentences_subject()
    {
        var triples = Extract.Triples("والتقى وزير الخارجية الروسي سيرغي لافروف مع نظيره الصيني وانغ يي في بكين وحثه على دعم المبادرة.");
        Assert.Contains(triples, t => t.Type == "URGED" && t.Subject == "Person:sergey-lavrov" && t.Object == "Person:wang-yi");
    }

    [Fact]
    public void A_masculine_object_pronoun_points_at_a_person_not_a_capital_named_after_him()
    {
        var triples = Extract.Triples("وقال لافروف إن تصريحات جونسون، عمدة لندن السابق، مسيئة ودعاه إلى الاعتذار.");
        Assert.Contains(triples, t => t.Type == "URGED" && t.Subject == "Person:sergey-lavrov" && t.Object == "Person:boris-johnson");
        Assert.DoesNotContain(triples, t => t.Type == "URGED" && t.Object == "Country:GBR");
    }
}

public sealed class GroupAndVenueTests
{
    [Fact]
    public void Those_named_among_the_object_are_acted_upon_too() =>
        Assert.Contains(("SANCTIONED", "Country:USA", "Person:hassan-nasrallah"),
            Extract.Triples("أعلنت الولايات المتحدة فرض عقوبات على قادة حزب الله اللبناني من بينهم الأمين العام حسن نصر الله."));

    [Fact]
    public void Talks_between_two_office_holders_named_with_titles_are_a_meeting_of_the_two() =>
        Assert.Contains(("MET", "Person:kim-jong-un", "Person:moon-jae-in"),
            Extract.Triples("وجاء ذلك قبيل محادثات بين زعيم كوريا الشمالية كيم جونغ أون ورئيس كوريا الجنوبية مون جيه إن."));

    [Fact]
    public void Speaking_at_an_event_in_another_country_is_a_visit_but_a_country_inside_a_noun_phrase_is_not()
    {
        Assert.Contains(Extract.Triples("وخلال منتدى في سنغافورة، قال وزير الدفاع الياباني إيتسونوري أونوديرا إن كوريا الشمالية تخدع العالم."),
            t => t.Type == "VISITED" && t.Object == "Country:SGP");
        Assert.DoesNotContain(Extract.Triples("وبعد حظر النقاب في الدنمارك، قال وزير الخارجية البريطاني إن الحظر خاطئ."),
            t => t.Type == "VISITED");
    }
}

public sealed class GroupPronounTests
{
    [Fact]
    public void A_plural_verb_with_an_object_pronoun_goes_on_with_every_member_of_the_subject_group()
    {
        var triples = Extract.Triples("وقطعت السعودية والبحرين ومصر العلاقات الدبلوماسية مع قطر واتهموها بدعم الإرهاب.");
        foreach (var state in new[] { "Country:SAU", "Country:BHR", "Country:EGY" })
            Assert.Contains(("ACCUSED", state, "Country:QAT"), triples);
    }
}

public sealed class ScheduledActTests
{
    [Fact]
    public void A_meeting_that_is_scheduled_is_recorded_as_future_not_asserted()
    {
        var result = Extract.From("ومن المقرر أن يجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره الصيني وانغ يي الأسبوع المقبل.");
        var met = Assert.Single(result.Relations, r => r.Info.Name == "MET");
        Assert.Equal(Graph.Core.Modality.Future, met.Modality);
    }
}
