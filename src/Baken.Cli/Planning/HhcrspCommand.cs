using System.CommandLine;
using Baken.Cli.Agent;
using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Cli.Planning;

/// <summary><c>baken validate-planning hhcrsp</c>: a timed home-care plan against its HHCRSP instance.</summary>
internal static class HhcrspCommand
{
    public static Command Create()
    {
        var args = new PlanningArguments();
        var instance = new Option<string>("--instance") { Description = "the HHCRSP instance file (Mankowska et al. 2014 format)", Required = true };
        var plan = new Option<string>("--plan") { Description = "the plan to check: CSV with staff,patient,service,start", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "a baseline plan for the same instance (e.g. the current manual plan), to compare with" };
        var minutes = new Option<double>("--minutes-per-time-unit")
        {
            Description = "minutes per time unit of the instance, for the working-time rules (default 1)",
            DefaultValueFactory = _ => 1,
            CustomParser = r => Numbers.ParseAll(r) is [var v] && v > 0 ? v : Fail(r),
        };
        var dayEnd = new Option<double?>("--day-end")
        {
            Description = "end of the working day for the overtime figure, in time units (default: l of the depot, 600 in the published instances)",
            CustomParser = r => Numbers.ParseAll(r) is [var v] ? v : null,
        };
        var command = new Command("hhcrsp", "Home-care routes and schedules (HHCRSP, Mankowska, Meisel & Bierwirth 2014): hard constraints, objective, care figures");
        args.AddTo(command, instance, plan, baseline, minutes, dayEnd);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var (instancePath, planPath, baselinePath) = (parse.GetValue(instance)!, parse.GetValue(plan)!, parse.GetValue(baseline));
            var paths = PlanningRun.Prepare(args, parse, [("--instance", instancePath), ("--plan", planPath), ("--baseline", baselinePath)]);
            var (rulesOk, rules) = await PlanningRun.RulesAsync(args, parse, ct);
            if (paths is null || !rulesOk)
            {
                return 2;
            }

            var options = new HhcrspRunOptions
            {
                Check = new HhcrspOptions { DayEnd = parse.GetValue(dayEnd) },
                WorkingTime = rules,
                MinutesPerTimeUnit = parse.GetValue(minutes),
            };
            var run = HhcrspValidator.Run(
                await PlanningFile.ReadAsync("instance", instancePath, ct), await PlanningFile.ReadAsync("plan", planPath, ct),
                baselinePath is null ? null : await PlanningFile.ReadAsync("baseline", baselinePath, ct), options);
            if (run.Value is not { } validation)
            {
                PlanningRun.Refuse(run.Issues, error);
                return 2;
            }

            var json = PlanningResultJson.ToUtf8Bytes(validation);
            var text = PlanningReportText.For(parse.GetValue(args.ReportLanguage)!);
            var html = PlanningReport.Render(validation, new PlanningReport.Files(Path.GetFileName(instancePath), Path.GetFileName(planPath), baselinePath is null ? null : Path.GetFileName(baselinePath)), text);
            PlanningSummary.Write(output, validation);
            await PlanningRun.WriteAsync(paths, json, html, output, ct);
            return 0;
        });
        return command;
    }

    private static double Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError("--minutes-per-time-unit must be one number above 0, e.g. 1 or 0.5.");
        return 1;
    }
}
