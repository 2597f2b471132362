using System.Text;

namespace Baken.Engine.Value;

/// <summary>
/// The rate sets a study can name. <see cref="Default"/> holds those of
/// <c>content/value/rate-sets-1.0.json</c>, compiled into the engine; a new guideline is a new
/// content file (or an extra file given to <see cref="Parse(string)"/> and <see cref="Merge"/>), never code.
/// </summary>
public sealed class RateSetCatalog
{
    private const string ResourceName = "Baken.Engine.Value.rate-sets.json";
    private static readonly Lazy<RateSetCatalog> DefaultCatalog = new(LoadDefault);

    private readonly Dictionary<string, RateSet> _sets;

    private RateSetCatalog(IEnumerable<RateSet> sets) => _sets = sets.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>The rate sets shipped with Baken.</summary>
    public static RateSetCatalog Default => DefaultCatalog.Value;

    /// <summary>All rate sets, by id.</summary>
    public IEnumerable<RateSet> RateSets => _sets.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>The rate set with this id, or null.</summary>
    public RateSet? Find(string id) => _sets.GetValueOrDefault(id);

    /// <summary>Reads and checks a rate-set file; problems come back with their JSON paths.</summary>
    public static ValueOutcome<RateSetCatalog> Parse(string json) => Parse(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>Reads and checks a rate-set file (UTF-8 JSON); problems come back with their JSON paths.</summary>
    public static ValueOutcome<RateSetCatalog> Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var sets = RateSetReader.Read(utf8Json, out var errors);
        return errors.Count == 0 ? new(new RateSetCatalog(sets), []) : ValueOutcome<RateSetCatalog>.Failed(errors);
    }

    /// <summary>This catalog with the sets of <paramref name="other"/> added; an id in both is an error.</summary>
    public ValueOutcome<RateSetCatalog> Merge(RateSetCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var clashes = other._sets.Keys.Where(_sets.ContainsKey).Order(StringComparer.Ordinal)
            .Select(id => new InputError("rateSets", $"The rate set '{id}' already exists; a changed guideline needs a new id."))
            .ToList();
        return clashes.Count == 0 ? new(new RateSetCatalog(_sets.Values.Concat(other._sets.Values)), []) : ValueOutcome<RateSetCatalog>.Failed(clashes);
    }

    private static RateSetCatalog LoadDefault()
    {
        using var stream = typeof(RateSetCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its rate sets ({ResourceName}).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var outcome = Parse(buffer.ToArray());
        // The shipped content is checked by the tests; reaching this is a build defect, not bad input.
        return outcome.Result ?? throw new InvalidOperationException(
            "The built-in rate sets are invalid: " + string.Join("; ", outcome.Errors));
    }
}
