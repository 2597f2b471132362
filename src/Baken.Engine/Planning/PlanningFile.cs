using System.Security.Cryptography;
using System.Text;

namespace Baken.Engine.Planning;

/// <summary>
/// One input file of a planning check, read whole: the planning formats are small (the largest public
/// HHCRSP instance is 160 kB) and the parsers need to look at the text line by line. The SHA-256 goes
/// into the result so that a reader can tell which files were checked.
/// </summary>
/// <param name="Role">What the file is in this check ("instance", "plan", "scenario", "week1", ...).</param>
/// <param name="Name">The file as the user named it, for messages.</param>
/// <param name="Text">The content, decoded as UTF-8.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
public sealed record PlanningFile(string Role, string Name, string Text, string Sha256)
{
    /// <summary>Reads a file from disk.</summary>
    public static async Task<PlanningFile> ReadAsync(string role, string path, CancellationToken ct = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        return FromBytes(role, path, bytes);
    }

    /// <summary>A file from bytes already in memory (tests, or a caller that fetched them).</summary>
    public static PlanningFile FromBytes(string role, string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // A byte-order mark (Excel writes one) is not part of the first line.
        var text = Encoding.UTF8.GetString(bytes);
        return new PlanningFile(role, name, text.StartsWith('\uFEFF') ? text[1..] : text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>A file from text (tests).</summary>
    public static PlanningFile FromText(string role, string name, string text) => FromBytes(role, name, Encoding.UTF8.GetBytes(text));
}
