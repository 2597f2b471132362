using Baken.Core.Platform.Identity;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;

namespace Baken.Core.Register;

/// <summary>Who may do what with register data. Pure rules; every use case asks here.</summary>
public static class RegisterAccess
{
    public static bool CanRead(Actor actor, Product product) =>
        product.IsPublic || actor.SeesUnpublished || IsMakerEditor(actor, product.MakerId);

    public static bool CanCreateFor(Actor actor, Guid makerId) =>
        actor.MayWrite && (actor.IsAdministrator || IsMakerEditor(actor, makerId));

    public static bool CanEdit(Actor actor, Product product) =>
        actor.MayWrite && (actor.IsAdministrator || IsMakerEditor(actor, product.MakerId));

    public static bool CanReview(Actor actor) =>
        actor.MayWrite && (actor.Is(Roles.Reviewer) || actor.IsAdministrator);

    public static bool CanWithdraw(Actor actor, Product product) => CanEdit(actor, product) || CanReview(actor);

    public static bool CanRead(Actor actor, Deployment deployment, Product product) =>
        product.IsPublic || actor.SeesUnpublished || actor.ActsFor(deployment.OrganisationId);

    public static bool CanRegisterDeployment(Actor actor, Guid organisationId) =>
        actor.MayWrite && (actor.IsAdministrator || (actor.Is(Roles.CareEditor) && actor.ActsFor(organisationId)));

    public static bool CanManageOrganisations(Actor actor) => actor.MayWrite && actor.IsAdministrator;

    public static bool CanReadAudit(Actor actor) => actor.Is(Roles.ProgrammeOffice) || actor.IsAdministrator;

    private static bool IsMakerEditor(Actor actor, Guid makerId) =>
        actor.Is(Roles.VendorEditor) && actor.ActsFor(makerId);
}
