namespace Graph.Bench;

/// <summary>Seed-sized Arabic articles for benchmarks: the sample article's paragraphs, shuffled and recombined
/// with a fixed seed, so every run reads the same texts of realistic shape and length.</summary>
public static class Corpus
{
    public static string[] Articles(int count, int seed = 42)
    {
        var sample = Graph.Testing.Repo.SeedText;
        var paragraphs = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(seed);
        var articles = new string[count];
        for (var i = 0; i < count; i++)
        {
            var picked = paragraphs.OrderBy(_ => random.Next()).ToList();
            var length = 0;
            var parts = new List<string>();
            foreach (var p in picked)
            {
                parts.Add(p);
                length += p.Length;
                if (length >= sample.Length) break;
            }
            articles[i] = string.Join("\n\n", parts) + $"\n\n({i})";
        }
        return articles;
    }

    public static string Root() => Graph.Testing.Repo.Root;
}
