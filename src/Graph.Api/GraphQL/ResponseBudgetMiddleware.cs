using global::GraphQL;
using global::GraphQL.DataLoader;
using global::GraphQL.Instrumentation;

namespace Graph.Api.GraphQL;

/// <summary>Charges every resolved field to the request's <see cref="ResponseBudget"/>: its response name and its value.</summary>
public sealed class ResponseBudgetMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var result = await next(context).ConfigureAwait(false);
        if (context.UserContext is GraphRequestContext { Budget: var budget })
            budget.Charge(6 + (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).Value.Length + Weight(result));
        return result;
    }

    private static long Weight(object? value) => value switch
    {
        null => 4,
        string s => 2 + (s.Length < 256 ? s.Length * 3L : System.Text.Encoding.UTF8.GetByteCount(s)),
        IDataLoaderResult => 0, // what it loads is charged field by field
        IEnumerable<string> strings => 8 + strings.Sum(Weight),
        _ => 8,
    };
}
