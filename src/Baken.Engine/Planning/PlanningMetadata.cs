using System.Reflection;

namespace Baken.Engine.Planning;

/// <summary>Where a planning result came from.</summary>
/// <param name="EngineVersion">Version of Baken.Engine that computed it.</param>
/// <param name="ProtocolId">The validation protocol, if any.</param>
/// <param name="Inputs">Per input file its role and SHA-256, in the order given.</param>
/// <param name="StartedAt">When the check started.</param>
/// <param name="FinishedAt">When it finished.</param>
public sealed record PlanningMetadata(
    string EngineVersion, string? ProtocolId, IReadOnlyList<(string Role, string Sha256)> Inputs, DateTimeOffset StartedAt, DateTimeOffset FinishedAt)
{
    /// <summary>The version written into results (one engine, one version for every task type).</summary>
    public static string CurrentEngineVersion { get; } =
        typeof(PlanningMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PlanningMetadata).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    internal static PlanningMetadata For(IEnumerable<PlanningFile?> files, string? protocolId, DateTimeOffset startedAt, DateTimeOffset finishedAt) =>
        new(CurrentEngineVersion, protocolId, [.. files.OfType<PlanningFile>().Select(f => (f.Role, f.Sha256))], startedAt, finishedAt);
}
