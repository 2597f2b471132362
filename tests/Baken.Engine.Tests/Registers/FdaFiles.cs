using System.Collections.Concurrent;
using System.Text.Json;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

/// Finds FDA's list in shared/data/registers, next to the repository, and its golden facts.
internal static class FdaFiles
{
    public const string Csv = "aiml-devices.csv";
    public const string Xml = "ai-ml-enabled-devices-xml.xml";

    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(GoldenFiles.Directory)!, "registers", "fda-ai-devices");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    private static readonly ConcurrentDictionary<string, FdaRelease> Releases = new();

    /// The file read once per test run; a read with issues fails the test that asked for it.
    public static FdaRelease Release(string name) => Releases.GetOrAdd(name, n =>
    {
        var result = FdaListReader.Read(PathOf(n));
        return result.Release ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Issues.Select(i => i.Message)));
    });

    /// golden.json as computed independently (Python csv and xml.etree).
    public static JsonElement Golden { get; } = JsonDocument.Parse(File.ReadAllBytes(PathOf("golden.json"))).RootElement;

    public static JsonElement GoldenOf(string name) => Golden.GetProperty(name);
}
