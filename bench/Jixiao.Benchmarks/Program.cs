using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In process: this BenchmarkDotNet release does not yet know .NET 10 as a target to build a separate process for.
// Short runs (3 warm-ups, 3 iterations) by default, to suit a 2-core machine; pass BenchmarkDotNet's own arguments, e.g. `--filter *Value*`.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Jixiao.Benchmarks.Samples).Assembly).Run(args, config);
