using Graph.Bench;

// Benchmarks report ratios against a baseline measured in the same run, never absolute pass/fail times.
// usage: dotnet run -c Release --project bench/Graph.Bench -- extraction [articles]
//        dotnet run -c Release --project bench/Graph.Bench -- api [articles] [iterations] [query number]
//        dotnet run -c Release --project bench/Graph.Bench -- load [seconds] [clients] [articles]
//        dotnet run -c Release --project bench/Graph.Bench -- ingest [articles] [bulk]   (stories and events kept: on / off)
// api: GRAPH_BENCH_DIR=DIR keeps the generated graph in DIR and reuses it; GRAPH_BENCH_TAIL=1 prints the slowest calls,
// GC pauses and bytes allocated a call; query number 0 times { __typename } (the HTTP floor).
var suite = args.Length > 0 ? args[0] : "extraction";
return suite switch
{
    "extraction" => ExtractionBench.Run(args.Length > 1 ? int.Parse(args[1]) : 2000),
    "api" => await ApiBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000, args.Length > 2 ? int.Parse(args[2]) : 200, args.Length > 3 ? args[3] : null),
    "ingest" => await IngestBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000, args.Length > 2 && args[2] == "bulk"),
    "load" => await LoadBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 60, args.Length > 2 ? int.Parse(args[2]) : 64, args.Length > 3 ? int.Parse(args[3]) : 10_000),
    _ => Fail($"unknown benchmark '{suite}'; known: extraction, api, load, ingest"),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
