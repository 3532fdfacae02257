using Graph.Extraction.Tagging;

namespace Graph.Extraction.Tests.Tagging;

public sealed class TaggerTrainingTests
{

    private static List<ConllCorpus.Tokenized> SampleSentences() =>
        ConllCorpus.Read(new StringReader(Graph.Tests.Shared.ConllSample.Text)).Select(ConllCorpus.Tokenize).ToList();

    private static byte[] Bytes(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_on_the_same_sentences_writes_the_same_bytes()
    {
        var first = Bytes(TaggerTrainer.Train(SampleSentences(), Gazetteer.Default, epochs: 3));
        var second = Bytes(TaggerTrainer.Train(SampleSentences(), Gazetteer.Default, epochs: 3));
        Assert.True(first.Length > 16);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_written_model_reads_back_to_the_same_tags()
    {
        var model = TaggerTrainer.Train(SampleSentences(), Gazetteer.Default, epochs: 5);
        var read = TaggerModel.Read(new MemoryStream(Bytes(model)));
        foreach (var s in SampleSentences())
        {
            int[] a = new int[s.Tags.Length], b = new int[s.Tags.Length];
            model.Tag(s.Document, Gazetteer.Default, 0, a.Length, a);
            read.Tag(s.Document, Gazetteer.Default, 0, b.Length, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Learns_the_sample_it_was_trained_on()
    {
        var sentences = SampleSentences();
        var scores = TaggerTrainer.Evaluate(TaggerTrainer.Train(sentences, Gazetteer.Default, epochs: 5), sentences, Gazetteer.Default);
        Assert.Equal(1.0, scores.Micro, 3);
    }

    [Fact]
    public void Words_split_by_the_tokenizer_keep_their_word_tag()
    {
        var s = ConllCorpus.Tokenize(new ConllCorpus.Sentence(["(أ", "ف", "ب)", "وزار", "جاك", "شيراك", "بيروت."], ["O", "O", "O", "O", "B-PERS", "I-PERS", "B-LOC"]));
        var tags = s.Document.Tokens.Select((t, i) => (t.Folded, NameTag.Name(s.Tags[i]))).ToList();
        Assert.Contains(("جاك", "B-PERS"), tags);
        Assert.Contains(("شيراك", "I-PERS"), tags);
        Assert.Contains(("بيروت", "B-LOC"), tags);
        Assert.Contains((".", "O"), tags);
    }

    /// <summary>The shipped model on the tenth of ANERcorp's train split kept aside from training; floors a little under
    /// what it reached (micro 0.689, PERS 0.631, LOC 0.846, ORG 0.547).</summary>
    [Fact]
    public void The_shipped_model_tags_the_held_aside_tenth_of_ANERcorp()
    {
        var path = Path.Combine(SharedFolder.Path, "data", "anercorp", "ANERCorp_CamelLab_train.txt");
        if (!File.Exists(path)) Assert.Skip($"ANERcorp is not beside the repository ({path}); it comes with the workplace's shared folder.");
        using var reader = new StreamReader(path);
        var (_, held) = ConllCorpus.Split(ConllCorpus.Read(reader), 0.1);
        var scores = TaggerTrainer.Evaluate(TaggerModel.Default, held.Select(ConllCorpus.Tokenize).ToList(), Gazetteer.Default);
        Assert.True(scores.Micro >= 0.67, scores.ToString());
        Assert.True(scores.Person >= 0.61, scores.ToString());
        Assert.True(scores.Place >= 0.82, scores.ToString());
        Assert.True(scores.Organization >= 0.52, scores.ToString());
    }
}
