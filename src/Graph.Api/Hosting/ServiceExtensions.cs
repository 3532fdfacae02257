using global::GraphQL;
using global::GraphQL.Validation.Complexity;
using Graph.Api.GraphQL;
using Graph.Api.Http;
using Graph.Core;
using Graph.Extraction;
using Graph.Ingestion;
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
            return InstrumentedStore.Wrap(options.Store.ToLowerInvariant() switch
            {
                "sqlite" => new SqliteGraphStore(options.DatabasePath),
                "neo4j" => new Neo4jGraphStore(options.Neo4j, log: Progress(sp)),
                _ => throw new InvalidOperationException($"Graph:Store is '{options.Store}'; this build knows 'sqlite' and 'neo4j'."),
            });
        });
        builder.Services.AddSingleton<IExtractor>(_ => new ArabicExtractor());
        builder.Services.AddSingleton(sp => new IngestLimits(sp.GetRequiredService<IOptions<GraphOptions>>().Value.MaxArticleBytes));
        builder.Services.AddSingleton<ArticleIngestor>();
        builder.Services.AddSingleton<GraphQueries>();
        return builder;
    }

    private static Action<string> Progress(IServiceProvider sp)
    {
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Neo4j");
        return line => logger.LogInformation("{Progress}", line);
    }

    /// <summary>What one __schema or __type answer costs in the complexity analyzer: 50 of them reach MaxComplexity.</summary>
    public const double IntrospectionImpact = 1_000;

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
                c.ValidateComplexityDelegate = context =>
                {
                    GraphTelemetry.Complexity.Record(context.TotalImpact);
                    System.Diagnostics.Activity.Current?.SetTag("graphql.complexity", context.TotalImpact);
                    return Task.CompletedTask;
                };
                // Introspection used to cost nothing, so 8,000 aliases of __schema passed. Now __schema and __type cost
                // IntrospectionImpact each and the fields below them one each, lists not multiplied: the schema is one fixed
                // answer, and the default list guesses would put the IDE's own schema query at 700,000 (it costs 8,715 so).
                var usual = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = ctx =>
                    ctx.FieldDefinition.Name is "__schema" or "__type" ? new FieldComplexityResult(IntrospectionImpact, 1)
                    : ctx.ParentType?.Name.StartsWith("__", StringComparison.Ordinal) == true ? new FieldComplexityResult(1, 1)
                    : usual(ctx);
            })
            // Every resolved field is charged to the request's response budget (Graph:MaxResponseBytes).
            .UseMiddleware<ResponseBudgetMiddleware>()
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            // Resolvers are in memory or batched through loaders, so fields need no task each: the serial strategy is faster.
            .AddExecutionStrategy<global::GraphQL.Execution.SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        return builder;
    }
}
