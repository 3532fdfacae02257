using System.Text.Json;
using Graph.Ingestion;

namespace Graph.Api.Http;

/// <summary>A GraphQL-over-HTTP request's parameters, checked: <c>query</c> a string, <c>variables</c> and
/// <c>extensions</c> maps or null, <c>operationName</c> a string or null.</summary>
public sealed record GraphQLHttpRequest(string Query, string? VariablesJson, string? OperationName, string? ExtensionsJson)
{
    /// <summary>Reads the parameters from a JSON body; returns an error message instead when they are malformed.</summary>
    public static (GraphQLHttpRequest? Request, string? Error) FromJson(ReadOnlySpan<byte> body)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray(), JsonText.Options);
        }
        catch (JsonException e)
        {
            return (null, RequestErrors.NotJson(e.Message));
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, "The request body must be a JSON object.");
            if (JsonText.Problem(doc.RootElement, "$") is { } problem) return (null, problem);
            var root = doc.RootElement;
            return Check(
                root.TryGetProperty("query", out var q) ? q : (JsonElement?)null,
                root.TryGetProperty("variables", out var v) ? v : null,
                root.TryGetProperty("operationName", out var o) ? o : null,
                root.TryGetProperty("extensions", out var x) ? x : null);
        }
    }

    /// <summary>Reads the parameters from a GET query string, where variables and extensions are JSON text.</summary>
    public static (GraphQLHttpRequest? Request, string? Error) FromQueryString(IQueryCollection query)
    {
        if (!query.TryGetValue("query", out var q) || string.IsNullOrEmpty(q)) return (null, "The 'query' parameter is missing.");
        if (!JsonText.IsValid(q.ToString())) return (null, JsonText.BadText("The 'query' parameter"));
        string? variables = query.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
        string? extensions = query.TryGetValue("extensions", out var x) && !string.IsNullOrEmpty(x) ? x.ToString() : null;
        foreach (var (name, json) in new[] { ("variables", variables), ("extensions", extensions) })
        {
            if (json is null) continue;
            try
            {
                using var doc = JsonDocument.Parse(json, JsonText.Options);
                if (doc.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    return (null, $"The '{name}' parameter must be a JSON object.");
                if (JsonText.Problem(doc.RootElement, $"The '{name}' parameter") is { } problem) return (null, problem);
            }
            catch (JsonException)
            {
                return (null, $"The '{name}' parameter is not valid JSON.");
            }
        }
        string? operationName = query.TryGetValue("operationName", out var o) && !string.IsNullOrEmpty(o) ? o.ToString() : null;
        return (new GraphQLHttpRequest(q!, variables, operationName, extensions), null);
    }

    private static (GraphQLHttpRequest?, string?) Check(JsonElement? query, JsonElement? variables, JsonElement? operationName, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String } q) return (null, "The 'query' parameter must be a string.");
        if (variables is { } v && v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return (null, "The 'variables' parameter must be an object or null.");
        if (operationName is { } o && o.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return (null, "The 'operationName' parameter must be a string or null.");
        if (extensions is { } x && x.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return (null, "The 'extensions' parameter must be an object or null.");
        return (new GraphQLHttpRequest(q.GetString()!,
            variables is { ValueKind: JsonValueKind.Object } vv ? vv.GetRawText() : null,
            operationName is { ValueKind: JsonValueKind.String } oo ? oo.GetString() : null,
            extensions is { ValueKind: JsonValueKind.Object } xx ? xx.GetRawText() : null), null);
    }
}
