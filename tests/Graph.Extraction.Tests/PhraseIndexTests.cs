namespace Graph.Extraction.Tests;

public sealed class PhraseIndexTests
{
    [Fact]
    public void The_first_word_filter_stays_sparse_with_every_lemma_expanded()
    {
        _ = Gazetteer.Default;
        _ = Lexicon.Prepositions;
        TestContext.Current.SendDiagnosticMessage($"{PhraseTables.Registered} first words, filter {PhraseTables.FilterFill:P1} set");
        Assert.True(PhraseTables.FilterFill < 0.1, $"{PhraseTables.Registered} first words set {PhraseTables.FilterFill:P1} of the filter's bits");
    }
}
