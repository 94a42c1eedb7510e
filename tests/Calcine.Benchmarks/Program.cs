using BenchmarkDotNet.Running;
using Calcine.Benchmarks;

// dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*'              BenchmarkDotNet suites
// dotnet run -c Release --project tests/Calcine.Benchmarks -- footprint                bytes per stored stack-minute
// dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-fuzz [frames] [seed]
// dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-throughput [seconds]
// dotnet run -c Release --project tests/Calcine.Benchmarks -- cems-pass [sqlite|postgres] [devices] [seconds]
// dotnet run -c Release --project tests/Calcine.Benchmarks -- roadmap-plan [plants] [levers] [every-year|five-yearly] [seconds]
if (args is ["footprint", ..])
{
    await StorageFootprint.RunAsync();
    return 0;
}

if (args is ["hj212-fuzz", .. var fuzzArgs])
{
    return Hj212FuzzRun.Run(fuzzArgs);
}

if (args is ["hj212-throughput", .. var throughputArgs])
{
    return Hj212ThroughputRun.Run(throughputArgs);
}

if (args is ["roadmap-plan", .. var planArgs])
{
    return RoadmapPlanRun.Run(planArgs);
}

if (args is ["cems-pass", .. var passArgs])
{
    return await CemsPassRun.RunAsync(passArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Hj212FuzzRun).Assembly).Run(args);
return 0;
