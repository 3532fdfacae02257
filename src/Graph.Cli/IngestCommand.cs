using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using Graph.Core;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Storage.Sqlite;
using Spectre.Console;

namespace Graph.Cli;

/// <summary><c>graph ingest [--db PATH | --neo4j URL] [--fail-fast] [--bulk] PATH…</c>: extracts on all cores and stores through one writer in
/// batches of up to 64 articles a transaction, so a run killed at any moment leaves whole articles only and a rerun adds the rest.
/// An article the store has already (same content id) is not extracted again. A bad item is reported with its file (and line)
/// and the reason; <c>--fail-fast</c> stops at the first.</summary>
public static class IngestCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (db, neo4j) = Commands.StoreSwitches("The SQLite database to store into (created when missing).");
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first item that cannot be stored." };
        var bulk = new Option<bool>("--bulk")
        {
            Description = "For a large archive into SQLite: build the indexes storing never reads once at the end instead of entry by entry "
                + "(queries are slow meanwhile; a killed run's indexes are built when the database next opens).",
        };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Text files (first line: title), JSON Lines files ({id?, title?, url?, outlet?, publishedAt?, language?, text} a line) and folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        // A word that looks like an option is a mistyped option, not a file name.
        paths.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal))) r.AddError($"unknown option '{token.Value}'.");
        });
        var command = new Command("ingest", "Store articles into the graph: extracted on all cores, written in transactions of up to 64 articles.") { db, neo4j, failFast, bulk, paths };
        command.SetAction(parse => RunAsync(new StoreOptions(parse.GetValue(db)!, parse.GetValue(neo4j)), parse.GetValue(failFast), parse.GetValue(paths)!, stdout, stderr,
            bulk: parse.GetValue(bulk)));
        return command;
    }

    /// <param name="extractor">The extraction to run (the Arabic extractor unless given).</param>
    /// <param name="bulk">A bulk import (<see cref="SqliteGraphStore.BeginBulkImport"/>); SQLite only.</param>
    public static async Task<int> RunAsync(StoreOptions store, bool failFast, IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr,
        IExtractor? extractor = null, bool bulk = false)
    {
        if (bulk && store.Neo4jUrl is not null)
        {
            await stderr.WriteLineAsync("graph ingest: --bulk works on a SQLite database only (not with --neo4j).");
            return 2;
        }
        var (graph, error) = store.Open(mustExist: false);
        if (graph is null)
        {
            await stderr.WriteLineAsync($"graph ingest: {error}");
            return 2;
        }
        using var bulkImport = bulk ? ((SqliteGraphStore)graph).BeginBulkImport() : null;
        if (bulkImport is not null) await stderr.WriteLineAsync("graph ingest: bulk import: the indexes storing never reads are built again at the end.");
        var items = IngestSources.Read(paths).ToList();
        var ingestor = new ArticleIngestor(graph, extractor ?? new ArabicExtractor(), new IngestLimits());
        var summary = new IngestSummary();
        try
        {
            await RunAllAsync(items, ingestor, summary, failFast, stdout, stderr);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            // Whole articles only: what was stored before the store failed stays; a rerun adds the rest.
            await stderr.WriteLineAsync($"graph ingest: the store failed after {summary.Created:N0} new articles: {e.Message}");
            return 1;
        }
        await stdout.WriteLineAsync(summary.ToString());
        return summary.Failed == 0 ? 0 : 1;
    }

    private static async Task RunAllAsync(List<IngestItem> items, ArticleIngestor ingestor, IngestSummary summary, bool failFast, TextWriter stdout, TextWriter stderr)
    {
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (interactive)
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Ingesting", maxValue: items.Count);
                    await IngestAllAsync(items, ingestor, summary, failFast, stderr, () =>
                    {
                        task.Increment(1);
                        task.Description = $"Ingesting ({summary.Rate:N0} articles/s)";
                    });
                });
        else
            await IngestAllAsync(items, ingestor, summary, failFast, stderr, () =>
            {
                if (summary.Done % 500 == 0) stdout.WriteLine($"{summary.Done:N0}/{items.Count:N0} articles, {summary.Rate:N0}/s");
            });
    }

    /// <summary>Articles the writer stores in one transaction at most.</summary>
    private const int BatchSize = 64;

    private static async Task IngestAllAsync(List<IngestItem> items, ArticleIngestor ingestor, IngestSummary summary, bool failFast, TextWriter stderr, Action progress)
    {
        using var stop = new CancellationTokenSource();
        var extracted = Channel.CreateBounded<Prepared>(BatchSize * 2);
        var producer = Task.Run(async () =>
        {
            try
            {
                await PrepareAllAsync(items, ingestor, extracted.Writer, stop.Token);
            }
            catch (OperationCanceledException) { }
            finally { extracted.Writer.Complete(); }
        });

        var batch = new List<PreparedArticle>(BatchSize);
        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            foreach (var outcome in await ingestor.StoreBatchAsync(batch))
            {
                summary.Add(outcome);
                summary.Done++;
                progress();
            }
            batch.Clear();
        }

        var stopped = false;
        while (!stopped && await extracted.Reader.WaitToReadAsync())
        {
            while (!stopped && extracted.Reader.TryRead(out var next))
            {
                if (next.Unchanged is { } unchanged)
                {
                    summary.Add(unchanged);
                    summary.Done++;
                    progress();
                    continue;
                }
                if (next.Error is not null)
                {
                    await stderr.WriteLineAsync($"graph ingest: {next.Item.Source}: {next.Error}");
                    summary.Failed++;
                    summary.Done++;
                    progress();
                    if (failFast) { stopped = true; await stop.CancelAsync(); }
                    continue;
                }
                var prepared = next.Article!;
                var x = prepared.Extraction;
                if (LanguageWarning.For(Language.Detect(prepared.Article.Text), x.Entities.Count, x.Statements.Count, x.Relations.Count) is { } warning)
                {
                    await stderr.WriteLineAsync($"graph ingest: {next.Item.Source}: warning: {warning}");
                    summary.NotArabic++;
                }
                batch.Add(prepared);
                if (batch.Count >= BatchSize) await FlushAsync();
            }
            await FlushAsync(); // nothing waiting: store what there is rather than hold it
        }
        await FlushAsync();
        await producer;
    }

    /// <summary>An item on its way to the writer: extracted, found stored already (nothing to write), or refused.</summary>
    private sealed record Prepared(IngestItem Item, PreparedArticle? Article = null, IngestOutcome? Unchanged = null, string? Error = null);

    /// <summary>Checks the items a batch at a time, asks the store in one call which of a batch it has already (same content
    /// id) and extracts only the others, on all cores; an article met earlier in the run is not extracted again either.</summary>
    private static async Task PrepareAllAsync(List<IngestItem> items, ArticleIngestor ingestor, ChannelWriter<Prepared> output, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        foreach (var chunk in items.Chunk(BatchSize))
        {
            var fresh = new List<(IngestItem Item, Article Article)>(chunk.Length);
            foreach (var item in chunk)
            {
                try
                {
                    var article = item.Input is null ? null : ingestor.Check(item.Input);
                    if (article is null) await output.WriteAsync(new Prepared(item, Error: item.Error), ct);
                    else if (seen.Add(article.Id)) fresh.Add((item, article));
                    else await output.WriteAsync(new Prepared(item, Unchanged: ArticleIngestor.Unchanged(article)), ct);
                }
                catch (IngestException e)
                {
                    await output.WriteAsync(new Prepared(item, Error: $"{e.Message} ({e.Code})"), ct);
                }
            }
            var stored = await ingestor.StoredAsync(fresh.Select(f => f.Article.Id).ToList(), ct);
            await Parallel.ForEachAsync(fresh, parallel, async (f, token) => await output.WriteAsync(stored.TryGetValue(f.Article.Id, out var had)
                ? new Prepared(f.Item, Unchanged: ArticleIngestor.Unchanged(had))
                : new Prepared(f.Item, ingestor.Extract(f.Article)), token));
        }
    }

    private sealed class IngestSummary
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        public int Done, Created, Unchanged, Failed, NotArabic, Entities, Statements, Relations;

        public double Rate => Done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);

        public void Add(IngestOutcome outcome)
        {
            if (outcome.Created) Created++; else Unchanged++;
            Entities += outcome.Entities;
            Statements += outcome.Statements;
            Relations += outcome.Relations;
        }

        public override string ToString() =>
            $"{Created} new, {Unchanged} unchanged, {Failed} failed; {Plural.Of(Entities, "entity", "entities")}, {Plural.Of(Statements, "statement", "statements")}, "
            + $"{Plural.Of(Relations, "relation", "relations")} found in new articles ({Rate:N0} articles/s)"
            + (NotArabic > 0 ? $"; {Plural.Of(NotArabic, "article is", "articles are")} not Arabic (stored, nothing extracted)" : "");
    }
}
