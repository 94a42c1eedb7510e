using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
