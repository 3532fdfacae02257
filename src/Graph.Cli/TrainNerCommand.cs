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

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string conll = "", output = DefaultOut, heldOut = "";
        var held = 0.1;
        var epochs = TaggerTrainer.DefaultEpochs;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--conll" when i + 1 < args.Length: conll = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--write-held" when i + 1 < args.Length: heldOut = args[++i]; break;
                case "--held" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 1:
                    held = h; i++; break;
                case "--epochs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var e) && e > 0:
                    epochs = e; i++; break;
                default:
                    stderr.WriteLine($"graph train-ner: unexpected '{args[i]}'.\n{Commands.Usage}");
                    return 2;
            }
        }
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
        stdout.WriteLine($"trained on {train.Count} sentences, {epochs} epochs, in {clock.Elapsed.TotalSeconds:0.0} s");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) model.Write(file);
        stdout.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        if (kept.Count > 0)
        {
            // Scored as written (half-precision weights), as the extraction will use it.
            using var file = File.OpenRead(output);
            var written = TaggerModel.Read(file);
            stdout.WriteLine($"held-aside {kept.Count} sentences: {TaggerTrainer.Evaluate(written, kept.Select(ConllCorpus.Tokenize).ToList(), gazetteer)}");
        }
        return 0;
    }
}
