using System.Globalization;

namespace Baken.Engine.Registers;

/// <summary>The compared fields of an FDA entry (the submission number is the key, not a field).</summary>
public enum FdaField
{
    /// <summary>Date of final decision.</summary>
    DecisionDate,

    /// <summary>Device name.</summary>
    Device,

    /// <summary>Company name.</summary>
    Company,

    /// <summary>Lead panel.</summary>
    Panel,

    /// <summary>Primary product code.</summary>
    ProductCode,
}

/// <summary>One field that differs between releases, old and new values as FDA wrote them (dates as yyyy-MM-dd).</summary>
public sealed record FdaFieldChange(FdaField Field, string Old, string New);

/// <summary>An entry in both releases whose fields differ.</summary>
/// <param name="SubmissionNumber">The key.</param>
/// <param name="Previous">The entry as in the previous release.</param>
/// <param name="Current">The entry as in the new release.</param>
/// <param name="Fields">What changed, in <see cref="FdaField"/> order.</param>
public sealed record FdaEntryChange(string SubmissionNumber, FdaEntry Previous, FdaEntry Current, IReadOnlyList<FdaFieldChange> Fields);

/// <summary>
/// What a new release of FDA's list changes against the previous one, by submission number. Fields are
/// compared exactly (ordinal strings): a company FDA respells from <c>Scopio Labs Ltd.</c> to
/// <c>Scopio Labs , Ltd.</c> is a change, so the platform can show what FDA now says. An entry missing
/// from the new release is <see cref="Removed"/> (delisted with that release, not deleted); one that
/// appears is <see cref="Added"/> whatever its decision date, since FDA lists entries late.
/// </summary>
/// <param name="Added">Entries only in the new release, in its order.</param>
/// <param name="Removed">Entries only in the previous release, in its order.</param>
/// <param name="Changed">Entries in both whose fields differ, in the new release's order.</param>
/// <param name="Unchanged">How many entries are in both, field for field equal.</param>
public sealed record FdaReleaseDiff(IReadOnlyList<FdaEntry> Added, IReadOnlyList<FdaEntry> Removed, IReadOnlyList<FdaEntryChange> Changed, int Unchanged)
{
    /// <summary>True when the new release changes nothing (importing the same release again).</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two releases' entries; each list's submission numbers must be distinct.</summary>
    public static FdaReleaseDiff Compare(IEnumerable<FdaEntry> previous, IEnumerable<FdaEntry> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = ByNumber(previous, nameof(previous));
        var after = ByNumber(current, nameof(current));
        var added = new List<FdaEntry>();
        var changed = new List<FdaEntryChange>();
        var unchanged = 0;
        foreach (var entry in after.Values)
        {
            if (!before.TryGetValue(entry.SubmissionNumber, out var old))
            {
                added.Add(entry);
            }
            else if (Fields(old, entry) is { Count: > 0 } fields)
            {
                changed.Add(new FdaEntryChange(entry.SubmissionNumber, old, entry, fields));
            }
            else
            {
                unchanged++;
            }
        }

        var removed = before.Values.Where(e => !after.ContainsKey(e.SubmissionNumber)).ToList();
        return new FdaReleaseDiff(added, removed, changed, unchanged);
    }

    private static List<FdaFieldChange> Fields(FdaEntry old, FdaEntry now)
    {
        var fields = new List<FdaFieldChange>();
        if (old.DecisionDate != now.DecisionDate)
        {
            fields.Add(new(FdaField.DecisionDate, Iso(old.DecisionDate), Iso(now.DecisionDate)));
        }

        Compare(fields, FdaField.Device, old.Device, now.Device);
        Compare(fields, FdaField.Company, old.Company, now.Company);
        Compare(fields, FdaField.Panel, old.Panel, now.Panel);
        Compare(fields, FdaField.ProductCode, old.ProductCode, now.ProductCode);
        return fields;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Compare(List<FdaFieldChange> fields, FdaField field, string old, string now)
    {
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            fields.Add(new(field, old, now));
        }
    }

    // Insertion-ordered, so Added and Removed follow the releases' own order.
    private static OrderedDictionary<string, FdaEntry> ByNumber(IEnumerable<FdaEntry> entries, string name)
    {
        var byNumber = new OrderedDictionary<string, FdaEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byNumber.TryAdd(entry.SubmissionNumber, entry))
            {
                throw new ArgumentException($"Submission number {entry.SubmissionNumber} occurs twice.", name);
            }
        }

        return byNumber;
    }
}
