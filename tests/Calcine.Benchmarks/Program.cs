using BenchmarkDotNet.Running;
using Calcine.Benchmarks;

// dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-fuzz [frames] [seed]
// dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-throughput [seconds]
if (args is ["hj212-fuzz", .. var fuzzArgs])
{
    return Hj212FuzzRun.Run(fuzzArgs);
}

if (args is ["hj212-throughput", .. var throughputArgs])
{
    return Hj212ThroughputRun.Run(throughputArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Hj212FuzzRun).Assembly).Run(args);
return 0;
