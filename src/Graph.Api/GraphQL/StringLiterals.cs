using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Graph.Api.GraphQL;

/// <summary>Finds a string literal in a parsed document that holds a lone surrogate (written "\ud800" in GraphQL): such a
/// value is refused as bad input rather than reaching a resolver, where .NET's Unicode normalisation throws on it.</summary>
public sealed class StringLiterals : ASTVisitor<StringLiterals.Context>
{
    private static readonly StringLiterals Instance = new();

    public sealed class Context : IASTVisitorContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;
        public GraphQLLocation? Invalid { get; set; }
    }

    /// <summary>Where the first invalid literal starts, or null.</summary>
    public static GraphQLLocation? FirstInvalid(GraphQLDocument document)
    {
        var context = new Context();
        // Nothing here awaits: the visit completes synchronously.
        Instance.VisitAsync(document, context).AsTask().GetAwaiter().GetResult();
        return context.Invalid;
    }

    protected override ValueTask VisitStringValueAsync(GraphQLStringValue node, Context context)
    {
        if (context.Invalid is null && !Graph.Ingestion.JsonText.IsValid(node.Value.Span)) context.Invalid = node.Location;
        return default;
    }
}
