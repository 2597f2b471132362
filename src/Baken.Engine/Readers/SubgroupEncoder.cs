namespace Baken.Engine.Readers;

// Maps subgroup text to dense codes. The span lookup means a CSV field is only turned into a
// string the first time its value is seen.
internal sealed class SubgroupEncoder
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];

    public SubgroupEncoder(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyList<string> Values => _values;

    public int Encode(ReadOnlySpan<char> value)
    {
        // Subgroup columns have few values: a scan beats hashing the span.
        for (var i = 0; i < _values.Count && i < 8; i++)
        {
            if (value.SequenceEqual(_values[i]))
            {
                return i;
            }
        }

        var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var code))
        {
            return code;
        }

        return Add(value.ToString());
    }

    public int Encode(string? value)
    {
        value ??= "";
        return _codes.TryGetValue(value, out var code) ? code : Add(value);
    }

    private int Add(string value)
    {
        var code = _values.Count;
        _codes.Add(value, code);
        _values.Add(value);
        return code;
    }
}
