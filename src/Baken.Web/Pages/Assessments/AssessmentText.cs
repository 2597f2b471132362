using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Platform.Identity;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Assessments;

/// <summary>
/// Dutch names of the self-assessment vocabularies (the key of their English text), and the form
/// values of an answer. Kept beside the pages that use them, like the pages' own texts.
/// </summary>
public static class AssessmentText
{
    /// <summary>The form value of an outcome: "met", "not-met", "not-applicable" (as in the API).</summary>
    public static string Value(AnswerOutcome outcome) => Shared.Labels.Kebab(outcome);

    /// <summary>Parses a form value; null for anything else.</summary>
    public static AnswerOutcome? Parse(string? value) =>
        Baken.Core.Data.BakenJson.TryParseEnum<AnswerOutcome>(value, out var outcome) ? outcome : null;

    /// <summary>An outcome in the current language.</summary>
    public static string Of(IStringLocalizer t, AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Met => t["Voldaan"],
        AnswerOutcome.NotMet => t["Niet voldaan"],
        _ => t["Niet van toepassing"],
    };

    /// <summary>Requirement ("moet") or recommendation.</summary>
    public static string Of(IStringLocalizer t, StatementKind kind) =>
        kind == StatementKind.Requirement ? t["Eis"] : t["Aanbeveling"];

    /// <summary>Who the statement is addressed to.</summary>
    public static string Of(IStringLocalizer t, Addressee addressee) => addressee switch
    {
        Addressee.Developer => t["Ontwikkelaar"],
        Addressee.Manufacturer => t["Fabrikant"],
        _ => t["Zorgorganisatie"],
    };

    /// <summary>The addressees, comma-separated.</summary>
    public static string Of(IStringLocalizer t, IEnumerable<Addressee> addressees) => string.Join(", ", addressees.Select(a => Of(t, a)));

    /// <summary>Draft or submitted.</summary>
    public static string Of(IStringLocalizer t, AssessmentStatus status) =>
        status == AssessmentStatus.Draft ? t["Concept"] : t["Ingediend"];

    /// <summary>The role a comment was written in.</summary>
    public static string Role(IStringLocalizer t, string role) => role switch
    {
        Roles.VendorEditor => t["Redacteur bij een maker"],
        Roles.Reviewer => t["Beoordelaar"],
        Roles.ProgrammeOffice => t["Programmabureau"],
        Roles.Administrator => t["Beheerder"],
        _ => role,
    };

    /// <summary>Link, described item or file.</summary>
    public static string Of(IStringLocalizer t, EvidenceKind kind) => kind switch
    {
        EvidenceKind.Link => t["Link"],
        EvidenceKind.Item => t["Beschreven bewijsstuk"],
        _ => t["Bestand"],
    };
}
