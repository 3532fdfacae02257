namespace Graph.Api.Http;

/// <summary>Every error the HTTP layer answers before or around GraphQL execution: its code and its message, in one place.
/// Each message says what was wrong, where, and the setting that allows more when there is one.</summary>
public static class RequestErrors
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "SYNTAX_ERROR";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string DocumentTooDeep = "DOCUMENT_TOO_DEEP";
    public const string TooManySelections = "TOO_MANY_SELECTIONS";
    public const string SelectionSetTooWide = "SELECTION_SET_TOO_WIDE";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL_ERROR";

    public static string NotJson(string detail) => $"The request body is not valid JSON: {detail}";
    public static string BadVariables(string detail) => $"The 'variables' could not be read: {detail}";

    public static string TooLarge(int bytes, int limit) =>
        $"The GraphQL document is {bytes:N0} bytes; the limit is {limit:N0} (Graph:MaxDocumentBytes). Send long values such as article text in 'variables'.";
    public static string TooDeep(int limit, int line, int column) =>
        $"The GraphQL document is nested too deeply at line {line}, column {column}: at most {limit} levels of syntax are read.";
    public static string Syntax(string description, int line, int column) =>
        $"Syntax error at line {line}, column {column}: {(description.Length <= 200 ? description : description[..200] + "…")}";
    public static string Selections(int limit) =>
        $"The document asks for more than {limit:N0} fields once its fragments are expanded (Graph:MaxSelections); ask for less, or page.";
    public static string Wide(int count, int limit, int line, int column) =>
        $"A selection set at line {line}, column {column} holds {count:N0} fields once its fragments are expanded; at most {limit:N0} (Graph:MaxFieldsPerSelectionSet).";
    public static string Response(long limit) =>
        $"The answer would be larger than {limit:N0} bytes (Graph:MaxResponseBytes); ask for fewer items or fields, or page with 'first' and 'after'.";
    public static string TimedOut(int seconds) => $"The query ran longer than {seconds} s (Graph:QueryTimeoutSeconds).";
    public static string InternalError(string correlationId) =>
        $"The service failed to answer; the log holds the details under correlation id {correlationId}.";
}
