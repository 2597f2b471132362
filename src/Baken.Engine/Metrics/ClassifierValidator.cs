using System.Reflection;
using Baken.Engine.Readers;

namespace Baken.Engine.Metrics;

/// <summary>
/// Computes the classification metrics of DOMAIN.md for all rows and for every value of every
/// subgroup column. Deterministic: the same data, options and seed give the same result, whatever
/// the number of threads; only the two timestamps come from the clock.
/// </summary>
public static class ClassifierValidator
{
    /// <summary>The version written into results.</summary>
    public static string EngineVersion { get; } =
        typeof(ClassifierValidator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ClassifierValidator).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Runs the validation.</summary>
    /// <param name="data">The predictions (rejected rows are already left out).</param>
    /// <param name="options">What to compute.</param>
    /// <param name="timeProvider">Clock for the start and finish timestamps; the system clock when null.</param>
    /// <param name="cancellationToken">Stops the bootstrap.</param>
    public static ClassifierResult Run(
        PredictionSet data, ClassifierOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        timeProvider ??= TimeProvider.System;
        var startedAt = timeProvider.GetUtcNow();

        var workspace = new Workspace(data.Count);
        var ranked = RankedSample.Rank(data, workspace, out var order);
        var overall = MetricSetCalculator.Compute(ranked, workspace, options, "", cancellationToken);

        var subgroups = data.Subgroups
            .Select(column => Subgroups(data, column, order, workspace, options, cancellationToken))
            .ToList();

        var (from, to) = Period(data.Timestamps);
        var metadata = new ResultMetadata(
            EngineVersion, options.ProtocolId, data.InputSha256, data.RowsRead, data.Count, data.RowsRejected,
            options.Seed, options.BootstrapReplicates, startedAt, timeProvider.GetUtcNow(), from, to);
        return new ClassifierResult(metadata, options.MinCellSize, overall, subgroups);
    }

    private static SubgroupResult Subgroups(
        PredictionSet data, SubgroupColumn column, int[] order, Workspace workspace, ClassifierOptions options,
        CancellationToken cancellationToken)
    {
        var codes = column.Codes;
        var labels = data.Labels;
        var rows = new int[column.Values.Count];
        var positives = new int[column.Values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            rows[codes[i]]++;
            positives[codes[i]] += labels[i];
        }

        // Counting sort of the ranked order by code: each value's rows become one slice that is
        // still in descending score order.
        var start = new int[rows.Length + 1];
        for (var v = 0; v < rows.Length; v++)
        {
            start[v + 1] = start[v] + rows[v];
        }

        var grouped = workspace.Grouped;
        var next = start[..^1];
        foreach (var row in order)
        {
            grouped[next[codes[row]]++] = row;
        }

        var values = new List<SubgroupValueResult>(rows.Length);
        foreach (var v in Enumerable.Range(0, rows.Length).OrderBy(v => column.Values[v], StringComparer.Ordinal))
        {
            var negatives = rows[v] - positives[v];
            var min = options.MinCellSize;
            if (rows[v] < min || positives[v] < min || negatives < min)
            {
                values.Add(new SubgroupValueResult(column.Values[v], null));
                continue;
            }

            var sample = RankedSample.FromRankedRows(grouped.AsSpan(start[v], rows[v]), data, workspace);
            var scope = column.Name + "\u001f" + column.Values[v];
            values.Add(new SubgroupValueResult(column.Values[v], MetricSetCalculator.Compute(sample, workspace, options, scope, cancellationToken)));
        }

        return new SubgroupResult(column.Name, values);
    }

    private static (DateTime? From, DateTime? To) Period(ReadOnlySpan<DateTime> timestamps)
    {
        if (timestamps.IsEmpty)
        {
            return (null, null);
        }

        var from = DateTime.MaxValue;
        var to = DateTime.MinValue;
        foreach (var t in timestamps)
        {
            from = t < from ? t : from;
            to = t > to ? t : to;
        }

        return (from, to);
    }
}
