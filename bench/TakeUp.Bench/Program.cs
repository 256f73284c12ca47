using System.Globalization;
using TakeUp.Bench;

// The benchmark harness: figures, not pass/fail tests. Results are recorded in docs/benchmarks.md.
//   dotnet run -c Release --project bench/TakeUp.Bench -- catalog     [--persons N] [--seed S] [--date D] [--runs R]
//   dotnet run -c Release --project bench/TakeUp.Bench -- three-rules [--persons N] [--seed S] [--date D] [--runs R]
//   dotnet run -c Release --project bench/TakeUp.Bench -- peer --persons-file P --households-file H [--threads N] [--runs R] [--postgres CONNECTION]
//   dotnet run -c Release --project bench/TakeUp.Bench -- peer-generate --persons N --seed S --out DIR
//   dotnet run -c Release --project bench/TakeUp.Bench -- changes --snapshot DIR --persons N --out FILE
if (args.Length > 0 && args[0] == "changes") return ChangesWriter.Run(args);
//   dotnet run -c Release --project bench/TakeUp.Bench -- national [--persons N] [--seed S] [--date D] [--runs R]
if (args.Length > 0 && args[0] is "peer" or "peer-generate")
{
    var peer = PeerOptions.Parse(args);
    if (peer is null)
    {
        Console.Error.WriteLine(PeerOptions.Usage);
        return 2;
    }
    Console.WriteLine($"TakeUp bench '{peer.Workload}' on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Measure.Machine()}");
    return peer.Workload == "peer" ? PeerBench.Run(peer) : PeerBench.Generate(peer);
}
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: TakeUp.Bench catalog|three-rules|national [--persons N] [--seed S] [--date YYYY-MM-DD] [--runs R] [--catalog DIR]");
    Console.Error.WriteLine(PeerOptions.Usage);
    return 2;
}
Console.WriteLine($"TakeUp bench '{options.Workload}' on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Measure.Machine()}");
if (options.Workload == "national") return NationalBench.Run(options);
Console.WriteLine($"  persons {options.Persons:N0}, seed {options.Seed}, evaluation date {options.Date:yyyy-MM-dd}, best of {options.Runs} runs");
return options.Workload switch
{
    "catalog" => CatalogBench.Run(options),
    _ => ThreeRulesBench.Run(options),
};
