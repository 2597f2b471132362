using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;

namespace Baken.Core.Assessment;

/// <summary>
/// Who may do what with self-assessments. The maker's vendor editors write them; reviewers,
/// the programme office and administrators read and comment; everyone else sees only the
/// published summary of a public product (<see cref="AssessmentSummary"/>).
/// </summary>
public static class AssessmentAccess
{
    public static bool CanRead(Actor actor, Product product) => actor.SeesUnpublished || IsMakerEditor(actor, product);

    public static bool CanEdit(Actor actor, Product product) => actor.MayWrite && (actor.IsAdministrator || IsMakerEditor(actor, product));

    /// <summary>Reviewers and the programme office comment; the maker may answer in the same thread.</summary>
    public static bool CanComment(Actor actor, Product product) =>
        actor.MayWrite && (actor.Is(Roles.Reviewer) || actor.Is(Roles.ProgrammeOffice) || actor.IsAdministrator || IsMakerEditor(actor, product));

    private static bool IsMakerEditor(Actor actor, Product product) => actor.Is(Roles.VendorEditor) && actor.ActsFor(product.MakerId);
}
