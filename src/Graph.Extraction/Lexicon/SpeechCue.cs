namespace Graph.Extraction;

/// <summary>A speech verb or phrase from <c>speech.tsv</c>: its frame and the content words after which its reported words begin (الي for دعا،
/// ب for طالب), folded. <see cref="ContentRightAfterSpeaker"/>: the form counts as speech only when a content word follows its
/// speaker at once (عبر X عن; bare عبر is mostly "via").</summary>
public sealed record SpeechCue(SpeechFrame Frame, string[] Content, bool ContentRightAfterSpeaker = false)
{
    /// <summary>Whether what was said can be the verb's object (أكد ضرورة …، نفى ما جاء …): <c>*</c> among the content words.</summary>
    public bool TakesObject { get; } = Array.IndexOf(Content, "*") >= 0;

    /// <summary>Whether the reported words begin at <paramref name="token"/>: <see cref="ContentWord.Separate"/> for a content
    /// word of its own (إلى، على، عن، من), <see cref="ContentWord.Attached"/> for a word with the content preposition attached
    /// (بإنهاء for ب).</summary>
    public ContentWord Opens(Token token)
    {
        if (!token.IsWord || Content.Length == 0) return ContentWord.None;
        var word = token.WithoutConjunction;
        foreach (var c in Content)
        {
            if (word == c) return c.Length > 1 ? ContentWord.Separate : ContentWord.Attached;
            if (c.Length == 1 && word.Length > 2 && word[0] == c[0] && token.Split.Preposition) return ContentWord.Attached;
        }
        return ContentWord.None;
    }
}

/// <summary>How a speech verb's content word stands at a token (see <see cref="SpeechCue.Opens"/>).</summary>
public enum ContentWord
{
    None,
    /// <summary>A word of its own, left out of the reported words (إلى الهدوء → الهدوء).</summary>
    Separate,
    /// <summary>Attached to the first reported word, which keeps it (بإنهاء التحقيق).</summary>
    Attached,
}
