using System.Diagnostics;
using Graph.Extraction;

namespace Graph.Bench;

/// <summary>Extraction throughput on one core, and its ratio to a bare normalise-and-tokenise pass over the same texts.</summary>
public static class ExtractionBench
{
    public static int Run(int count)
    {
        var articles = Corpus.Articles(count);
        _ = Gazetteer.Default;
        var loading = Stopwatch.StartNew();
        _ = Graph.Extraction.Tagging.TaggerModel.Default;
        var load = loading.Elapsed;
        var extractor = new ArabicExtractor();
        var chars = articles.Sum(a => (long)a.Length);
        // Warm up both paths (JIT, gazetteer load) before timing.
        foreach (var a in articles.Take(50)) { Bare(a); extractor.Extract(a); }

        // The two passes alternate, five rounds, so that both meet the same drift of a shared machine (another process, the
        // clock); each figure is the median of its five. Timed one after the other, the ratio moved from 5.8 to 8.8 between runs.
        var (bares, fulls) = (new List<TimeSpan>(), new List<TimeSpan>());
        for (var round = 0; round < 5; round++)
        {
            bares.Add(Time(() => { foreach (var a in articles) Bare(a); }));
            fulls.Add(Time(() => { foreach (var a in articles) extractor.Extract(a); }));
        }
        var (bare, full) = (bares.Order().ElementAt(2), fulls.Order().ElementAt(2));
        var allocated = Allocated(() => { foreach (var a in articles.Take(200)) extractor.Extract(a); }) / 200;

        Console.WriteLine($"extraction benchmark: {count} articles, {chars / count:N0} characters each on average, one thread");
        Console.WriteLine($"  bare normalise+tokenise: {bare.TotalMilliseconds,9:N1} ms  {count / bare.TotalSeconds,9:N0} articles/s");
        Console.WriteLine($"  full extraction:         {full.TotalMilliseconds,9:N1} ms  {count / full.TotalSeconds,9:N0} articles/s");
        Console.WriteLine($"  ratio full / bare:       {full / bare,9:N2}x");
        Console.WriteLine($"  allocated per article:   {allocated / 1024.0,9:N0} KiB");
        // The steps' shares first: the tagger's own run below keeps every article's tokens at once, and the collections that
        // free them would land on whichever step allocates next (they made the tokenizer look like 60 % of the pipeline).
        var shares = Steps(articles.Take(600).ToArray());
        var tagger = TaggerOnly(articles);
        Console.WriteLine($"  name tagger model load:  {load.TotalMilliseconds,9:N1} ms (once a process)");
        Console.WriteLine($"  name tagger alone:       {tagger.TotalMilliseconds,9:N1} ms  ({tagger / full,6:P1} of the full extraction, {tagger / bare:N2}x bare)");
        Console.WriteLine("  time by step (share of the pipeline):");
        foreach (var (step, share) in shares)
            Console.WriteLine($"    {step,-20} {share,6:P1}");
        return 0;
    }

    /// <summary>Each pipeline step's share of the time, to show where to look next.</summary>
    private static List<(string, double)> Steps(string[] articles)
    {
        // The pipeline's own list, so a new step shows up here without a change.
        var steps = Pipeline.Default(Gazetteer.Default).Steps;
        var totals = new double[steps.Count];
        GC.Collect();
        foreach (var a in articles)
        {
            var doc = new Document(a);
            for (var i = 0; i < steps.Count; i++)
            {
                var sw = Stopwatch.StartNew();
                steps[i].Run(doc);
                totals[i] += sw.Elapsed.TotalMilliseconds;
            }
        }
        var sum = totals.Sum();
        return [.. steps.Select((s, i) => (s.Name, totals[i] / sum))];
    }

    /// <summary>The name tagger's own time (features and decoding, not the step's use of its spans) over tokenised articles.</summary>
    private static TimeSpan TaggerOnly(string[] articles)
    {
        var g = Gazetteer.Default;
        var model = Graph.Extraction.Tagging.TaggerModel.Default;
        var docs = articles.Select(a => { var d = new Document(a); Tokenizer.Run(d); return d; }).ToArray();
        var tags = new int[docs.Max(d => d.Sentences.Count == 0 ? 0 : d.Sentences.Max(s => s.EndToken - s.FirstToken))];
        void All() { foreach (var d in docs) foreach (var s in d.Sentences) model.Tag(d, g, s.FirstToken, s.EndToken, tags); }
        All();
        return Median(3, All);
    }

    private static void Bare(string text)
    {
        var doc = new Document(text);
        Tokenizer.Run(doc);
    }

    private static TimeSpan Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed;
    }

    private static TimeSpan Median(int runs, Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed);
        }
        return times.Order().ElementAt(runs / 2);
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
