namespace Baken.Engine.Registers;

/// <summary>What FDA's list says about a maker's claim "submission N is ours".</summary>
public enum FdaVerificationOutcome
{
    /// <summary>The number is listed, for the maker's company (<see cref="FdaCompanyMatch.Variant"/> or closer).</summary>
    Verified,

    /// <summary>The number is listed, for another company (<see cref="FdaVerification.ListedCompany"/>).</summary>
    CompanyMismatch,

    /// <summary>The number is not in the list, nor in the earlier releases the caller gave.</summary>
    Unknown,

    /// <summary>The number is not in the current release but was in an earlier one.</summary>
    Delisted,

    /// <summary>What was typed cannot be an FDA submission number (see <see cref="FdaSubmissionNumber.Candidates"/>).</summary>
    InvalidNumber,
}

/// <summary>The answer to one verification.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="SubmissionNumber">The number in FDA's form, when the input could be read as one (for a bare six-digit input, the candidate that was found, or the K form).</param>
/// <param name="Entry">The listed entry (from the earlier release for <see cref="FdaVerificationOutcome.Delisted"/>).</param>
/// <param name="CompanyMatch">How the typed company compares with the listed one (also given for a delisted entry).</param>
public sealed record FdaVerification(FdaVerificationOutcome Outcome, string? SubmissionNumber, FdaEntry? Entry, FdaCompanyMatch CompanyMatch)
{
    /// <summary>The date of final decision of the listed entry.</summary>
    public DateOnly? DecisionDate => Entry?.DecisionDate;

    /// <summary>The company as FDA lists it (display form), when the number is listed.</summary>
    public string? ListedCompany => Entry?.DisplayCompany;
}

/// <summary>
/// Checks a maker's FDA submission number and company name against a release of the list. The number is
/// read leniently (<see cref="FdaSubmissionNumber.Candidates"/>); the company matches at
/// <see cref="FdaCompanyMatch.Variant"/> or closer. Six bare digits are tried as K, DEN and P: the first
/// listed candidate whose company matches wins, else the first listed one.
/// </summary>
public static class FdaVerifier
{
    /// <summary>Verifies against <paramref name="release"/>; <paramref name="earlier"/> holds entries of earlier releases that the current one no longer lists.</summary>
    public static FdaVerification Verify(FdaRelease release, string? submissionNumber, string? company, IReadOnlyDictionary<string, FdaEntry>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Verify(release.ByNumber, submissionNumber, company, earlier);
    }

    /// <summary>Verifies against the current entries by number, for a caller that keeps them elsewhere (a database).</summary>
    public static FdaVerification Verify(
        IReadOnlyDictionary<string, FdaEntry> current, string? submissionNumber, string? company, IReadOnlyDictionary<string, FdaEntry>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var candidates = FdaSubmissionNumber.Candidates(submissionNumber);
        if (candidates.Count == 0)
        {
            return new FdaVerification(FdaVerificationOutcome.InvalidNumber, null, null, FdaCompanyMatch.None);
        }

        if (Find(current, candidates, company) is var (entry, match))
        {
            var outcome = match == FdaCompanyMatch.None ? FdaVerificationOutcome.CompanyMismatch : FdaVerificationOutcome.Verified;
            return new FdaVerification(outcome, entry.SubmissionNumber, entry, match);
        }

        if (earlier is not null && Find(earlier, candidates, company) is var (old, oldMatch))
        {
            return new FdaVerification(FdaVerificationOutcome.Delisted, old.SubmissionNumber, old, oldMatch);
        }

        return new FdaVerification(FdaVerificationOutcome.Unknown, candidates[0], null, FdaCompanyMatch.None);
    }

    private static (FdaEntry Entry, FdaCompanyMatch Match)? Find(IReadOnlyDictionary<string, FdaEntry> entries, IReadOnlyList<string> candidates, string? company)
    {
        (FdaEntry, FdaCompanyMatch)? first = null;
        foreach (var candidate in candidates)
        {
            if (entries.TryGetValue(candidate, out var entry))
            {
                var match = FdaCompanyNames.Match(entry.Company, company);
                if (match != FdaCompanyMatch.None)
                {
                    return (entry, match);
                }

                first ??= (entry, match);
            }
        }

        return first;
    }
}
