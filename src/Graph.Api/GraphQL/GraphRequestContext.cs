namespace Graph.Api.GraphQL;

/// <summary>The user context of one GraphQL request: what its resolvers and middleware share.</summary>
public sealed class GraphRequestContext(ResponseBudget budget) : Dictionary<string, object?>
{
    public ResponseBudget Budget { get; } = budget;
}
