using Graph.Api.GraphQL;
using Graph.Api.Hosting;
using Graph.Ingestion;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Api.Http;

/// <summary>Parses a GraphQL document within bounds and measures it before validation: the size in bytes, the nesting of
/// its syntax, the fields it asks for with fragments expanded and the widest selection set. What fails answers a
/// <see cref="Refusal"/> with a code; nothing here throws for any input.</summary>
public static class DocumentGuard
{
    /// <summary>Levels of syntax (AST nodes) the parser follows; MaxDepth (15 fields) needs about 35, nested input objects more.</summary>
    public const int MaxParseDepth = 64;

    /// <param name="Limit">True when a limit was passed (the answer is 400 whatever the media type); false for a syntax error.</param>
    public sealed record Refusal(string Code, string Message, bool Limit);

    public static Refusal? CheckSize(string query, GraphOptions options)
    {
        // A char is at most 3 UTF-8 bytes: only count the bytes when the length alone does not settle it.
        if (query.Length * 3L <= options.MaxDocumentBytes) return null;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(query);
        return bytes <= options.MaxDocumentBytes ? null
            : new Refusal(RequestErrors.DocumentTooLarge, RequestErrors.TooLarge(bytes, options.MaxDocumentBytes), Limit: true);
    }

    public static (GraphQLDocument? Document, Refusal? Refusal) Parse(string query, GraphOptions options, out long selections)
    {
        GraphQLDocument document;
        selections = 0;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = MaxParseDepth });
        }
        catch (GraphQLMaxDepthExceededException e)
        {
            return (null, new Refusal(RequestErrors.DocumentTooDeep, RequestErrors.TooDeep(MaxParseDepth, e.Location.Line, e.Location.Column), Limit: true));
        }
        catch (GraphQLParserException e)
        {
            return (null, new Refusal(RequestErrors.ParseFailed, RequestErrors.Syntax(e.Description, e.Location.Line, e.Location.Column), Limit: false));
        }
        if (StringLiterals.FirstInvalid(document) is { } literal)
        {
            var (line, column) = LineAndColumn(query, literal.Start);
            return (null, new Refusal(RequestErrors.BadRequest, JsonText.BadText($"The string at line {line}, column {column}"), Limit: true));
        }
        var budget = SelectionBudget.Measure(document, options.MaxSelections, out var total);
        selections = total;
        if (total > options.MaxSelections)
            return (null, new Refusal(RequestErrors.TooManySelections, RequestErrors.Selections(options.MaxSelections), Limit: true));
        if (budget.Widest > options.MaxFieldsPerSelectionSet)
        {
            var (line, column) = LineAndColumn(query, budget.WidestAt.Start);
            return (null, new Refusal(RequestErrors.SelectionSetTooWide,
                RequestErrors.Wide((int)budget.Widest, options.MaxFieldsPerSelectionSet, line, column), Limit: true));
        }
        return (document, null);
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 1, start = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
            if (text[i] == '\n') { line++; start = i + 1; }
        return (line, offset - start + 1);
    }
}
