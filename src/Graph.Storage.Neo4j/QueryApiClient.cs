using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace Graph.Storage.Neo4j;

/// <summary>Neo4j's HTTP Query API (Neo4j 5.26): <c>POST /db/{db}/query/v2</c> for one statement in its own transaction,
/// <c>/db/{db}/query/v2/tx</c> for explicit ones. Basic auth, typed JSON both ways, Neo4j errors as <see cref="Neo4jException"/>,
/// and transient failures (no connection, 502–504, <c>Neo.TransientError.*</c>) tried again with backoff; nothing else is —
/// in particular not a statement that ran out of time, which would only run out of time again while loading the server.</summary>
public sealed class QueryApiClient : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly HttpClient _http;
    private readonly string _database;
    private readonly ResiliencePipeline _retry;
    private readonly Neo4jOptions _options;

    public QueryApiClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = new Uri(options.Uri.TrimEnd('/') + "/");
        // Each request has its own time limit by kind of statement (SendAsync); one client-wide limit would cut off index builds.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _options = options;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        _database = Uri.EscapeDataString(options.Database);
        _retry = options.Retries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(100),
                UseJitter = true,
            }).Build();
    }

    /// <summary>Runs one statement in its own transaction, tried again on transient failures.</summary>
    public Task<Neo4jResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default) =>
        _retry.ExecuteAsync(async token => await SendAsync($"db/{_database}/query/v2", statement, parameters, null, token), ct).AsTask();

    /// <summary>Runs <paramref name="work"/> in one explicit transaction: committed when it returns, rolled back when it throws.
    /// A transient failure rolls back and runs the whole of it again, so <paramref name="work"/> must be safe to repeat
    /// (the store's writes MERGE on stable ids).</summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        _retry.ExecuteAsync(async token =>
        {
            await using var tx = await BeginAsync(token);
            var result = await work(tx, token);
            await tx.CommitAsync(token);
            return result;
        }, ct).AsTask();

    private async Task<Neo4jTransaction> BeginAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"db/{_database}/query/v2/tx") { Content = Json(null, null) };
        using var timeout = Deadline(QueryKind.Write, ct);
        using var response = await Timed(() => _http.SendAsync(request, timeout.Token), timeout, ct, "BEGIN", QueryKind.Write);
        using var body = await ReadAsync(response, "BEGIN", timeout.Token);
        var id = body.RootElement.TryGetProperty("transaction", out var t) && t.TryGetProperty("id", out var idElement)
            ? idElement.GetString() : null;
        if (string.IsNullOrEmpty(id)) throw new Neo4jException("Graph.Protocol", "Neo4j opened a transaction but sent no transaction id.", "BEGIN");
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Neo4jTransaction(this, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}", affinity);
    }

    internal async Task<Neo4jResult> SendAsync(string path, CypherStatement? statement, IReadOnlyDictionary<string, object?>? parameters,
        string? affinity, CancellationToken ct, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path);
        if (method != HttpMethod.Delete) request.Content = Json(statement, parameters);
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        var kind = statement?.Kind ?? QueryKind.Write;
        var what = statement?.Name ?? path;
        using var timeout = Deadline(kind, ct);
        return await Timed(async () =>
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            using var body = await ReadAsync(response, what, timeout.Token);
            return Rows(body.RootElement);
        }, timeout, ct, what, kind);
    }

    private CancellationTokenSource Deadline(QueryKind kind, CancellationToken ct)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(ct);
        source.CancelAfter(_options.TimeoutFor(kind));
        return source;
    }

    /// <summary>Runs one request; running out of its time is a <see cref="Neo4jException"/> that is not transient, so it is not sent again.</summary>
    private async Task<T> Timed<T>(Func<Task<T>> send, CancellationTokenSource timeout, CancellationToken caller, string what, QueryKind kind)
    {
        try
        {
            return await send();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jException.Timeout,
                $"no answer within {_options.TimeoutFor(kind).TotalSeconds:0.#} s (Graph:Neo4j:{kind}TimeoutSeconds); not sent again.", what);
        }
    }

    private static HttpContent Json(CypherStatement? statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (statement is not null)
            {
                var missing = statement.Parameters.Where(p => parameters is null || !parameters.ContainsKey(p)).ToList();
                if (missing.Count > 0)
                    throw new ArgumentException($"Statement '{statement.Name}' needs parameters {string.Join(", ", missing)}.", nameof(parameters));
                w.WriteString("statement", statement.Text);
                w.WriteStartObject("parameters");
                foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
                {
                    w.WritePropertyName(name);
                    TypedJson.Write(w, value);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        return content;
    }

    /// <summary>The body of a successful answer; otherwise the error Neo4j gave, as an exception.</summary>
    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonDocument? body = null;
        try
        {
            body = text.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(text);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
        }
        var root = body?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            body!.Dispose();
            throw new Neo4jException(code, message, what);
        }
        if (response.IsSuccessStatusCode && body is not null) return body;
        body?.Dispose();
        throw response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Neo4jException("Neo.ClientError.Security.Unauthorized",
                "the server refused the user name and password (Graph:Neo4j:User, Graph:Neo4j:Password).", what),
            HttpStatusCode.NotFound => new Neo4jException("Graph.NotFound",
                $"the server has no Query API at {response.RequestMessage?.RequestUri} (Neo4j 5.26 or later is needed for its explicit transactions, and the database must exist).", what),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new HttpRequestException($"Neo4j answered {(int)response.StatusCode} to '{what}'.", null, response.StatusCode),
            _ => new Neo4jException($"Graph.Http{(int)response.StatusCode}", text.Length > 300 ? text[..300] : text, what),
        };
    }

    private static Neo4jResult Rows(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data)) return new Neo4jResult([], []);
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = data.TryGetProperty("values", out var v)
            ? v.EnumerateArray().Select(row => row.EnumerateArray().Select(TypedJson.Read).ToArray()).ToList()
            : [];
        return new Neo4jResult(fields, rows);
    }

    private static bool IsTransient(Exception e) => e switch
    {
        Neo4jException n => n.IsTransient,
        HttpRequestException h => h.StatusCode is null or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        _ => false,
    };

    public void Dispose() => _http.Dispose();
}
