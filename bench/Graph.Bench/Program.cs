using Graph.Bench;

// Benchmarks report ratios against a baseline measured in the same run, never absolute pass/fail times.
// usage: dotnet run -c Release --project bench/Graph.Bench -- extraction [articles]
var suite = args.Length > 0 ? args[0] : "extraction";
return suite switch
{
    "extraction" => ExtractionBench.Run(args.Length > 1 ? int.Parse(args[1]) : 2000),
    _ => Fail($"unknown benchmark '{suite}'; known: extraction"),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
