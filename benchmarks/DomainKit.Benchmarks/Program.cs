using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// "--quick" runs every benchmark with a short job (a few iterations) to check the suite in a couple of minutes;
// without it, BenchmarkDotNet's default job measures properly. Other arguments go to BenchmarkDotNet (--filter ...).
var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
var config = quick ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3)) : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(DomainKit.Benchmarks.SyntheticDataset).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
