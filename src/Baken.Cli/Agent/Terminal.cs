using Spectre.Console;

namespace Baken.Cli.Agent;

/// <summary>Where the agent's tables go: the real terminal with colour, or plain text for files and tests.</summary>
internal static class Terminal
{
    /// <summary>A Spectre console on <paramref name="writer"/>: plain text unless it is the real terminal.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var isConsole = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isConsole ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isConsole)
        {
            // A file or a test has no window width; wide enough that no row wraps.
            console.Profile.Width = 160;
        }

        return console;
    }
}
