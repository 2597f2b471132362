using Baken.Cli.Agent;
using Baken.Core.Validation;
using Baken.Engine.TimeStudy;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Baken.Cli.TimeStudy;

/// <summary>The terminal summary of a time study: one row per scope (overall, then each role); roles come
/// from the data, so cells are <see cref="Text"/>, never markup.</summary>
internal static class TimeStudySummary
{
    public static void Write(TextWriter writer, TimeStudyResult result, IReadOnlyList<CriterionOutcome> outcomes)
    {
        var console = Terminal.For(writer);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Scope", "n before", "n after", "Share before", "Share after", "Difference [Welch 95% CI]", "Bootstrap 95% CI", "Min saved/FTE-week" })
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        Row(table, "overall", result.Overall);
        foreach (var (role, estimate) in result.Roles)
        {
            Row(table, role, estimate);
        }

        console.Write(table);
        writer.WriteLine($"Share = admin_minutes / worked_minutes per shift, averaged per period; difference = after - before; minutes saved = -difference x {Numbers.Plain(result.WeekHours)} h x 60.");
        writer.WriteLine($"Suppressed: fewer than {result.MinCellSize} shifts in either period; such a cell is reported as {{\"suppressed\": true}} only.");
        if (outcomes.Count > 0)
        {
            foreach (var o in outcomes)
            {
                writer.WriteLine($"  {o.Criterion.Id}: {Criteria.Describe(o.Criterion)}: {Numbers.Format(o.Actual)} {(o.Met ? "MET" : "NOT MET")}");
            }

            writer.WriteLine($"Acceptance criteria: {outcomes.Count(o => o.Met)} of {outcomes.Count} met.");
        }
    }

    private static void Row(Table table, string scope, TimeStudyEstimate? e)
    {
        string[] cells = e is null
            ? [scope, "suppressed", "", "", "", "", "", ""]
            :
            [
                scope, Numbers.Format(e.ShiftsBefore), Numbers.Format(e.ShiftsAfter), Numbers.Format(e.AdminShareBefore), Numbers.Format(e.AdminShareAfter),
                Numbers.WithInterval(e.Difference, e.DifferenceCi95), Numbers.Interval(e.BootstrapCi95), Numbers.Format(e.MinutesSavedPerFteWeek, 1),
            ];
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
    }
}
