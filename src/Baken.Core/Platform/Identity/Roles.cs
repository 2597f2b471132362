namespace Baken.Core.Platform.Identity;

/// <summary>The platform's roles, as stored in Identity and carried in claims.</summary>
public static class Roles
{
    public const string VendorEditor = "vendor-editor";
    public const string CareEditor = "care-editor";
    public const string Reviewer = "reviewer";
    public const string ProgrammeOffice = "programme-office";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [VendorEditor, CareEditor, Reviewer, ProgrammeOffice, Administrator];
}
