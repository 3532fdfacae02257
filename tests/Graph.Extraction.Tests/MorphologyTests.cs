namespace Graph.Extraction.Tests;

public sealed class MorphologyTests
{
    [Theory]
    [InlineData("اتهم/يتهم+", "اتهموا", "اتهمتا", "يتهمون", "تتهم", "سيتهم", "اتهمه", "يتهمها", "اتهمته", "اتهموه")]
    [InlineData("دعا/يدعو+", "دعت", "دعوا", "تدعو", "يدعون", "ستدعو", "دعاه", "لم يدع")]
    [InlineData("نفى/ينفي", "نفي", "نفت", "نفوا", "تنفي", "ينفون", "لم ينف")]
    [InlineData("قال/يقول", "قالت", "قالا", "قالوا", "تقول", "يقولون", "سيقول", "لم يقل", "لم تقل")]
    [InlineData("أكد/يؤكد", "اكد", "اكدت", "تؤكد", "يؤكدون")]
    public void A_verb_lemma_gives_its_forms_in_every_person_number_and_tense(string lemma, params string[] expected)
    {
        var forms = Morphology.Forms(lemma);
        foreach (var form in expected) Assert.Contains(Normalizer.Fold(form), forms);
    }

    [Fact]
    public void A_lemma_without_a_present_gives_the_past_only()
    {
        var forms = Morphology.Forms("ذكر/");
        Assert.Contains("ذكرت", forms);
        Assert.DoesNotContain("يذكر", forms);
    }

    [Fact]
    public void Object_pronouns_come_only_when_the_line_asks_for_them()
    {
        Assert.DoesNotContain("قاله", Morphology.Forms("قال/يقول"));
        Assert.Contains("اتهمه", Morphology.Forms("اتهم/يتهم+"));
    }

    [Theory]
    [InlineData("~إدانة", "ادانه", "الادانه", "ادانات", "ادانته", "اداناتها")]
    [InlineData("~اتهام", "الاتهام", "اتهامات", "اتهامه", "الاتهامات")]
    public void A_noun_lemma_gives_the_article_the_plural_and_the_possessives(string lemma, params string[] expected)
    {
        var forms = Morphology.Forms(lemma);
        foreach (var form in expected) Assert.Contains(form, forms);
    }

    [Fact]
    public void A_phrase_expands_its_first_word_and_keeps_the_rest()
    {
        var phrases = Morphology.Expand("فرض/يفرض عقوبات").Select(p => string.Join(" ", p.Words)).ToList();
        Assert.Contains("فرضت عقوبات", phrases);
        Assert.Contains("ستفرض عقوبات", phrases);
    }

    [Fact]
    public void A_present_that_does_not_start_with_ya_is_refused_with_the_form_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => Morphology.Forms("قال/تقول"));
        Assert.Contains("تقول", error.Message, StringComparison.Ordinal);
    }
}

public sealed class MorphologyCollisionTests
{
    [Theory]
    [InlineData("هنأ/يهنئ+", "هناك")]    // "there", not "congratulated you"
    [InlineData("وصف/يصف", "نصف")]       // "half", not "we describe"
    [InlineData("أصر/يصر", "نصر")]       // a name (نصر الله), not "we insist"
    [InlineData("دعا/يدعو+", "دعوه")]     // "a call" (دعوة), not "they called him"
    public void Forms_that_fold_onto_common_words_are_not_generated(string lemma, string word) =>
        Assert.DoesNotContain(word, Morphology.Forms(lemma));

    [Fact]
    public void No_cue_is_a_word_as_common_as_city_or_ministry()
    {
        var cues = Gazetteer.Default.Cues;
        foreach (var word in new[] { "مدينه", "زاره", "هناك", "نصف", "دعوه", "عبر" })
            Assert.False(cues.TryGet([word], out _), $"'{word}' is a relation cue");
        // عبر (via) is speech only as عبر X عن: its content word right after the speaker.
        Assert.False(Gazetteer.Default.Speech.TryGet(["عبر"], out var via) && !via!.ContentRightAfterSpeaker, "'عبر' (via) is a speech verb");
    }
}

public sealed class FrameTests
{
    [Theory]
    [InlineData("verb-prep", CueFrame.VerbPrep)]
    [InlineData("includes", CueFrame.Includes)]
    public void Frames_are_read_by_their_data_names(string name, CueFrame frame)
    {
        Assert.Equal(frame, Frames.Parse<CueFrame>("cues.tsv", name));
        Assert.Equal(name, Frames.Name(frame));
    }

    [Fact]
    public void An_unknown_frame_is_refused_with_the_file_and_the_frames_there_are()
    {
        var error = Assert.Throws<InvalidDataException>(() => Frames.Parse<SpeechFrame>("speech.tsv", "verbb"));
        Assert.Contains("speech.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("relay", error.Message, StringComparison.Ordinal);
    }
}
