namespace Baken.Engine.Registers;

/// <summary>The FDA pathway a submission number belongs to, read from its prefix.</summary>
public enum FdaSubmissionKind
{
    /// <summary>510(k) premarket notification: <c>K</c> and six digits.</summary>
    PremarketNotification,

    /// <summary>De Novo classification request: <c>DEN</c> and six digits.</summary>
    DeNovo,

    /// <summary>Premarket approval, or one of its supplements: <c>P</c> and six digits, optionally <c>/S</c> and three.</summary>
    PremarketApproval,
}

/// <summary>
/// One row of FDA's AI-enabled device list. The strings are exactly as FDA published them, after CSV
/// or XML decoding: nothing trimmed, C1 control characters kept (FDA's source decoded Windows-1252 as
/// Latin-1, so <c>™</c> arrives as U+0099). Exact strings are what a later release is compared with;
/// <see cref="DisplayDevice"/> and <see cref="DisplayCompany"/> are the forms to show and search.
/// </summary>
/// <param name="SubmissionNumber">The key: <c>K252054</c>, <c>DEN230027</c>, <c>P140011/S008</c>.</param>
/// <param name="DecisionDate">Date of final decision.</param>
/// <param name="Device">Device name.</param>
/// <param name="Company">Company (applicant) name.</param>
/// <param name="Panel">Lead review panel, e.g. <c>Radiology</c> (FDA's spelling, <c>Clinical Toxcicology</c> included).</param>
/// <param name="ProductCode">Primary product code, three capital letters.</param>
public sealed record FdaEntry(string SubmissionNumber, DateOnly DecisionDate, string Device, string Company, string Panel, string ProductCode)
{
    /// <summary>The pathway, from the number's prefix.</summary>
    public FdaSubmissionKind Kind => FdaSubmissionNumber.KindOf(SubmissionNumber);

    /// <summary>FDA's database page for the submission (the link FDA's XML download carries).</summary>
    public string DetailsUrl => FdaSubmissionNumber.DetailsUrl(SubmissionNumber);

    /// <summary>The device name to show: C1 characters as Windows-1252, white space collapsed and trimmed.</summary>
    public string DisplayDevice => FdaText.Display(Device);

    /// <summary>The company name to show: C1 characters as Windows-1252, white space collapsed and trimmed.</summary>
    public string DisplayCompany => FdaText.Display(Company);
}
