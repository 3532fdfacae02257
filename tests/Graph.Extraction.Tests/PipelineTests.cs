namespace Graph.Extraction.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void The_default_steps_each_find_what_they_need_before_them()
    {
        var pipeline = Pipeline.Default(Gazetteer.Default);
        Assert.Equal("Tokenizer", pipeline.Steps[0].Name);
        Assert.Contains(pipeline.Steps, s => s.Name == "AffiliationFinder");
    }

    [Fact]
    public void A_step_that_needs_an_annotation_nobody_adds_before_it_fails_when_the_pipeline_is_built()
    {
        var steps = Pipeline.Default(Gazetteer.Default).Steps.Where(s => s.Name != "QuoteFinder");
        var error = Assert.Throws<InvalidOperationException>(() => new Pipeline(steps));
        Assert.Contains("SpeakerAttributor", error.Message, StringComparison.Ordinal);
        Assert.Contains("Quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_in_the_wrong_order_fail_when_the_pipeline_is_built()
    {
        var steps = Pipeline.Default(Gazetteer.Default).Steps.Reverse();
        Assert.Throws<InvalidOperationException>(() => new Pipeline(steps));
    }
}

public sealed class SmallGazetteerTests
{
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["countries"] = "RUS\tRU\tRussia\tروسيا\tروسي\tموسكو\nJPN\tJP\tJapan\tاليابان\tياباني\tطوكيو",
        ["speech"] = "قال/يقول\tverb\t-",
        ["cues"] = "WARNED\tحذر/يحذر+\tverb\t0.8",
    };

    private static readonly Gazetteer Small = new(name => Tables.TryGetValue(name, out var text) ? new StringReader(text) : null);

    [Fact]
    public void A_gazetteer_of_a_few_lines_drives_the_whole_pipeline()
    {
        var result = new ArabicExtractor(Small).Extract("وحذرت روسيا اليابان من العواقب. وقالت روسيا إن الرد سيكون حازما.");
        Assert.Contains(result.Relations, r => r.Info.Name == "WARNED" && r.SubjectId == "Country:RUS" && r.ObjectId == "Country:JPN");
        Assert.Equal("Country:RUS", Assert.Single(result.Statements).SpeakerId);
    }

    [Fact]
    public void A_small_gazetteer_knows_only_its_own_lines()
    {
        var result = new ArabicExtractor(Small).Extract("واتهمت روسيا اليابان بالتصعيد.");
        Assert.DoesNotContain(result.Relations, r => r.Info.Name == "ACCUSED");
        Assert.Contains(new ArabicExtractor().Extract("واتهمت روسيا اليابان بالتصعيد.").Relations, r => r.Info.Name == "ACCUSED");
    }
}
