using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

public sealed class MonitoringPlanJsonTests
{
    [Fact]
    public void Parse_GoldenPlan_KeepsColumnOrderAndProtocol()
    {
        var plan = MonitoringFiles.Plan;

        Assert.Equal(["y_true", "y_score", "age", "prior_admissions", "sex", "ward"], plan.Columns.Select(c => c.Name));
        Assert.Equal(["y_score", "age", "prior_admissions", "sex", "ward"], plan.MonitoredColumns.Select(c => c.Name));
        Assert.Equal("y_true", plan.LabelColumn);
        Assert.Equal(["sex", "ward"], plan.Subgroups);
        Assert.Equal((100, 10, 0.5), (plan.MinSampleSize, plan.MinCellSize, plan.DriftShare));
        Assert.Equal(new MonitoringProtocol(0.3, 0.72, 0.55, 0.7, 0.8, 1.25), plan.Protocol);
    }

    [Fact]
    public void Parse_WithoutOptionalSettings_UsesTheDefaults()
    {
        var (plan, errors) = MonitoringPlanJson.Parse(Plan(""));

        Assert.Empty(errors);
        Assert.Equal((100, 10, 0.5), (plan!.MinSampleSize, plan.MinCellSize, plan.DriftShare));
        Assert.Empty(plan.Subgroups);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"columns": {"y_true": "label", "y_score": "numerical", "age": "number"}, "protocol": {"threshold": 0.3, "minAuroc": 0.7, "minSensitivity": 0.5, "minSpecificity": 0.5, "observedExpectedRatio": [0.8, 1.25]}}""", "columns.age: must be 'label', 'numerical' or 'categorical'")]
    [InlineData("""{"columns": {"y_true": "label", "y_score": "numerical"}}""", "protocol: required")]
    [InlineData("""{"columns": {"y_true": "label", "y_score": "numerical"}, "protocol": {"threshold": 0.3, "minAuroc": 0.7, "minSensitivity": 0.5, "minSpecificity": 0.5, "observedExpectedRatio": [0.8]}}""", "protocol.observedExpectedRatio: required, [lo, hi]")]
    [InlineData("""{"columns": {"y_true": "label", "y_score": "numerical"}, "protocol": {"minAuroc": 0.7, "minSensitivity": 0.5, "minSpecificity": 0.5, "observedExpectedRatio": [0.8, 1.25]}}""", "protocol.threshold: required, a number")]
    public void Parse_BadPlan_SaysWhatIsWrong(string json, string expected)
    {
        var (plan, errors) = MonitoringPlanJson.Parse(json);

        Assert.Null(plan);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(""", "subgroups": ["age"]""", "subgroups: 'age' must be a categorical column of the plan.")]
    [InlineData(""", "minSampleSize": 0""", "minSampleSize must be at least 1.")]
    [InlineData(""", "driftShare": 1.5""", "driftShare must be in (0, 1].")]
    [InlineData(""", "minCellSize": 2.5""", "minCellSize: must be a whole number.")]
    public void Parse_InconsistentSetting_IsRejected(string extra, string expected)
    {
        var (plan, errors) = MonitoringPlanJson.Parse(Plan(extra));

        Assert.Null(plan);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void Parse_TwoLabelsAndNoScore_ReportsBoth()
    {
        var (_, errors) = MonitoringPlanJson.Parse("""
            {"columns": {"a": "label", "b": "label"},
             "protocol": {"threshold": 0.3, "minAuroc": 0.7, "minSensitivity": 0.5, "minSpecificity": 0.5, "observedExpectedRatio": [0.8, 1.25]}}
            """);

        Assert.Contains("columns: exactly one column must have type 'label' (found 2).", errors);
        Assert.Contains("columns: 'y_score' must be listed as 'numerical'.", errors);
    }

    private static string Plan(string extra) => $$"""
        {"columns": {"y_true": "label", "y_score": "numerical", "age": "numerical", "sex": "categorical"},
         "protocol": {"threshold": 0.3, "minAuroc": 0.7, "minSensitivity": 0.5, "minSpecificity": 0.5, "observedExpectedRatio": [0.8, 1.25]}{{extra}}}
        """;
}
