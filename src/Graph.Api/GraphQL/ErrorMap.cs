using global::GraphQL;
using global::GraphQL.Execution;
using Graph.Core;
using Graph.Ingestion;

namespace Graph.Api.GraphQL;

/// <summary>The one place where exceptions become error codes. Known kinds keep their message and get their code (a bad
/// cursor, an article refused); anything else is INTERNAL_ERROR with a correlation id, and the log gets the exception
/// under that id. No .NET type name ever becomes a code (GraphQL.NET's default makes FormatException FORMAT).</summary>
public static class ErrorMap
{
    public static Task Apply(UnhandledExceptionContext context, ILogger logger, string correlationId)
    {
        var e = context.OriginalException;
        context.Exception = e switch
        {
            InvalidCursorException cursor => InputErrors.Cursor(cursor.Message),
            IngestException refused => new ExecutionError(refused.Message) { Code = refused.Code },
            _ => Internal(e, context, logger, correlationId),
        };
        return Task.CompletedTask;
    }

    private static ExecutionError Internal(Exception e, UnhandledExceptionContext context, ILogger logger, string correlationId)
    {
        logger.LogError(e, "Request {CorrelationId}: resolving {Field} failed", correlationId, context.FieldContext?.FieldDefinition.Name ?? "(no field)");
        return new ExecutionError(Http.RequestErrors.InternalError(correlationId)) { Code = Http.RequestErrors.Internal };
    }
}
