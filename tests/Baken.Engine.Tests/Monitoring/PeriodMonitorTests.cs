using System.Text.Json;
using Baken.Engine.Monitoring;

namespace Baken.Engine.Tests.Monitoring;

/// Edge cases on small in-memory data (the golden and generated cases cover the figures).
public sealed class PeriodMonitorTests
{
    private static readonly MonitoringPlan Plan = MonitoringFiles.Plan;

    [Fact]
    public void Run_BelowMinimumSampleSize_GivesOnlyTheInsufficientDataAlert()
    {
        var period = Data(99, labels: true, seed: 2);

        var result = PeriodMonitor.Run(Data(2000, labels: true, seed: 1), period, Plan, "small");

        Assert.True(result.InsufficientData);
        Assert.Null(result.Drift);
        Assert.Null(result.Cbpe);
        Assert.Null(result.Performance);
        Assert.Equal(["sex", "ward"], result.Subgroups.Select(s => s.Column));
        Assert.All(result.Subgroups, s => Assert.Empty(s.Values));
        var alert = Assert.Single(result.Alerts);
        Assert.Equal(("insufficient_data", 99.0, 100.0), (alert.Rule, alert.Value, alert.Threshold));
    }

    [Fact]
    public void Run_NoLabelColumn_EstimatesInsteadOfMeasuring()
    {
        var result = PeriodMonitor.Run(Data(2000, labels: true, seed: 1), Data(400, labels: false, seed: 3), Plan, "p");

        Assert.Null(result.Performance);
        Assert.Equal(0, result.LabelledRows);
        Assert.All(result.Subgroups, s => Assert.Empty(s.Values));
        Assert.NotNull(result.Cbpe);
        Assert.DoesNotContain(result.Alerts, a => a.Rule is "performance_below_protocol" or "calibration_outside_protocol");
    }

    [Fact]
    public void Run_UnseenCategories_ListsRareOnesWithoutTheirCount()
    {
        var period = Data(400, labels: true, seed: 4, ward: i => i < 3 ? "triage" : i < 40 ? "hospice" : null);

        var result = PeriodMonitor.Run(Data(2000, labels: true, seed: 1), period, Plan, "p");

        var ward = result.Drift!.Columns.Single(c => c.Column == "ward");
        Assert.Equal([("hospice", 37L), ("triage", null)], ward.UnseenCategories!.Select(u => (u.Value, u.Rows)));
        var alert = Assert.Single(result.Alerts, a => a.Rule == "unseen_category");
        Assert.Equal(["hospice", "triage"], alert.Values);
        var json = JsonDocument.Parse(MonitoringResultJson.ToUtf8Bytes(result)).RootElement;
        var rare = json.GetProperty("drift").GetProperty("columns").GetProperty("ward").GetProperty("unseenCategories")[1];
        Assert.Equal(["value", "suppressed"], rare.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Run_SmallSubgroup_IsASuppressedCellWithoutNumbers()
    {
        var period = Data(400, labels: true, seed: 5, ward: i => i < 6 ? "hospice" : null);

        var result = PeriodMonitor.Run(Data(2000, labels: true, seed: 1), period, Plan, "p");

        Assert.True(result.Subgroups.Single(s => s.Column == "ward").Values.Single(v => v.Value == "hospice").Suppressed);
        var json = JsonDocument.Parse(MonitoringResultJson.ToUtf8Bytes(result)).RootElement;
        var cell = json.GetProperty("subgroups").GetProperty("ward").GetProperty("hospice");
        Assert.Equal(["suppressed"], cell.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Run_ConstantReferenceColumn_WidensItsSingleDoaneBinByHalfAUnit()
    {
        var reference = Data(2000, labels: true, seed: 1, prior: _ => 2.0);

        var result = PeriodMonitor.Run(reference, Data(300, labels: true, seed: 6, prior: _ => 2.0), Plan, "p");

        var prior = result.Drift!.Columns.Single(c => c.Column == "prior_admissions");
        Assert.Equal([1.5, 2.5], prior.NannyMl!.BinEdges);
        Assert.Equal([2.0], prior.Evidently!.Bins.NumericValues);
        Assert.Equal(1.0, prior.Evidently.Tests.Single(t => t.Name == "z").Value);
        Assert.Null(prior.Evidently.Tests.Single(t => t.Name == "chisquare").Value);
    }

    [Fact]
    public void Run_DataWithReadErrors_IsRefused()
    {
        using var stream = new MemoryStream("id,y_true,y_score,age,sex,ward,prior_admissions\na,0,2,1,F,icu,0\n"u8.ToArray());
        var bad = MonitoringReader.ReadCsv(stream, Plan, isReference: false);

        Assert.Throws<ArgumentException>(() => PeriodMonitor.Run(Data(500, labels: true, seed: 1), bad, Plan, "p"));
    }

    // Rows with a deterministic pseudo-random score, label, age and categories.
    private static MonitoringData Data(int rows, bool labels, int seed, Func<int, string?>? ward = null, Func<int, double>? prior = null)
    {
        var random = new Random(seed);
        var scores = new double[rows];
        var y = new sbyte[rows];
        var age = new double[rows];
        var priors = new double[rows];
        var sex = new string?[rows];
        var wards = new string?[rows];
        string[] common = ["internal", "surgery", "icu"];
        for (var i = 0; i < rows; i++)
        {
            scores[i] = random.NextDouble();
            y[i] = (sbyte)(random.NextDouble() < scores[i] ? 1 : 0);
            age[i] = Math.Round(40 + (40 * random.NextDouble()));
            priors[i] = prior?.Invoke(i) ?? random.Next(5);
            sex[i] = random.Next(2) == 0 ? "F" : "M";
            wards[i] = ward?.Invoke(i) ?? common[random.Next(3)];
        }

        return MonitoringData.FromColumns(Plan, scores, labels ? y : null,
            new Dictionary<string, double[]> { ["age"] = age, ["prior_admissions"] = priors },
            new Dictionary<string, string?[]> { ["sex"] = sex, ["ward"] = wards });
    }
}
