using System.CommandLine;
using Baken.Cli.Agent;

namespace Baken.Cli.Validation;

/// <summary>The options of <c>baken validate</c>, kept together so the plan can tell given flags from defaults.</summary>
internal sealed class ValidateArguments
{
    public Option<string> Predictions { get; } = new("--predictions") { Description = "CSV or Parquet (.parquet) file with one row per prediction", Required = true };
    public Option<string> Output { get; } = new("--output") { Description = "where to write the result JSON; the HTML report goes next to it (result.json -> result.html)", Required = true };
    public Option<string> LabelColumn { get; } = new("--label-column") { Description = "column with the observed outcome, 0 or 1", DefaultValueFactory = _ => "y_true" };
    public Option<string> ScoreColumn { get; } = new("--score-column") { Description = "column with the predicted probability, in [0, 1]", DefaultValueFactory = _ => "y_score" };
    public Option<string[]> Subgroups { get; } = new("--subgroup") { Description = "a column whose values define subgroups; repeat for more", DefaultValueFactory = _ => [] };
    public Option<double[]> Thresholds { get; } = new("--threshold") { Description = "a decision threshold for sensitivity, specificity, PPV, NPV; repeat for more (default 0.1 0.2 0.3 0.5)", CustomParser = Numbers.ParseAll };
    public Option<int> Bootstrap { get; } = new("--bootstrap") { Description = "bootstrap replicates for the confidence intervals; 0 for none", DefaultValueFactory = _ => 1000 };
    public Option<long> Seed { get; } = new("--seed") { Description = "bootstrap seed; the same seed gives the same intervals", DefaultValueFactory = _ => 0 };
    public Option<string?> TimestampColumn { get; } = new("--timestamp-column") { Description = "optional column with the moment of prediction (ISO 8601); the result records the period covered" };
    public Option<string?> Protocol { get; } = new("--protocol") { Description = "a validation protocol: its file, or its id (then --server is needed)" };
    public Option<string?> Server { get; } = new("--server") { Description = "the platform's address, to fetch a protocol by id" };
    public Option<string?> Token { get; } = new("--token") { Description = "API token for fetching the protocol, if the platform asks for one (default: BAKEN_TOKEN)" };
    public Option<string> ReportLanguage { get; } = new Option<string>("--report-language") { Description = "language of the HTML report: nl or en", DefaultValueFactory = _ => "nl" }.AcceptOnlyFromAmong("nl", "en");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Predictions, Output, LabelColumn, ScoreColumn, Subgroups, Thresholds, Bootstrap, Seed, TimestampColumn, Protocol, Server, Token, ReportLanguage })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>True when the user typed the option, as opposed to it taking its default.</summary>
    public static bool IsGiven(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
