using Baken.Benchmarks.Metrics;
using BenchmarkDotNet.Running;

if (args is ["stopwatch", .. var rest])
{
    StopwatchRun.Run(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
