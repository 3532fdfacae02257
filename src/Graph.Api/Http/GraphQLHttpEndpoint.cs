using global::GraphQL;
using global::GraphQL.Types;
using Graph.Api.GraphQL;
using Graph.Api.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>GraphQL over HTTP, as the spec says: POST with a JSON body, GET with the query in the URL (queries only);
/// <c>application/graphql-response+json</c> when the client asks for it (then 400 for documents that fail to parse or
/// validate), else <c>application/json</c> with 200 for every well-formed request.</summary>
public sealed class GraphQLHttpEndpoint(IDocumentExecuter<GraphSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = Negotiate(http.Request);
        if (responseType is null)
        {
            await Problem(http, StatusCodes.Status406NotAcceptable, Json, "NOT_ACCEPTABLE",
                $"This endpoint answers with {GraphQLResponseJson} or {Json}; the Accept header allows neither.");
            return;
        }
        GraphQLHttpRequest? request = null;
        using var activity = GraphTelemetry.Source.StartActivity("graphql");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            request = await ReadAsync(http, responseType);
            if (request is not null) await ExecuteAsync(http, request, responseType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left: nothing to answer, and the work has stopped.
        }
        catch (Exception e)
        {
            // Never an empty 500: the client gets a correlation id, the log the details and at most the query's first 1 KB.
            var id = http.TraceIdentifier;
            var query = request?.Query;
            logger.LogError(e, "Request {CorrelationId} failed; query ({Length} chars): {Query}", id, query?.Length ?? 0,
                query is null ? null : query.Length <= 1024 ? query : query[..1024] + "…");
            if (!http.Response.HasStarted)
                await Problem(http, StatusCodes.Status500InternalServerError, responseType, RequestErrors.Internal, RequestErrors.InternalError(id));
        }
        finally
        {
            var operation = GraphTelemetry.OperationTag(http.Items[OperationNameKey] as string);
            var type = http.Items[OperationTypeKey] as string ?? "(unknown)";
            activity?.SetTag("graphql.operation.name", operation);
            activity?.SetTag("graphql.operation.type", type);
            GraphTelemetry.RequestDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("graphql.operation.name", operation), new("graphql.operation.type", type),
                new("http.response.status_code", http.Response.StatusCode));
        }
    }

    private const string OperationTypeKey = "graphql.operation.type";
    private const string OperationNameKey = "graphql.operation.name";

    /// <summary>The request's parameters, or null once a problem has been answered.</summary>
    private async Task<GraphQLHttpRequest?> ReadAsync(HttpContext http, string responseType)
    {
        GraphQLHttpRequest? request;
        string? error;
        if (HttpMethods.IsGet(http.Request.Method))
            (request, error) = GraphQLHttpRequest.FromQueryString(http.Request.Query);
        else if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!IsJson(http.Request.ContentType))
            {
                await Problem(http, StatusCodes.Status415UnsupportedMediaType, responseType, "UNSUPPORTED_MEDIA_TYPE",
                    "POST a JSON body with Content-Type: application/json.");
                return null;
            }
            var body = await ReadBodyAsync(http);
            if (body is null)
            {
                await Problem(http, StatusCodes.Status413PayloadTooLarge, responseType, "REQUEST_TOO_LARGE",
                    $"The request body is larger than {options.Value.MaxRequestBytes:N0} bytes (Graph:MaxRequestBytes).");
                return null;
            }
            (request, error) = GraphQLHttpRequest.FromJson(body);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await Problem(http, StatusCodes.Status405MethodNotAllowed, responseType, "METHOD_NOT_ALLOWED", "Use GET or POST.");
            return null;
        }
        if (request is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, responseType, RequestErrors.BadRequest, error!);
            return null;
        }
        if (DocumentGuard.CheckSize(request.Query, options.Value) is { } tooLarge)
        {
            await Problem(http, StatusCodes.Status413PayloadTooLarge, responseType, tooLarge.Code, tooLarge.Message);
            return null;
        }
        // The key is checked on the document's tokens alone: no mutation is parsed or validated for a caller without it.
        var (kind, name) = OperationScan.Chosen(request.Query, request.OperationName);
        var mutation = kind == "mutation";
        http.Items[OperationTypeKey] = kind ?? "(unknown)";
        http.Items[OperationNameKey] = name;
        if (HttpMethods.IsGet(http.Request.Method) && mutation)
        {
            http.Response.Headers.Allow = "POST";
            await Problem(http, StatusCodes.Status405MethodNotAllowed, responseType, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.");
            return null;
        }
        if (ApiKeys.Check(http.Request, options.Value, mutation) is { } denied)
        {
            if (denied.Status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
            await Problem(http, denied.Status, responseType, denied.Code, denied.Message);
            return null;
        }
        return request;
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLHttpRequest request, string responseType)
    {
        var settings = options.Value;
        var (document, refusal) = DocumentGuard.Parse(request.Query, settings, out var selections);
        GraphTelemetry.Selections.Record(selections);
        System.Diagnostics.Activity.Current?.SetTag("graphql.selections", selections);
        if (refusal is not null)
        {
            var status = refusal.Limit || responseType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await Problem(http, status, responseType, refusal.Code, refusal.Message);
            return;
        }
        Inputs? variables, extensions;
        try
        {
            variables = request.VariablesJson is null ? null : serializer.Deserialize<Inputs>(request.VariablesJson);
            extensions = request.ExtensionsJson is null ? null : serializer.Deserialize<Inputs>(request.ExtensionsJson);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            await Problem(http, StatusCodes.Status400BadRequest, responseType, RequestErrors.BadRequest, RequestErrors.BadVariables(e.Message));
            return;
        }

        // Parsing is done; validation, the complexity walk and execution all run under this token: the deadline, the client
        // leaving, or the response budget running out stops them.
        using var execution = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        execution.CancelAfter(TimeSpan.FromSeconds(settings.QueryTimeoutSeconds));
        var budget = new ResponseBudget(settings.MaxResponseBytes, execution);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = variables,
                Extensions = extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = new GraphRequestContext(budget, http.RequestServices),
                UnhandledExceptionDelegate = context => ErrorMap.Apply(context, logger, http.TraceIdentifier),
                CancellationToken = execution.Token,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            if (budget.Exceeded)
                await Problem(http, StatusCodes.Status400BadRequest, responseType, RequestErrors.ResponseTooLarge, RequestErrors.Response(budget.Limit));
            else
                await Problem(http, StatusCodes.Status504GatewayTimeout, responseType, RequestErrors.Timeout, RequestErrors.TimedOut(settings.QueryTimeoutSeconds));
            return;
        }
        if (!result.Executed && result.Errors is [var first, ..]) GraphTelemetry.Rejected.Add(1, new KeyValuePair<string, object?>("error.code", first.Code));
        http.Response.StatusCode = responseType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The media type to answer with, or null when the client accepts neither JSON type.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var media in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var q = media.Quality ?? 1;
            if (q <= 0) continue;
            var candidate = media.MediaType.Value switch
            {
                GraphQLResponseJson => GraphQLResponseJson,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            if (candidate is not null && (best is null || q > bestQuality))
            {
                best = candidate;
                bestQuality = q;
            }
        }
        return best;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private async Task Problem(HttpContext http, int status, string contentType, string code, string message)
    {
        GraphTelemetry.Rejected.Add(1, new KeyValuePair<string, object?>("error.code", code));
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
