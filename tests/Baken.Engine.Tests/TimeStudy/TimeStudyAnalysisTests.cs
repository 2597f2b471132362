using System.Text.Json.Nodes;
using Baken.Engine.TimeStudy;

namespace Baken.Engine.Tests.TimeStudy;

// shifts.csv was drawn once with numpy (seed 20261127): nurses 12 before / 11 after, doctors 10 / 10,
// assistants 9 / 12. Expected figures come from /usr/bin/python3 (numpy, scipy 1.10.1): the mean of
// admin/worked per period, and the Welch interval by hand, because TtestResult.confidence_interval
// arrives only in scipy 1.11: se = sqrt(var_a/n_a + var_b/n_b) (ddof=1),
// df = se**4 / ((var_a/n_a)**2/(n_a-1) + (var_b/n_b)**2/(n_b-1)), diff ± t(0.975, df) * se, with the t
// quantile from mpmath (scipy 1.10's t.ppf is off by up to 1e-9, see StudentTTests; with it the bounds
// move by under 1e-10). The script also asserted that diff/se equals ttest_ind(after, before, equal_var=False).statistic.
public sealed class TimeStudyAnalysisTests
{
    private const double Tolerance = 1e-12;

    private static readonly TimeMeasurements Shifts = TimeMeasurementReader.ReadCsv(Path.Combine(AppContext.BaseDirectory, "TimeStudy", "shifts.csv"));

    private static TimeStudyResult Run(TimeStudyOptions? options = null) => TimeStudyAnalysis.Run(Shifts, options ?? new TimeStudyOptions { BootstrapReplicates = 200, Seed = 7 });

    [Fact]
    public void Run_Overall_MatchesScipyWelch()
    {
        var o = Run().Overall!;

        Assert.Equal((31, 33), (o.ShiftsBefore, o.ShiftsAfter));
        Assert.Equal(0.34932182186597849, o.AdminShareBefore, Tolerance);
        Assert.Equal(0.27732982495790659, o.AdminShareAfter, Tolerance);
        Assert.Equal(-0.071991996908071898, o.Difference, Tolerance);
        Assert.Equal(-0.11194655376789395, o.DifferenceCi95!.Value.Lower, Tolerance);
        Assert.Equal(-0.032037440048249849, o.DifferenceCi95!.Value.Upper, Tolerance);
        // -difference × 36 h × 60.
        Assert.Equal(155.50271332143529, o.MinutesSavedPerFteWeek, 1e-9);
    }

    [Theory]
    [InlineData("nurse", 12, 11, 0.35461475661425496, 0.28374264258699905, -0.11421764278894653, -0.027526585265565291)]
    [InlineData("doctor", 10, 10, 0.42285027145861653, 0.31756464173469112, -0.18638918694420514, -0.02418207250364568)]
    public void Run_Role_MatchesScipyWelch(string role, int before, int after, double shareBefore, double shareAfter, double lower, double upper)
    {
        var e = Run().Roles.Single(r => r.Role == role).Estimate!;

        Assert.Equal((before, after), (e.ShiftsBefore, e.ShiftsAfter));
        Assert.Equal(shareBefore, e.AdminShareBefore, Tolerance);
        Assert.Equal(shareAfter, e.AdminShareAfter, Tolerance);
        Assert.Equal(lower, e.DifferenceCi95!.Value.Lower, Tolerance);
        Assert.Equal(upper, e.DifferenceCi95!.Value.Upper, Tolerance);
    }

    [Fact]
    public void Run_RoleWithNineShiftsBefore_IsSuppressedAndTenIsNot()
    {
        var result = Run();

        // assistants: 9 before, 12 after; doctors: exactly 10 and 10.
        Assert.Equal(["assistant", "doctor", "nurse"], result.Roles.Select(r => r.Role));
        Assert.Null(result.Roles.Single(r => r.Role == "assistant").Estimate);
        Assert.NotNull(result.Roles.Single(r => r.Role == "doctor").Estimate);
    }

