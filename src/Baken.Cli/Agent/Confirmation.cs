namespace Baken.Cli.Agent;

/// <summary>
/// The data owner's yes or no before a result leaves the organisation (as in MedPerf). Without a
/// person at the keyboard there is no one to say yes, so the command refuses unless --yes was given.
/// </summary>
internal sealed class Confirmation(Func<bool> isInteractive, Func<string?> readLine)
{
    public static Confirmation Console { get; } = new(() => !System.Console.IsInputRedirected, System.Console.ReadLine);

    public bool IsInteractive => isInteractive();

    public bool Ask(TextWriter output, string question)
    {
        output.Write($"{question} [y/N] ");
        output.Flush();
        var answer = readLine()?.Trim().ToUpperInvariant();
        return answer is "Y" or "YES" or "J" or "JA";
    }
}
