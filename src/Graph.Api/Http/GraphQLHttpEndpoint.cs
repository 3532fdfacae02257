using global::GraphQL;
using global::GraphQL.Types;
using Graph.Api.GraphQL;
using Graph.Api.Hosting;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>GraphQL over HTTP, as the spec says: POST with a JSON body, GET with the query in the URL (queries only);
/// <c>application/graphql-response+json</c> when the client asks for it (then 400 for documents that fail to parse or
/// validate), else <c>application/json</c> with 200 for every well-formed request.</summary>
public sealed class GraphQLHttpEndpoint(IDocumentExecuter<GraphSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphOptions> options)
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
                return;
            }
            var body = await ReadBodyAsync(http);
            if (body is null)
            {
                await Problem(http, StatusCodes.Status413PayloadTooLarge, responseType, "REQUEST_TOO_LARGE",
                    $"The request body is larger than {options.Value.MaxRequestBytes:N0} bytes (Graph:MaxRequestBytes).");
                return;
            }
            (request, error) = GraphQLHttpRequest.FromJson(body);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await Problem(http, StatusCodes.Status405MethodNotAllowed, responseType, "METHOD_NOT_ALLOWED", "Use GET or POST.");
            return;
        }
        if (request is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, responseType, "BAD_REQUEST", error!);
            return;
        }
        var mutation = IsMutation(request);
        if (HttpMethods.IsGet(http.Request.Method) && mutation)
        {
            http.Response.Headers.Allow = "POST";
            await Problem(http, StatusCodes.Status405MethodNotAllowed, responseType, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.");
            return;
        }
        if (ApiKeys.Check(http.Request, options.Value, mutation) is { } denied)
        {
            if (denied.Status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
            await Problem(http, denied.Status, responseType, denied.Code, denied.Message);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.QueryTimeoutSeconds));
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.VariablesJson is null ? null : serializer.Deserialize<Inputs>(request.VariablesJson),
                Extensions = request.ExtensionsJson is null ? null : serializer.Deserialize<Inputs>(request.ExtensionsJson),
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await Problem(http, StatusCodes.Status504GatewayTimeout, responseType, "TIMEOUT",
                $"The query ran longer than {options.Value.QueryTimeoutSeconds} s (Graph:QueryTimeoutSeconds).");
            return;
        }
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

    private static bool IsMutation(GraphQLHttpRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // the executor reports the syntax error
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = request.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return chosen?.Operation == OperationType.Mutation;
    }

    private async Task Problem(HttpContext http, int status, string contentType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
