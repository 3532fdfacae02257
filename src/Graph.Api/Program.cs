using Graph.Api.Hosting;

// The service: GraphQL at /graphql (Banana Cake Pop for browsers), health at /health/live and /health/ready.
// Wiring lives in Hosting/: GraphApp builds the app, StartupChecks refuses settings that leave it open unsaid,
// ServiceExtensions registers the store and the schema, TelemetryExtensions OpenTelemetry; Http/ maps the endpoints.
var app = GraphApp.Build(args);
if (!app.Check() || !await app.TryPrepareAsync())
{
    await app.DisposeAsync(); // flushes the console log: the one line saying why is written before the process ends
    return 1;
}
await app.RunAsync();
return 0;
