using System.CommandLine;

namespace Baken.Cli.Monitoring;

/// <summary>The options of <c>baken monitor</c>.</summary>
internal sealed class MonitorArguments
{
    public Option<string> Plan { get; } = new("--plan") { Description = "the monitoring plan: its file (plan.json), or its id on the platform (then --server is needed)", Required = true };
    public Option<string> Reference { get; } = new("--reference") { Description = "CSV with the reference (validation-time) predictions: y_true, y_score and the plan's columns", Required = true };
    public Option<string> Period { get; } = new("--period") { Description = "CSV with this period's predictions: y_score, the plan's columns, y_true where known", Required = true };
    public Option<string> Output { get; } = new("--output") { Description = "where to write the result JSON; the HTML report goes next to it (result.json -> result.html)", Required = true };
    public Option<string?> History { get; } = new("--history") { Description = "a folder with earlier periods' result JSON files, drawn as time series in the report" };
    public Option<string?> PeriodName { get; } = new("--period-name") { Description = "the period's name in the result (default: the period file's name without 'period-' and extension, e.g. 2026-04)" };
    public Option<string?> Server { get; } = new("--server") { Description = "the platform's address, to fetch a plan by id" };
    public Option<string?> Token { get; } = new("--token") { Description = "API token for fetching the plan, if the platform asks for one (default: BAKEN_TOKEN)" };
    public Option<string> ReportLanguage { get; } = new Option<string>("--report-language") { Description = "language of the HTML report: nl or en", DefaultValueFactory = _ => "nl" }.AcceptOnlyFromAmong("nl", "en");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Plan, Reference, Period, Output, History, PeriodName, Server, Token, ReportLanguage })
        {
            command.Options.Add(option);
        }
    }
}
