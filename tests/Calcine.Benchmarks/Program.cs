using BenchmarkDotNet.Running;
using Calcine.Benchmarks;

// dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-fuzz [frames] [seed]
if (args is ["hj212-fuzz", .. var fuzzArgs])
{
    return Hj212FuzzRun.Run(fuzzArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Hj212FuzzRun).Assembly).Run(args);
return 0;
