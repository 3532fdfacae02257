using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Utilities;
using Graph.Api.Hosting;

namespace Graph.Api.GraphQL;

/// <summary>The schema as SDL, the form kept in schema/schema.graphql.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).Replace("\r\n", "\n").TrimEnd() + "\n";

    /// <summary>The served schema, built without opening a store.</summary>
    public static string Current()
    {
        var app = GraphApp.Build([]);
        return Print(app.Services.GetRequiredService<GraphSchema>());
    }
}
