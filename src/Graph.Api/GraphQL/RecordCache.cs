using System.Collections.Concurrent;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>Articles, statements and relations by id, kept between requests. They never change once stored (each id is
/// derived from the article's text), so a cached one is never stale. Bounded: two generations of at most
/// <see cref="Capacity"/> records each; when the young one fills, the old one is dropped (an approximate LRU).
/// Entities are not kept here: later articles add names to them.</summary>
public sealed class RecordCache
{
    public const int Capacity = 50_000;

    public Generations<Article> Articles { get; } = new();
    public Generations<Statement> Statements { get; } = new();
    public Generations<Relation> Relations { get; } = new();

    /// <summary>Loads the given ids through the cache: hits from memory, the rest in one store call.</summary>
    public static async Task<IReadOnlyDictionary<string, T>> LoadAsync<T>(Generations<T> cache, IReadOnlyCollection<string> ids,
        Func<IReadOnlyCollection<string>, Task<IEnumerable<(string Id, T Value)>>> fetch) where T : class
    {
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cache.TryGet(id, out var hit)) found[id] = hit;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        foreach (var (id, value) in await fetch(missing))
        {
            found[id] = value;
            cache.Add(id, value);
        }
        return found;
    }

    public sealed class Generations<T> where T : class
    {
        private ConcurrentDictionary<string, T> _young = new(StringComparer.Ordinal);
        private ConcurrentDictionary<string, T> _old = new(StringComparer.Ordinal);
        private readonly Lock _turn = new();

        public bool TryGet(string id, out T value)
        {
            if (_young.TryGetValue(id, out value!)) return true;
            if (!_old.TryGetValue(id, out value!)) return false;
            Add(id, value);
            return true;
        }

        public void Add(string id, T value)
        {
            _young[id] = value;
            if (_young.Count < Capacity) return;
            lock (_turn)
            {
                if (_young.Count < Capacity) return;
                _old = _young;
                _young = new(StringComparer.Ordinal);
            }
        }
    }
}
