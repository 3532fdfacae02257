using System.Globalization;
using System.Text.Json;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Tests;

/// <summary>Stories and events on real news: the 25 articles of the development set (../shared/dev, read in place), each
/// with its outlet and publication date from its source file, and the sample, ingested with <c>graph ingest</c>.</summary>
public sealed class SameStoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-story-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Two_outlets_reports_of_one_affair_are_the_only_story_of_two_articles_in_the_development_set()
    {
        var articles = Path.GetFullPath(Path.Combine(Cli.Root, "..", "shared", "dev", "articles"));
        if (!Directory.Exists(articles))
            Assert.Skip($"The development set is not beside the repository ({articles}); it comes with the workplace's shared folder.");
        Directory.CreateDirectory(_dir);
        var input = Path.Combine(_dir, "dev.jsonl");
        var lines = Directory.GetFiles(articles, "d*.txt").Where(f => !f.EndsWith(".source.txt", StringComparison.Ordinal)).Order().Select(f =>
        {
            var source = File.ReadAllLines(Path.ChangeExtension(f, ".source.txt"));
            string Field(string name) => source.First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..].Trim();
            var published = DateTimeOffset.Parse(Field("published"), CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return JsonSerializer.Serialize(new { outlet = Field("source"), publishedAt = published, text = File.ReadAllText(f), url = Field("original_url") });
        });
        await File.WriteAllLinesAsync(input, lines, TestContext.Current.CancellationToken);
        var db = Path.Combine(_dir, "graph.db");
        var (exit, output, errors) = await Cli.RunAsync("", "ingest", "--db", db, input, Path.Combine(Cli.Root, "samples"));
        Assert.True(exit == 0, errors + output);

        var store = new SqliteGraphStore(db);
        var stored = (await store.ListArticlesAsync(500, null)).Items.Select(i => i.Node).ToList();
        Assert.Equal(26, stored.Count);
        var shared = stored.GroupBy(a => a.StoryId).Where(g => g.Count() > 1).ToList();
        var story = Assert.Single(shared);
        Assert.Equal(["france24", "skynews"], story.Select(a => a.Outlet).Order());
        Assert.All(story, a => Assert.Contains("ماكرون", a.Title));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
