namespace Graph.Cli.Tests;

public sealed class TrainNerCommandTests
{
    [Fact]
    public async Task Training_twice_on_the_same_file_writes_the_same_model_and_keeps_the_last_sentences_aside()
    {
        var dir = Directory.CreateTempSubdirectory("train-ner-");
        try
        {
            var conll = Path.Combine(dir.FullName, "sample.conll");
            await File.WriteAllTextAsync(conll, Graph.Tests.Shared.ConllSample.Text, TestContext.Current.CancellationToken);
            string Model(int i) => Path.Combine(dir.FullName, $"model{i}");
            var held = Path.Combine(dir.FullName, "held.conll");
            var (exit1, out1, err1) = await Cli.RunAsync("", "train-ner", "--conll", conll, "--out", Model(1), "--held", "0.34", "--write-held", held, "--epochs", "3");
            var (exit2, _, _) = await Cli.RunAsync("", "train-ner", "--conll", conll, "--out", Model(2), "--held", "0.34", "--epochs", "3");
            Assert.True(exit1 == 0, err1);
            Assert.Equal(0, exit2);
            Assert.Equal(await File.ReadAllBytesAsync(Model(1), TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(Model(2), TestContext.Current.CancellationToken));
            Assert.Contains("held-aside 1 sentence:", out1);
            Assert.StartsWith("وزار O", await File.ReadAllTextAsync(held, TestContext.Current.CancellationToken));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Train_ner_without_a_file_says_what_it_needs()
    {
        var (exit, _, err) = await Cli.RunAsync("", "train-ner");
        Assert.Equal(2, exit);
        Assert.Contains("--conll FILE is required", err);
    }
}
