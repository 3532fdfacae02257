using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The store contract against a live Neo4j (see <see cref="Neo4jTestServer"/>): skipped, saying how to run it, where none is.
/// Each test empties the database first and holds it until the class is done.</summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContract, IAsyncDisposable
{
    private IDisposable? _lock;
    private readonly List<Neo4jGraphStore> _stores = [];

    protected override IGraphStore CreateStore()
    {
        var url = Neo4jTestServer.RequireAsync().GetAwaiter().GetResult();
        _lock ??= Neo4jTestServer.LockAsync().GetAwaiter().GetResult();
        var store = new Neo4jGraphStore(Neo4jOptions.Parse(url));
        store.DeleteAllAsync().GetAwaiter().GetResult();
        _stores.Add(store);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var store in _stores) store.Dispose();
        _lock?.Dispose();
        return ValueTask.CompletedTask;
    }
}
