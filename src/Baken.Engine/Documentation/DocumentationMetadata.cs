using System.Reflection;

namespace Baken.Engine.Documentation;

/// <summary>Where a documentation result came from, as the classifier result records it.</summary>
/// <param name="EngineVersion">Version of Baken.Engine that computed it.</param>
/// <param name="ProtocolId">The validation protocol, if any.</param>
/// <param name="Inputs">Per input file, its role ("reference", "hypothesis", "generated", "transcript") and SHA-256.</param>
/// <param name="RowsRead">Data rows in the reference file.</param>
/// <param name="RowsUsed">Documents compared (paired and usable in every file).</param>
/// <param name="RowsRejected">Reference rows left out (bad or without a partner).</param>
/// <param name="StartedAt">When the computation started.</param>
/// <param name="FinishedAt">When it finished.</param>
public sealed record DocumentationMetadata(
    string EngineVersion,
    string? ProtocolId,
    IReadOnlyList<(string Role, string Sha256)> Inputs,
    long RowsRead,
    long RowsUsed,
    long RowsRejected,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>The version written into results (the same as the classifier's: one engine).</summary>
    public static string CurrentEngineVersion { get; } =
        typeof(DocumentationMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DocumentationMetadata).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    internal static DocumentationMetadata For(
        PairedDocuments data, IEnumerable<DocumentFile> files, string? protocolId, DateTimeOffset startedAt, DateTimeOffset finishedAt)
    {
        var list = files.ToList();
        return new DocumentationMetadata(
            CurrentEngineVersion, protocolId, [.. list.Select(f => (f.Columns.Role, f.Sha256))],
            list[0].RowsRead, data.Pairs.Count, data.RowsRejected, startedAt, finishedAt);
    }
}
