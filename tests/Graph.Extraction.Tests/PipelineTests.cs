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
