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
    private Task? _running;  // the batch being fetched, if any

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_done.ContainsKey(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    /// <summary>Several keys at once, in their order, fetched in the same batch as the other keys asked for.</summary>
    public IDataLoaderResult<TValue?[]> LoadMany(IReadOnlyList<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new Many(results);
    }

    private sealed class Many(List<IDataLoaderResult<TValue?>> results) : IDataLoaderResult<TValue?[]>
    {
        public async Task<TValue?[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new TValue?[results.Count];
            for (var i = 0; i < values.Length; i++) values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        while (true)
        {
            Task wait;
            HashSet<TKey>? batch = null;
            TaskCompletionSource? done = null;
            lock (_gate)
            {
                if (_done.TryGetValue(key, out var value)) return value;
                if (_running is null)
                {
                    if (!_pending.Contains(key)) return default;
                    // This caller dispatches everything asked for so far, as one store call.
                    batch = _pending;
                    _pending = [];
                    done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _running = done.Task;
                }
                wait = _running;
            }
            if (batch is null)
            {
                await wait.ConfigureAwait(false);
                continue;
            }
            try
            {
                var found = await fetch(batch, ct).ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (var k in batch) _done[k] = found.TryGetValue(k, out var v) ? v : default!;
                    _running = null;
                }
                done!.SetResult();
            }
            catch (Exception e)
            {
                lock (_gate) _running = null;
                done!.SetException(e);
                throw;
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
