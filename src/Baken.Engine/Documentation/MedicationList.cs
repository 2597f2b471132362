namespace Baken.Engine.Documentation;

/// <summary>
/// Medication names for the fact check, matched after folding and stemming (<see cref="FactWords"/>), so
/// "Metformine", "metformin" and "metformines" are one name. The default list is
/// <c>content/medications/medications-1.0.txt</c>, compiled into the engine.
/// </summary>
public sealed class MedicationList
{
    private const string ResourceName = "Baken.Engine.Documentation.medications.txt";
    private static readonly Lazy<MedicationList> DefaultList = new(LoadDefault);

    // Stemmed name (words stemmed one by one, joined by a space) -> the name as listed first.
    private readonly Dictionary<string, string> _names;

    private MedicationList(Dictionary<string, string> names) => _names = names;

    /// <summary>The list shipped with Baken (Dutch and English generic names).</summary>
    public static MedicationList Default => DefaultList.Value;

    /// <summary>Distinct names after normalisation.</summary>
    public int Count => _names.Count;

    /// <summary>A list from lines of names: one or two words per line; empty lines and lines starting with '#' are skipped.</summary>
    public static MedicationList FromLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var words = FactWords.Tokenise(line).Select(t => FactWords.Stem(t.Folded)).ToList();
            if (words.Count is 1 or 2)
            {
                names.TryAdd(string.Join(' ', words), FactWords.Fold(line));
            }
        }

        return new MedicationList(names);
    }

    /// <summary>The listed name for a stemmed word or pair of words, or null.</summary>
    internal string? Find(string stemmed) => _names.GetValueOrDefault(stemmed);

    private static MedicationList LoadDefault()
    {
        using var stream = typeof(MedicationList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its medication list ({ResourceName}).");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return FromLines(lines);
    }
}
