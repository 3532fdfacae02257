namespace Graph.Storage.Neo4j;

/// <summary>An open explicit transaction. Disposing it without a commit rolls it back.</summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private bool _open = true;

    internal Neo4jTransaction(QueryApiClient client, string path, string? affinity)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
    }

    public Task<Neo4jResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default) =>
        _client.SendAsync(_path, statement, parameters, _affinity, ct);

    internal async Task CommitAsync(CancellationToken ct)
    {
        await _client.SendAsync(_path + "/commit", null, null, _affinity, ct);
        _open = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_open) return;
        _open = false;
        try
        {
            await _client.SendAsync(_path, null, null, _affinity, CancellationToken.None, HttpMethod.Delete);
        }
        catch (Exception e) when (e is HttpRequestException or Neo4jException)
        {
            // The server rolls back an abandoned transaction when it times out; the error that got us here matters more.
        }
    }
}
