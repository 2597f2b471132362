using System.Globalization;
using System.Text;
using Baken.Engine.Readers;

namespace Baken.Benchmarks.Metrics;

/// Reproducible synthetic predictions (AUROC about 0.76, prevalence 0.3, three subgroup columns).
internal static class BenchmarkData
{
    private static readonly string[] Sexes = ["F", "M"];
    private static readonly string[] AgeBands = ["18-44", "45-64", "65-79", "80+"];
    private static readonly string[] Sites = ["site-a", "site-b", "site-c"];

    public static PredictionSet Create(int n, int seed, bool subgroups)
    {
        var labels = new byte[n];
        var scores = new double[n];
        var sex = new string[n];
        var age = new string[n];
        var site = new string[n];
        var random = new Random(seed);
        for (var i = 0; i < n; i++)
        {
            (labels[i], scores[i], sex[i], age[i], site[i]) = Next(random);
        }

        return PredictionSet.FromArrays(labels, scores, subgroups
            ? [SubgroupColumn.FromValues("sex", sex), SubgroupColumn.FromValues("age_band", age), SubgroupColumn.FromValues("site", site)]
            : null);
    }

    /// Streams rows straight to disk, so writing ten million rows needs no memory to speak of.
    public static void WriteCsv(string path, int n, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("id,y_true,y_score,sex,age_band,site\n");
        for (var i = 0; i < n; i++)
        {
            var (label, score, sex, age, site) = Next(random);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"r{i:D8},{label},{score:R},{sex},{age},{site}\n"));
        }
    }

    private static (byte Label, double Score, string Sex, string Age, string Site) Next(Random random)
    {
        var label = random.NextDouble() < 0.3 ? (byte)1 : (byte)0;
        var z = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
        var score = 1.0 / (1.0 + Math.Exp(-(z + label - 1.0)));
        return (label, score, Sexes[random.Next(Sexes.Length)], AgeBands[random.Next(AgeBands.Length)], Sites[random.Next(Sites.Length)]);
    }
}
