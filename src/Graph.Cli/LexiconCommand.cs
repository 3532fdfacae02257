using System.CommandLine;
using Graph.Extraction;

namespace Graph.Cli;

/// <summary><c>graph lexicon</c>: what the speech and relation cue lines expand to (see <see cref="Morphology"/>).</summary>
public static class LexiconCommand
{
    public static Command Build(TextWriter stdout)
    {
        var forms = new Option<bool>("--forms") { Description = "Every surface form, a line each: table, form, frame." };
        var command = new Command("lexicon", "How many data lines and surface forms the speech and relation cue tables hold.") { forms };
        command.SetAction(parse => Run(parse.GetValue(forms), stdout));
        return command;
    }

    public static int Run(bool forms, TextWriter stdout)
    {
        var gazetteer = Gazetteer.Default;
        var speech = gazetteer.Speech.Phrases.Select(p => (Words: string.Join(' ', p.Words), Frame: Frames.Name(p.Value.Frame))).ToList();
        var cues = gazetteer.Cues.Phrases.SelectMany(p => p.Value.Select(c => (Words: string.Join(' ', p.Words), Frame: $"{c.Type} {Frames.Name(c.Frame)}"))).ToList();
        if (forms)
        {
            foreach (var (words, frame) in speech.OrderBy(s => s.Words, StringComparer.Ordinal)) stdout.WriteLine($"speech\t{words}\t{frame}");
            foreach (var (words, frame) in cues.OrderBy(s => s.Words, StringComparer.Ordinal)) stdout.WriteLine($"cue\t{words}\t{frame}");
            return 0;
        }
        stdout.WriteLine($"speech verbs and phrases: {DataLines("speech")} lines, {speech.Count} surface forms");
        stdout.WriteLine($"relation cues: {DataLines("cues")} lines, {cues.Count} surface forms");
        return 0;
    }

    private static int DataLines(string table)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream($"Data.{table}.tsv")!;
        using var reader = new StreamReader(stream);
        var n = 0;
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') n++;
        return n;
    }
}
