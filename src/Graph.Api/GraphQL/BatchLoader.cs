using GraphQL.DataLoader;

namespace Graph.Api.GraphQL;

/// <summary>Collects the keys that resolvers ask for while a level of the query is resolved, then fetches them
/// all in one store call when the first result is awaited. One instance lives for one request.</summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _done = [];
    private HashSet<TKey> _pending = [];
    private Task? _running;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_done.ContainsKey(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        while (true)
        {
            Task? wait;
            lock (_gate)
            {
                if (_done.TryGetValue(key, out var value)) return value;
                if (!_pending.Contains(key) && _running is null) return default;
                if (_running is null)
                {
                    var keys = _pending;
                    _pending = [];
                    _running = FetchAsync(keys, ct);
                }
                wait = _running;
            }
            await wait.ConfigureAwait(false);
        }
    }

    private async Task FetchAsync(HashSet<TKey> keys, CancellationToken ct)
    {
        try
        {
            var found = await fetch(keys, ct).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var key in keys) _done[key] = found.TryGetValue(key, out var v) ? v : default!;
            }
        }
        finally
        {
            lock (_gate) _running = null;
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
