using System.Text.RegularExpressions;

namespace Baken.Engine.Registers;

/// <summary>FDA submission numbers: the strict form a release must use, and the looser forms a maker may type.</summary>
public static partial class FdaSubmissionNumber
{
    private const string Database = "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/";

    /// <summary>True for a number in FDA's exact form (ASCII digits only; no white space, lower case or other prefixes).</summary>
    public static bool IsValid(string? number) => number is not null && Strict().IsMatch(number);

    /// <summary>The pathway of a valid number.</summary>
    public static FdaSubmissionKind KindOf(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.StartsWith("DEN", StringComparison.Ordinal) ? FdaSubmissionKind.DeNovo
            : number.StartsWith('P') ? FdaSubmissionKind.PremarketApproval
            : FdaSubmissionKind.PremarketNotification;
    }

    /// <summary>The FDA database page of a valid number, built as FDA's own XML download builds its links.</summary>
    public static string DetailsUrl(string number) => KindOf(number) switch
    {
        FdaSubmissionKind.DeNovo => Database + "cfpmn/denovo.cfm?id=" + number,
        FdaSubmissionKind.PremarketApproval => Database + "cfpma/pma.cfm?id=" + number,
        _ => Database + "cfPMN/pmn.cfm?ID=" + number,
    };

    /// <summary>
    /// The numbers a maker's input may stand for, most likely first. Case, white space, hyphens and dots
    /// are ignored (<c>k 252-054</c> is <c>K252054</c>), as is a space or nothing before a PMA supplement's
    /// <c>S</c> (<c>P130020 S005</c>). Six bare digits are ambiguous between the three pathways, so they
    /// give K, DEN and P, in that order (510(k)s are 96% of the list). Anything else gives nothing.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        Span<char> buffer = stackalloc char[Math.Min(input.Length, 64)];
        var length = 0;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '.' or '_')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return [];
            }

            buffer[length++] = char.ToUpperInvariant(c);
        }

        var compact = new string(buffer[..length]);
        if (BareDigits().IsMatch(compact))
        {
            return ["K" + compact, "DEN" + compact, "P" + compact];
        }

        if (SupplementWithoutSlash().Match(compact) is { Success: true } m)
        {
            compact = m.Groups[1].Value + "/" + m.Groups[2].Value;
        }

        return IsValid(compact) ? [compact] : [];
    }

    // [0-9], not \d: \d also matches other scripts' digits, which FDA never uses.
    [GeneratedRegex("^(K[0-9]{6}|DEN[0-9]{6}|P[0-9]{6}(/S[0-9]{3})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Strict();

    [GeneratedRegex("^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDigits();

    [GeneratedRegex("^(P[0-9]{6})(S[0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex SupplementWithoutSlash();
}
