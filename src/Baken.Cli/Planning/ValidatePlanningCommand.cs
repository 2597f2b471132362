using System.CommandLine;

namespace Baken.Cli.Planning;

/// <summary>
/// <c>baken validate-planning</c>: checks an AI-made care plan against its planning problem, at the
/// organisation, and writes the result JSON (aggregate figures plus a detail section with patient,
/// staff and nurse ids that <c>baken submit</c> leaves behind) and an offline HTML report. Two problems:
/// <c>hhcrsp</c> (home-care routes and schedules, Mankowska, Meisel &amp; Bierwirth 2014) and <c>inrc2</c>
/// (nurse rosters, Second International Nurse Rostering Competition). Exit codes: 0 checked (feasible or
/// not: the verdict is in the result), 2 nothing could be checked (missing or broken files).
/// </summary>
internal static class ValidatePlanningCommand
{
    public static Command Create()
    {
        var command = new Command("validate-planning", "Check an AI-made plan (home-care routes or a nurse roster) against its problem's rules; writes result JSON and an HTML report");
        command.Subcommands.Add(HhcrspCommand.Create());
        command.Subcommands.Add(Inrc2Command.Create());
        return command;
    }
}