    [Fact]
    public void Run_MinCellSizeAboveTheOverallCount_SuppressesOverallToo()
    {
        var result = Run(new TimeStudyOptions { MinCellSize = 32, BootstrapReplicates = 0 });

        Assert.Null(result.Overall);
        Assert.All(result.Roles, r => Assert.Null(r.Estimate));
    }

    [Fact]
    public void ToUtf8Bytes_SuppressedRole_IsExactlySuppressedTrue()
    {
        var json = JsonNode.Parse(TimeStudyResultJson.ToUtf8Bytes(Run()))!;

        var assistant = json["roles"]!["assistant"]!.AsObject();
        Assert.Equal("""{"suppressed":true}""", assistant.ToJsonString());
        Assert.Equal(
            ["adminShareBefore", "adminShareAfter", "difference", "differenceCi95", "bootstrapCi95", "minutesSavedPerFteWeek", "shiftsBefore", "shiftsAfter"],
            json["overall"]!.AsObject().Select(p => p.Key));
        Assert.Equal(2, json["overall"]!["differenceCi95"]!.AsArray().Count);
        Assert.Equal(("timeStudy", 10, 36.0), ((string?)json["taskType"], (int)json["minCellSize"]!, (double)json["weekHours"]!));
        Assert.Equal((64L, 64L, 0L), ((long)json["metadata"]!["rowsRead"]!, (long)json["metadata"]!["rowsUsed"]!, (long)json["metadata"]!["rowsRejected"]!));
        Assert.DoesNotContain("S001", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeed_SameBootstrapIntervalAndAnotherSeedAnother()
    {
        var first = Run(new TimeStudyOptions { Seed = 11, BootstrapReplicates = 500 }).Overall!.BootstrapCi95;
        var again = Run(new TimeStudyOptions { Seed = 11, BootstrapReplicates = 500 }).Overall!.BootstrapCi95;
        var other = Run(new TimeStudyOptions { Seed = 12, BootstrapReplicates = 500 }).Overall!.BootstrapCi95;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Run_Bootstrap_LiesAroundTheDifferenceAndAgreesWithWelch()
    {
        var o = Run(new TimeStudyOptions { Seed = 3, BootstrapReplicates = 2000 }).Overall!;

        var (lower, upper) = (o.BootstrapCi95!.Value.Lower, o.BootstrapCi95.Value.Upper);
        Assert.True(lower < o.Difference && o.Difference < upper);
        // A percentile interval is a little narrower than Welch's t interval on 31 and 33 shifts, not wildly so.
        var welchWidth = o.DifferenceCi95!.Value.Upper - o.DifferenceCi95.Value.Lower;
        Assert.InRange((upper - lower) / welchWidth, 0.8, 1.1);
    }

    [Fact]
    public void Run_WeekHours_ScalesMinutesSaved()
    {
        var o = Run(new TimeStudyOptions { WeekHours = 32, BootstrapReplicates = 0 }).Overall!;

        Assert.Equal(0.071991996908071898 * 32 * 60, o.MinutesSavedPerFteWeek, 1e-9);
        Assert.Null(o.BootstrapCi95);
    }

    [Fact]
    public void Run_NoSpreadInEitherPeriod_WelchIntervalIsNull()
    {
        var rows = string.Concat(Enumerable.Range(0, 10).Select(_ => "before,nurse,60,480\nafter,nurse,48,480\n"));
        using var csv = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("period,role,admin_minutes,worked_minutes\n" + rows));

        var o = TimeStudyAnalysis.Run(TimeMeasurementReader.ReadCsv(csv), new TimeStudyOptions { BootstrapReplicates = 10 }).Overall!;

        Assert.Equal(-0.025, o.Difference, 1e-15);
        Assert.Null(o.DifferenceCi95);
        Assert.Equal(-0.025, o.BootstrapCi95!.Value.Lower, 1e-15);
    }
}
