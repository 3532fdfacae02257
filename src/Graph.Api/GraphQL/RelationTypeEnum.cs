using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>The edge types of the ontology, as a GraphQL enum (SAID, MET, CRITICIZED, …).</summary>
public sealed class RelationTypeEnum : EnumerationGraphType
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "An edge type of the ontology; CAMEO codes in parentheses where the ontology gives one.";
        foreach (var info in RelationTypeInfo.Values)
            Add(info.Name, info.Type, info.Cameo is null ? info.Name : $"{info.Name} (CAMEO {info.Cameo})");
    }
}
