using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The other end of Neo4j's Query API for the client's protocol tests: a real Kestrel server on 127.0.0.1 that records
/// each request and answers with the next scripted response (Neo4j's documented shapes). It stands in for the server's answers,
/// not for the client under test.</summary>
public sealed class QueryApiPeer : IAsyncDisposable
{
    public sealed record Request(string Method, string Path, string Body, IHeaderDictionary Headers);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body, string? Affinity, TimeSpan Delay)> _answers = new();

    public ConcurrentQueue<Request> Requests { get; } = new();

    public string Url { get; }

    private QueryApiPeer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<QueryApiPeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        QueryApiPeer? peer = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            peer!.Requests.Enqueue(new Request(context.Request.Method, context.Request.Path, body,
                new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
            var (status, answer, affinity, delay) = peer._answers.TryDequeue(out var next) ? next
                : (500, """{"errors":[{"code":"Test.NoAnswer","message":"no scripted answer"}]}""", null, TimeSpan.Zero);
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            context.Response.StatusCode = status;
            if (affinity is not null) context.Response.Headers["neo4j-cluster-affinity"] = affinity;
            context.Response.ContentType = "application/vnd.neo4j.query";
            await context.Response.WriteAsync(answer);
        });
        await app.StartAsync();
        peer = new QueryApiPeer(app, app.Urls.First());
        return peer;
    }

    /// <summary>A peer and a Neo4j store talking to it, the store's schema applied and those requests forgotten.</summary>
    public static async Task<(QueryApiPeer Peer, Neo4jGraphStore Store)> StartWithStoreAsync(double writeTimeout = 30)
    {
        const string Empty = """{"data":{"fields":[],"values":[]}}""";
        var peer = await StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, Empty);
        peer.Answer(200, Empty);
        var store = new Neo4jGraphStore(new Neo4jOptions { Uri = peer.Url, IndexPollSeconds = 0.05, WriteTimeoutSeconds = writeTimeout });
        await store.EnsureSchemaAsync();
        while (peer.Requests.TryDequeue(out _)) { }
        return (peer, store);
    }

    /// <param name="delay">How long the answer takes (a slow query), unless the client gives up first.</param>
    public QueryApiPeer Answer(int status, string body, string? affinity = null, TimeSpan delay = default)
    {
        _answers.Enqueue((status, body, affinity, delay));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
