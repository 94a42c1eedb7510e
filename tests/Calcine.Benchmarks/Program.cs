using BenchmarkDotNet.Running;
using Calcine.Benchmarks;

// dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*'      BenchmarkDotNet suites
// dotnet run -c Release --project tests/Calcine.Benchmarks -- footprint        bytes per stored stack-minute
if (args is ["footprint", ..])
{
    await StorageFootprint.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
