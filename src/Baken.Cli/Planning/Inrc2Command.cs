using System.CommandLine;
using Baken.Engine.Planning;
using Baken.Engine.Planning.Inrc2;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Cli.Planning;

/// <summary><c>baken validate-planning inrc2</c>: a multi-week nurse roster against its INRC-II instance, as the official validator counts it.</summary>
internal static class Inrc2Command
{
    public static Command Create()
    {
        var args = new PlanningArguments();
        var scenario = new Option<string>("--scenario") { Description = "the scenario file (Sc-*.txt)", Required = true };
        var history = new Option<string>("--history") { Description = "the initial history file (H0-*.txt)", Required = true };
        var weeks = new Option<string[]>("--weeks") { Description = "the week-data files (WD-*.txt), one per week, in order (a file may repeat)", Required = true, AllowMultipleArgumentsPerToken = true };
        var solutions = new Option<string[]>("--solutions") { Description = "the roster to check: one solution file (Sol-*.txt) per week, in order", Required = true, AllowMultipleArgumentsPerToken = true };
        var baseline = new Option<string[]>("--baseline-solutions") { Description = "a baseline roster for the same instance, one file per week, to compare with", AllowMultipleArgumentsPerToken = true };
        var shiftTimes = new Option<string[]>("--shift-times")
        {
            Description = "clock times of the shift types for the working-time rules (implies --working-time), e.g. Early=06:00-14:00,Late=14:00-22:00,Night=22:00-07:00; INRC-II files have none",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("inrc2", "Nurse rosters (INRC-II): the official validator's hard counts and cost lines, coverage per skill, optional working-time rules");
        args.AddTo(command, scenario, history, weeks, solutions, baseline, shiftTimes);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var (weekPaths, solutionPaths, baselinePaths) = (parse.GetValue(weeks)!, parse.GetValue(solutions)!, parse.GetValue(baseline) ?? []);
            IEnumerable<(string, string?)> inputs = [("--scenario", parse.GetValue(scenario)), ("--history", parse.GetValue(history)),
                .. weekPaths.Select(p => ("--weeks", (string?)p)), .. solutionPaths.Select(p => ("--solutions", (string?)p)), .. baselinePaths.Select(p => ("--baseline-solutions", (string?)p))];
            var paths = PlanningRun.Prepare(args, parse, inputs);
            var (rulesOk, rules) = await PlanningRun.RulesAsync(args, parse, ct);
            var times = ParseTimes(parse.GetValue(shiftTimes) ?? [], error);
            if (paths is null || !rulesOk || times is null)
            {
                return 2;
            }

            var run = Inrc2Validator.Run(
                await PlanningFile.ReadAsync("scenario", parse.GetValue(scenario)!, ct), await PlanningFile.ReadAsync("history", parse.GetValue(history)!, ct),
                await PlanningRun.ReadAsync("week", weekPaths, ct), await PlanningRun.ReadAsync("solution", solutionPaths, ct),
                baselinePaths.Length == 0 ? null : await PlanningRun.ReadAsync("baselineSolution", baselinePaths, ct),
                // Shift times are only given for the working-time rules, so they ask for them too.
                new Inrc2RunOptions { WorkingTime = rules ?? (times != ShiftTimes.None ? WorkingTimeRuleSet.Default : null), ShiftTimes = times });
            if (run.Value is not { } validation)
            {
                PlanningRun.Refuse(run.Issues, error);
                return 2;
            }

            var json = PlanningResultJson.ToUtf8Bytes(validation);
            string[] names = [.. inputs.Select(i => Path.GetFileName(i.Item2!))];
            var html = PlanningReport.Render(validation, names, PlanningReportText.For(parse.GetValue(args.ReportLanguage)!));
            PlanningSummary.Write(output, validation);
            await PlanningRun.WriteAsync(paths, json, html, output, ct);
            return 0;
        });
        return command;
    }

    // "Early=06:00-14:00,Late=14:00-22:00" or the pairs as separate arguments.
    private static ShiftTimes? ParseTimes(string[] values, TextWriter error)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(KeyValuePair.Create(eq < 0 ? part : part[..eq], eq < 0 ? "" : part[(eq + 1)..]));
        }

        if (pairs.Count == 0)
        {
            return ShiftTimes.None;
        }

        var times = ShiftTimes.Parse(pairs, out var problem);
        if (times is null)
        {
            error.WriteLine($"--shift-times: {problem}");
        }

        return times;
    }
}
