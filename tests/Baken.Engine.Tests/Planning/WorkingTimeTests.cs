using Baken.Engine.Planning;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Tests.Planning;

/// The working-time rule set as content, and its interpretation on crafted schedules (hours from a Monday 00:00).
public sealed class WorkingTimeTests
{
    private static readonly WorkingTimeHorizon TwoWeeks = new(0, 14 * 24, DayOfWeek.Monday, h => h.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Default_ShippedRuleSet_HasTheArbeidstijdenwetLimitsEachWithArticleAndStatus()
    {
        var set = WorkingTimeRuleSet.Default;

        Assert.Equal(("urn:baken:planning:working-time-nl:1.0", "1.0", DayOfWeek.Sunday), (set.Id, set.Version, set.WeekStartsOn));
        Assert.All(set.Rules, r => Assert.Equal("Baken's summary, to be checked", r.Status));
        Assert.All(set.Rules, r => Assert.StartsWith("Arbeidstijdenwet art. 5:", r.Article, StringComparison.Ordinal));
        var daily = Assert.IsType<DailyRestRule>(set.Rules.Single(r => r.Id == "daily-rest"));
        Assert.Equal((11.0, 8.0, 1, 168.0), (daily.MinimumHours, daily.ShortenedMinimumHours, daily.ShortenedAtMostTimes, daily.ShortenedWithinHours));
        Assert.Equal(12, Assert.IsType<ShiftLengthRule>(set.Rules.Single(r => r.Id == "shift-length")).MaximumHours);
        Assert.Equal(60, Assert.IsType<WeeklyHoursRule>(set.Rules.Single(r => r.Id == "week-hours")).MaximumHours);
        var average = Assert.IsType<AverageWeeklyHoursRule>(set.Rules.Single(r => r.Id == "average-16-weeks"));
        Assert.Equal((16, 48.0), (average.Weeks, average.MaximumAverageHours));
        var weekly = Assert.IsType<WeeklyRestRule>(set.Rules.Single(r => r.Id == "weekly-rest"));
        Assert.Equal([new WeeklyRestAlternative(168, 36, 36), new WeeklyRestAlternative(336, 72, 32)], weekly.Alternatives);
    }

    [Fact]
    public void Parse_ChangedLimit_IsWhatTheCheckUses()
    {
        // The limits are content: a cao-specific copy with a 10-hour shift limit flags an 11-hour shift.
        var text = ShippedText().Replace("\"maximumHours\": 12", "\"maximumHours\": 10", StringComparison.Ordinal);
        var set = WorkingTimeRuleSet.Parse(PlanningFile.FromText("rules", "rules.json", text)).Value!;

        var result = Check(set, Worker("a", (8, 19)));

        Assert.Equal("shift-length", Assert.Single(result.Violations).RuleId);
    }

    [Fact]
    public void Parse_UnknownKind_IsRefusedWithTheRuleNamed()
    {
        var text = ShippedText().Replace("\"kind\": \"maximumShiftLength\"", "\"kind\": \"maximumNightShifts\"", StringComparison.Ordinal);

        var issue = Assert.Single(WorkingTimeRuleSet.Parse(PlanningFile.FromText("rules", "rules.json", text)).Issues);

        Assert.StartsWith("rule 'shift-length': kind 'maximumNightShifts' is not one Baken interprets", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_NamesTheLine()
    {
        var issue = Assert.Single(WorkingTimeRuleSet.Parse(PlanningFile.FromText("rules", "rules.json", "{\n  \"id\": \"x\",\n  \"rules\": [,]\n}")).Issues);

        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void Check_RestBelowEightHours_IsADailyRestViolation()
    {
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", (14, 22), (29, 37)));

        var v = Assert.Single(result.Violations, v => v.RuleId == "daily-rest");
        Assert.Equal((7.0, 8.0), (v.Value, v.Limit));
    }

    [Fact]
    public void Check_SecondShortenedRestWithinSevenDays_IsAViolationTheFirstIsNot()
    {
        // Late (14-22) then Early (06-14) twice: rests of 8 hours on Monday night and Wednesday night.
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", (14, 22), (30, 38), (62, 70), (78, 86)));

        var v = Assert.Single(result.Violations, v => v.RuleId == "daily-rest");
        Assert.Equal((70.0, 78.0, 8.0, 11.0), (v.From, v.To, v.Value, v.Limit));
    }

    [Fact]
    public void Check_ShortenedRestsEightDaysApart_AreAllowed()
    {
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", (14, 22), (30, 38), (14 + 192, 22 + 192), (30 + 192, 38 + 192)));

        Assert.DoesNotContain(result.Violations, v => v.RuleId == "daily-rest");
    }

    [Fact]
    public void Check_ThirteenHourShift_IsAShiftLengthViolation()
    {
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", (7, 20)));

        var v = Assert.Single(result.Violations);
        Assert.Equal(("shift-length", 13.0, 12.0), (v.RuleId, v.Value, v.Limit));
    }

    [Fact]
    public void Check_SixtySixHoursInOneSundayWeek_IsAWeekHoursViolation()
    {
        // The ATW week starts on Sunday (hour 144 of a Monday-based plan): six 11-hour shifts from that Sunday.
        var shifts = Enumerable.Range(0, 6).Select(d => (144.0 + (24 * d) + 7, 144.0 + (24 * d) + 18)).ToArray();

        var result = Check(WorkingTimeRuleSet.Default, Worker("a", shifts));

        var v = Assert.Single(result.Violations, v => v.RuleId == "week-hours");
        Assert.Equal((66.0, 60.0, 144.0), (v.Value, v.Limit, v.From));
    }

    [Fact]
    public void Check_EightHoursEveryDayForTwoWeeks_BreaksWeeklyRestInBothForms()
    {
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", Daily(0, 14)));

        var weekly = result.Violations.Where(v => v.RuleId == "weekly-rest").ToList();
        Assert.NotEmpty(weekly);
        Assert.All(weekly, v => Assert.Equal((16.0, 36.0), (v.Value, v.Limit)));
        Assert.Equal(RuleCoverage.Full, result.Rules.Single(r => r.Rule.Id == "weekly-rest").Coverage);
    }

    [Fact]
    public void Check_TenDaysOfWorkBetweenLongBreaks_CompliesThroughTheFourteenDayForm()
    {
        // Off Monday-Tuesday and the last Saturday-Sunday (56 h each): no 36 h rest in 7 days mid-way, but 112 h in 14 days.
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", Daily(2, 12)));

        Assert.DoesNotContain(result.Violations, v => v.RuleId == "weekly-rest");
    }

    [Fact]
    public void Check_WorkingMondayToFriday_CompliesWithEveryRule()
    {
        var result = Check(WorkingTimeRuleSet.Default, Worker("a", [.. Daily(0, 5), .. Daily(7, 12)]));

        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Check_OneWeekPlan_CannotJudgeTheFourteenDayFormAndSaysSo()
    {
        var horizon = TwoWeeks with { End = 7 * 24 };
        var result = WorkingTimeChecker.Check(WorkingTimeRuleSet.Default, [Worker("a", Daily(0, 7))], horizon);

        var weekly = result.Rules.Single(r => r.Rule.Id == "weekly-rest");
        Assert.Equal((RuleCoverage.Partial, 0), (weekly.Coverage, weekly.Violations));
        Assert.Contains("1 person(s) fail", weekly.Note, StringComparison.Ordinal);
        Assert.Equal(RuleCoverage.Partial, result.Rules.Single(r => r.Rule.Id == "average-16-weeks").Coverage);
    }

    [Fact]
    public void Check_FourWeekPlanAboveTheFourWeekAverage_IsCertainEvenThoughPartial()
    {
        // 12 hours every day for 28 days: 324 h in the known part of the first four-week run, above 4 × 55.
        var horizon = TwoWeeks with { End = 28 * 24 };
        var shifts = Enumerable.Range(0, 28).Select(d => ((24.0 * d) + 6, (24.0 * d) + 18)).ToArray();

        var result = WorkingTimeChecker.Check(WorkingTimeRuleSet.Default, [Worker("a", shifts)], horizon);

        var v = Assert.Single(result.Violations, v => v.RuleId == "average-4-weeks");
        Assert.Equal(55, v.Limit);
        Assert.True(v.Value > 55);
        Assert.DoesNotContain(result.Violations, v => v.RuleId == "average-16-weeks");
    }

    internal static string ShippedText() =>
        File.ReadAllText(Path.Combine(PlanningData.Repository, "content", "planning", "working-time-nl-1.0.json"));

    private static WorkingTimeResult Check(WorkingTimeRuleSet set, WorkerSchedule worker) => WorkingTimeChecker.Check(set, [worker], TwoWeeks);

    private static WorkerSchedule Worker(string name, params (double Start, double End)[] periods) =>
        new(name, [.. periods.Select(p => new WorkPeriod(p.Start, p.End, "shift"))]);

    private static (double, double)[] Daily(int fromDay, int toDay) =>
        [.. Enumerable.Range(fromDay, toDay - fromDay).Select(d => ((24.0 * d) + 8, (24.0 * d) + 16))];
}
