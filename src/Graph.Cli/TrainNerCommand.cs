using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Extraction;
using Graph.Extraction.Tagging;

namespace Graph.Cli;

/// <summary><c>graph train-ner --conll FILE [--out MODEL] [--held FRACTION] [--write-held FILE] [--epochs N]</c>: trains the
/// name tagger on a CoNLL file (ANERcorp layout), keeping the last FRACTION of its sentences aside (0.1 by default) to score
/// it on; writes the model (by default src/Graph.Extraction/Tagging/ner.model relative to the current folder). The same input
/// gives the same bytes.</summary>
public static class TrainNerCommand
{
    public const string DefaultOut = "src/Graph.Extraction/Tagging/ner.model";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var conll = new Option<string>("--conll") { Description = "The training corpus: CoNLL lines (token TAG), sentences separated by blank lines.", HelpName = "FILE", DefaultValueFactory = _ => "" };
        var output = new Option<string>("--out") { Description = $"Where to write the model (default {DefaultOut}).", HelpName = "MODEL", DefaultValueFactory = _ => DefaultOut };
        var held = new Option<double>("--held") { Description = "The fraction of sentences (the last ones) kept aside to score the model, from 0 up to 1 (default 0.1).", DefaultValueFactory = _ => 0.1 };
        held.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or >= 1) r.AddError("--held must be at least 0 and less than 1."); });
        var heldOut = new Option<string>("--write-held") { Description = "Also write the sentences kept aside to FILE.", HelpName = "FILE", DefaultValueFactory = _ => "" };
        var epochs = new Option<int>("--epochs") { Description = $"Training passes (default {TaggerTrainer.DefaultEpochs}).", DefaultValueFactory = _ => TaggerTrainer.DefaultEpochs };
        epochs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--epochs must be at least 1."); });
        var command = new Command("train-ner", "Train the name tagger on a CoNLL corpus; the same input gives the same model bytes.") { conll, output, held, heldOut, epochs };
        command.SetAction(parse => Run(parse.GetValue(conll)!, parse.GetValue(output)!, parse.GetValue(held), parse.GetValue(heldOut)!, parse.GetValue(epochs), stdout, stderr));
        return command;
    }

    public static int Run(string conll, string output, double held, string heldOut, int epochs, TextWriter stdout, TextWriter stderr)
    {
        if (conll.Length == 0 || !File.Exists(conll))
        {
            stderr.WriteLine(conll.Length == 0 ? "graph train-ner: --conll FILE is required." : $"graph train-ner: {conll}: no such file.");
            return 2;
        }
        List<ConllCorpus.Sentence> sentences;
        using (var reader = new StreamReader(conll, Encoding.UTF8)) sentences = ConllCorpus.Read(reader);
        var (train, kept) = ConllCorpus.Split(sentences, held);
        if (heldOut.Length > 0)
        {
            using var writer = new StreamWriter(heldOut, false, new UTF8Encoding(false));
            ConllCorpus.Write(writer, kept);
        }
        var gazetteer = Gazetteer.Default;
        var clock = Stopwatch.StartNew();
        var model = TaggerTrainer.Train(train.Select(ConllCorpus.Tokenize).ToList(), gazetteer, epochs);
        stdout.WriteLine($"trained on {Plural.Of(train.Count, "sentence", "sentences")}, {Plural.Of(epochs, "epoch", "epochs")}, in {clock.Elapsed.TotalSeconds:0.0} s");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) model.Write(file);
        stdout.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        if (kept.Count > 0)
        {
            // Scored as written (half-precision weights), as the extraction will use it.
            using var file = File.OpenRead(output);
            var written = TaggerModel.Read(file);
            stdout.WriteLine($"held-aside {Plural.Of(kept.Count, "sentence", "sentences")}: {TaggerTrainer.Evaluate(written, kept.Select(ConllCorpus.Tokenize).ToList(), gazetteer)}");
        }
        return 0;
    }
}
