using global::GraphQL;
using global::GraphQL.Validation.Complexity;
using Graph.Api.GraphQL;
using Graph.Api.Http;
using Graph.Api.Ingestion;
using Graph.Core;
using Graph.Extraction;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

public static class ServiceExtensions
{
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphOptions>(builder.Configuration.GetSection("Graph"));
        builder.Services.AddSingleton<IGraphStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            return options.Store.ToLowerInvariant() switch
            {
                "sqlite" => new SqliteGraphStore(options.DatabasePath),
                "neo4j" => new Neo4jGraphStore(options.Neo4j),
                _ => throw new InvalidOperationException($"Graph:Store is '{options.Store}'; this build knows 'sqlite' and 'neo4j'."),
            };
        });
        builder.Services.AddSingleton(_ => new ArabicExtractor());
        builder.Services.AddSingleton(sp => new IngestLimits(sp.GetRequiredService<IOptions<GraphOptions>>().Value.MaxArticleBytes));
        builder.Services.AddSingleton<ArticleIngestor>();
        builder.Services.AddSingleton<GraphQueries>();
        return builder;
    }

    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Graph").Get<GraphOptions>() ?? new GraphOptions();
        builder.Services.AddSingleton<RecordCache>();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
                // Introspection (the IDE's schema query) costs nothing; everything else is weighed as usual.
                var usual = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = ctx => ctx.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                    ? new FieldComplexityResult(0, 0)
                    : usual(ctx);
            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            // Resolvers are in memory or batched through loaders, so fields need no task each: the serial strategy is faster.
            .AddExecutionStrategy<global::GraphQL.Execution.SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        return builder;
    }
}
