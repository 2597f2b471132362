namespace Baken.Engine.Registers;

/// <summary>
/// One (company, device) product of FDA's list: every entry whose company and device names share
/// <see cref="FdaText.Key"/>s (case and white space do not split a product; punctuation does).
/// </summary>
/// <param name="CompanyKey">The company's <see cref="FdaText.Key"/>.</param>
/// <param name="DeviceKey">The device's <see cref="FdaText.Key"/>.</param>
/// <param name="Company">The company as its newest entry displays it.</param>
/// <param name="Device">The device as its newest entry displays it.</param>
/// <param name="Entries">Its entries, newest decision first (then by submission number).</param>
public sealed record FdaProduct(string CompanyKey, string DeviceKey, string Company, string Device, IReadOnlyList<FdaEntry> Entries)
{
    /// <summary>The company's punctuation-folded <see cref="FdaText.SearchKey"/>.</summary>
    public string CompanySearchKey => FdaText.SearchKey(Company);

    /// <summary>The device's punctuation-folded <see cref="FdaText.SearchKey"/>.</summary>
    public string DeviceSearchKey => FdaText.SearchKey(Device);
}

/// <summary>Groups FDA entries into companies and products.</summary>
public static class FdaProducts
{
    /// <summary>The products, ordered by company key then device key (ordinal).</summary>
    public static IReadOnlyList<FdaProduct> Group(IEnumerable<FdaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return
        [
            .. entries
                .GroupBy(e => (Company: FdaText.Key(e.Company), Device: FdaText.Key(e.Device)))
                .Select(g =>
                {
                    var newest = g.OrderByDescending(e => e.DecisionDate).ThenBy(e => e.SubmissionNumber, StringComparer.Ordinal).ToList();
                    return new FdaProduct(g.Key.Company, g.Key.Device, newest[0].DisplayCompany, newest[0].DisplayDevice, newest);
                })
                .OrderBy(p => p.CompanyKey, StringComparer.Ordinal)
                .ThenBy(p => p.DeviceKey, StringComparer.Ordinal),
        ];
    }

    /// <summary>The distinct company keys (<see cref="FdaText.Key"/>) among the entries.</summary>
    public static IReadOnlySet<string> CompanyKeys(IEnumerable<FdaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Select(e => FdaText.Key(e.Company)).ToHashSet(StringComparer.Ordinal);
    }
}
