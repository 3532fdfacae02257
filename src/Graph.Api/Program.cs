using Graph.Api.Hosting;

// The service: GraphQL at /graphql (Banana Cake Pop for browsers), health at /health/live and /health/ready.
// Wiring lives in Hosting/: GraphApp builds the app, StartupChecks refuses settings that leave it open unsaid,
// ServiceExtensions registers the store and the schema, TelemetryExtensions OpenTelemetry; Http/ maps the endpoints.
// `schema` prints the served GraphQL schema (SDL) instead of serving; schema/schema.graphql must equal it.
if (args is ["schema"]) // dotnet run --no-launch-profile --project src/Graph.Api -- schema > schema/schema.graphql
{
    Console.Write(Graph.Api.GraphQL.SchemaText.Current());
    return 0;
}
var app = GraphApp.Build(args);
if (!app.Check() || !await app.TryPrepareAsync())
{
    await app.DisposeAsync(); // flushes the console log: the one line saying why is written before the process ends
    return 1;
}
await app.RunAsync();
return 0;
