using GraphQLParser;

namespace Graph.Api.Http;

/// <summary>Tells a mutation from a query by reading the document's tokens only (linear, no recursion, no tree), so the
/// API-key check can run before the document is parsed: a caller without the key never gets a mutation parsed or validated.</summary>
public static class OperationScan
{
    /// <summary>True when the operation to run (the one named, or the only one) is a mutation; false when it is not or the
    /// document does not lex (the parser then reports the syntax error).</summary>
    public static bool IsMutation(string query, string? operationName) => Chosen(query, operationName).Kind == "mutation";

    /// <summary>The operation to run: its kind (query, mutation, subscription) and name, or (null, null) when there is no
    /// single one or the document does not lex.</summary>
    public static (string? Kind, string? Name) Chosen(string query, string? operationName)
    {
        var operations = new List<(string Kind, string? Name)>();
        try
        {
            int braces = 0, parens = 0, at = 0;
            string? header = null;      // the keyword of an operation or fragment whose selection set has not begun
            var named = false;          // whether that header has had its name
            while (true)
            {
                var token = Lexer.Lex(query, at);
                if (token.Kind == TokenKind.EOF) break;
                at = token.End;
                var top = braces == 0 && parens == 0;
                switch (token.Kind)
                {
                    case TokenKind.PAREN_L: parens++; break;
                    case TokenKind.PAREN_R: parens--; break;
                    case TokenKind.BRACE_L when top && header is null:
                        operations.Add(("query", null)); // the shorthand { … }
                        braces++;
                        break;
                    case TokenKind.BRACE_L when top:
                        if (!named) operations.Add((header!, null));
                        header = null;
                        braces++;
                        break;
                    case TokenKind.BRACE_L: braces++; break;
                    case TokenKind.BRACE_R: braces--; break;
                    case TokenKind.NAME when top && header is null:
                        header = token.Value.ToString();
                        named = false;
                        break;
                    case TokenKind.NAME when top && !named:
                        operations.Add((header!, token.Value.ToString()));
                        named = true;
                        break;
                }
                if (braces < 0 || parens < 0) return (null, null);
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return (null, null);
        }
        var executable = operations.Where(o => o.Kind != "fragment").ToList();
        var chosen = operationName is null
            ? executable.Count == 1 ? executable[0] : default
            : executable.FirstOrDefault(o => o.Name == operationName);
        return chosen;
    }
}
