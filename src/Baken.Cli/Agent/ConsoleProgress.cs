using System.CommandLine;
using Spectre.Console;

namespace Baken.Cli.Agent;

/// <summary>
/// A progress bar on stderr for the slow steps (reading, bootstrap). Shown only when stderr is a
/// terminal and the command writes to the real console, so redirected output, logs and tests
/// stay clean; the work itself runs the same either way.
/// </summary>
internal sealed class ConsoleProgress
{
    private readonly IAnsiConsole? _console;

    private ConsoleProgress(IAnsiConsole? console) => _console = console;

    public static ConsoleProgress For(ParseResult parse)
    {
        var visible = ReferenceEquals(parse.InvocationConfiguration.Error, Console.Error) && !Console.IsErrorRedirected;
        return new(visible ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null);
    }

    /// <summary>Runs the work on the thread pool (the engine's calls are synchronous and CPU-bound); it reports its position out of <paramref name="total"/>
    /// through the callback (a total of 0 shows a spinner instead of a bar).</summary>
    public async Task<T> RunAsync<T>(string description, long total, Func<Action<long>, Task<T>> work, CancellationToken ct)
    {
        if (_console is null)
        {
            return await Task.Run(() => work(_ => { }), ct);
        }

        return await _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1));
                task.IsIndeterminate = total <= 0;
                long position = 0;
                var running = Task.Run(() => work(p => Interlocked.Exchange(ref position, p)), ct);
                while (await Task.WhenAny(running, Task.Delay(100, ct)) != running)
                {
                    task.Value = Math.Min(Interlocked.Read(ref position), task.MaxValue);
                }

                task.Value = task.MaxValue;
                return await running;
            });
    }
}
