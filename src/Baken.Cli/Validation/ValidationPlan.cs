using System.CommandLine;
using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Cli.Validation;

/// <summary>
/// What one run reads and computes: the command-line flags, or the protocol when one is given.
/// With a protocol, the protocol decides what is computed (thresholds, bootstrap replicates,
/// required subgroups), so that every site's result answers the same question; a flag that
/// contradicts it is an error rather than silently ignored. Column names stay the user's: they
/// describe the local file, not the validation. Extra <c>--subgroup</c> columns are added.
/// </summary>
internal sealed record ValidationPlan(PredictionColumns Columns, ClassifierOptions Options, ProtocolDocument? Protocol)
{
    public static ValidationPlan Resolve(ValidateArguments args, ParseResult parse, ProtocolDocument? protocol, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var given = (Option option) => ValidateArguments.IsGiven(parse, option);
        var thresholds = parse.GetValue(args.Thresholds) ?? [];
        var bootstrap = parse.GetValue(args.Bootstrap);
        var subgroups = parse.GetValue(args.Subgroups) ?? [];

        if (protocol is not null)
        {
            var required = protocol.Thresholds.Count > 0 ? protocol.Thresholds : new ClassifierOptions().Thresholds;
            if (given(args.Thresholds) && !thresholds.SequenceEqual(required))
            {
                problems.Add($"--threshold conflicts with the protocol, which sets the thresholds to {string.Join(", ", required.Select(Numbers.Plain))}. Leave --threshold out.");
            }

            if (given(args.Bootstrap) && bootstrap != protocol.BootstrapReplicates)
            {
                problems.Add($"--bootstrap {bootstrap} conflicts with the protocol, which asks for {protocol.BootstrapReplicates} replicates. Leave --bootstrap out.");
            }

            thresholds = [.. required];
            bootstrap = protocol.BootstrapReplicates;
            subgroups = [.. protocol.Subgroups.Concat(subgroups).Distinct(StringComparer.Ordinal)];
        }
        else if (!given(args.Thresholds))
        {
            thresholds = [.. new ClassifierOptions().Thresholds];
        }

        if (thresholds.Any(t => t is not (>= 0 and <= 1)))
        {
            problems.Add("Every --threshold must be between 0 and 1.");
        }

        if (bootstrap < 0)
        {
            problems.Add("--bootstrap must be 0 or more.");
        }

        var columns = new PredictionColumns
        {
            LabelColumn = parse.GetValue(args.LabelColumn)!,
            ScoreColumn = parse.GetValue(args.ScoreColumn)!,
            SubgroupColumns = subgroups,
            TimestampColumn = parse.GetValue(args.TimestampColumn),
        };
        if (protocol is not null)
        {
            columns = columns with
            {
                LabelColumn = given(args.LabelColumn) ? columns.LabelColumn : protocol.LabelColumn,
                ScoreColumn = given(args.ScoreColumn) ? columns.ScoreColumn : protocol.ScoreColumn,
            };
        }

        var options = new ClassifierOptions
        {
            Thresholds = thresholds,
            BootstrapReplicates = bootstrap,
            Seed = parse.GetValue(args.Seed),
            ProtocolId = protocol?.Id.ToString(),
        };
        errors = problems;
        return new ValidationPlan(columns, options, protocol);
    }
}
