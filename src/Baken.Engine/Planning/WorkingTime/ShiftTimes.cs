using System.Globalization;

namespace Baken.Engine.Planning.WorkingTime;

/// <summary>
/// Clock times of named shift types ("Early" = 06:00-14:00). The INRC-II files have none, so working-time
/// rules can only be applied to a roster when the user or the rule set supplies them.
/// </summary>
public sealed class ShiftTimes
{
    private readonly Dictionary<string, (double Start, double Hours)> _times;

    private ShiftTimes(Dictionary<string, (double, double)> times) => _times = times;

    /// <summary>No times known.</summary>
    public static ShiftTimes None { get; } = new(new Dictionary<string, (double, double)>(StringComparer.Ordinal));

    /// <summary>The shift types with times.</summary>
    public IEnumerable<string> Names => _times.Keys.Order(StringComparer.Ordinal);

    /// <summary>Start (hours after midnight) and length in hours, or null.</summary>
    public (double Start, double Hours)? Of(string shift) => _times.TryGetValue(shift, out var t) ? t : null;

    /// <summary>These times, overridden or extended by <paramref name="other"/>.</summary>
    public ShiftTimes With(ShiftTimes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new Dictionary<string, (double, double)>(_times, StringComparer.Ordinal);
        foreach (var (name, time) in other._times)
        {
            merged[name] = time;
        }

        return new ShiftTimes(merged);
    }

    /// <summary>"06:00-14:00" as text again.</summary>
    public string Describe(string shift) => Of(shift) is { } t
        ? $"{Clock(t.Start)}-{Clock((t.Start + t.Hours) % 24)}"
        : "";

    /// <summary>
    /// Parses name=HH:MM-HH:MM pairs; an end at or before the start is on the next day. Returns null and
    /// the reason when a pair is malformed.
    /// </summary>
    public static ShiftTimes? Parse(IEnumerable<KeyValuePair<string, string>> pairs, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var times = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            var parts = value.Split('-');
            if (name.Trim().Length == 0 || parts.Length != 2 || ParseClock(parts[0]) is not { } start || ParseClock(parts[1]) is not { } end)
            {
                error = $"'{name}={value}' is not a shift time; write name=HH:MM-HH:MM, e.g. Night=22:00-07:00.";
                return null;
            }

            times[name.Trim()] = (start, end > start ? end - start : end + 24 - start);
        }

        error = null;
        return new ShiftTimes(times);
    }

    private static double? ParseClock(string text)
    {
        var parts = text.Trim().Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and <= 24
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 0 and < 60
            && (h < 24 || m == 0)
            ? h + (m / 60.0) : null;
    }

    private static string Clock(double hours)
    {
        var minutes = (int)Math.Round(hours * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }
}
