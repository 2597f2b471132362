using System.CommandLine;

namespace Baken.Cli.Planning;

/// <summary>The options both <c>validate-planning</c> subcommands share; each adds its own files.</summary>
internal sealed class PlanningArguments
{
    public Option<string> Output { get; } = new("--output") { Description = "where to write the result JSON; the HTML report goes next to it (result.json -> result.html)", Required = true };

    public Option<bool> WorkingTime { get; } = new("--working-time") { Description = "also apply the Dutch working-time rules (Arbeidstijdenwet summary, content/planning/working-time-nl-1.0.json), reported apart from the problem's own constraints" };

    public Option<string?> WorkingTimeRules { get; } = new("--working-time-rules") { Description = "apply this working-time rule set (JSON, same layout as the shipped one) instead; implies --working-time" };

    public Option<string> ReportLanguage { get; } = new Option<string>("--report-language") { Description = "language of the HTML report: nl or en", DefaultValueFactory = _ => "nl" }.AcceptOnlyFromAmong("nl", "en");

    public void AddTo(Command command, params Option[] own)
    {
        foreach (var option in own.Concat([WorkingTime, WorkingTimeRules, Output, ReportLanguage]))
        {
            command.Options.Add(option);
        }
    }
}
