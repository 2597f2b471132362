namespace Baken.Engine.Planning.Inrc2;

/// <summary>
/// Reads the INRC-II text formats (Ceschia et al. 2015, appendix A): scenario, history, week data and
/// solution. Every name in a history, week-data or solution file must be one of the scenario's; every
/// problem names the file and line.
/// </summary>
public static partial class Inrc2Reader
{
    /// <summary>Reads a whole instance and its solutions, stopping at the first broken file.</summary>
    public static PlanningOutcome<Inrc2Input> ReadAll(
        PlanningFile scenarioFile, PlanningFile historyFile, IReadOnlyList<PlanningFile> weekFiles, IReadOnlyList<PlanningFile> solutionFiles)
    {
        ArgumentNullException.ThrowIfNull(weekFiles);
        ArgumentNullException.ThrowIfNull(solutionFiles);
        static PlanningOutcome<Inrc2Input> Failure(IReadOnlyList<PlanningIssue> issues) => PlanningOutcome<Inrc2Input>.Failure(issues);
        if (weekFiles.Count == 0 || weekFiles.Count != solutionFiles.Count)
        {
            return Failure([new PlanningIssue(solutionFiles.Count > 0 ? solutionFiles[0].Name : scenarioFile.Name, null,
                $"{weekFiles.Count} week-data files and {solutionFiles.Count} solution files were given; one solution per week is needed.")]);
        }

        var scenario = ReadScenario(scenarioFile);
        if (scenario.Value is not { } sc)
        {
            return Failure(scenario.Issues);
        }

        var history = ReadHistory(historyFile, sc);
        if (history.Value is not { } h)
        {
            return Failure(history.Issues);
        }

        var weeks = new List<Inrc2Week>();
        foreach (var file in weekFiles)
        {
            var week = ReadWeek(file, sc);
            if (week.Value is null)
            {
                return Failure(week.Issues);
            }

            weeks.Add(week.Value);
        }

        var solutions = new List<Inrc2Solution>();
        for (var w = 0; w < solutionFiles.Count; w++)
        {
            var solution = ReadSolution(solutionFiles[w], sc);
            if (solution.Value is not { } s)
            {
                return Failure(solution.Issues);
            }

            if (s.Week != h.Week + w)
            {
                return Failure([new PlanningIssue(solutionFiles[w].Name, null,
                    $"the file is for week {s.Week}, but it was given as week {h.Week + w} (solutions go in week order, the history leads into week {h.Week}).")]);
            }

            solutions.Add(s);
        }

        return PlanningOutcome<Inrc2Input>.Success(new Inrc2Input(new Inrc2Instance(sc, h, weeks), solutions));
    }

    private static PlanningOutcome<T> Done<T>(Inrc2Text text, T? value)
        where T : class =>
        text.Issue is { } issue || value is null
            ? PlanningOutcome<T>.Failure(text.Issue ?? new PlanningIssue("?", null, "unreadable."))
            : PlanningOutcome<T>.Success(value);

    // The dataset name on the second line of history, week and solution files must be the scenario's.
    private static bool SameDataset(Inrc2Text text, string found, int line, Inrc2Scenario scenario) =>
        found.Equals(scenario.Name, StringComparison.Ordinal)
        || text.Fail(line, $"the file is for data set '{Inrc2Text.Shorten(found)}', the scenario is '{scenario.Name}'.");
}
