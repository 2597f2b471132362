using Baken.Benchmarks.Metrics;
using Baken.Benchmarks.Registers;
using BenchmarkDotNet.Running;

if (args is ["stopwatch", .. var rest])
{
    StopwatchRun.Run(rest);
    return;
}

if (args is ["fda-import", var previous, var current])
{
    FdaListBenchmarks.ImportOnce(previous, current);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
