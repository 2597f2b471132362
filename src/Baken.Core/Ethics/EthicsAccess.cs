using Baken.Core.Platform.Identity;

namespace Baken.Core.Ethics;

/// <summary>
/// Ethics records are working documents of the organisation that keeps them: its editors (vendor
/// editors for a product, care-organisation editors for a deployment) write them; reviewers, the
/// programme office and administrators read them. They are not public.
/// </summary>
public static class EthicsAccess
{
    public static bool CanRead(Actor actor, EthicsRecord record) => actor.SeesUnpublished || IsOwnerEditor(actor, record);

    public static bool CanEdit(Actor actor, EthicsRecord record) => actor.MayWrite && (actor.IsAdministrator || IsOwnerEditor(actor, record));

    public static bool CanCreateForProduct(Actor actor, Guid makerId) =>
        actor.MayWrite && (actor.IsAdministrator || (actor.Is(Roles.VendorEditor) && actor.ActsFor(makerId)));

    public static bool CanCreateForDeployment(Actor actor, Guid organisationId) =>
        actor.MayWrite && (actor.IsAdministrator || (actor.Is(Roles.CareEditor) && actor.ActsFor(organisationId)));

    /// <summary>Reading the records of a product or deployment: its keepers and the oversight roles.</summary>
    public static bool CanList(Actor actor, Guid ownerOrganisationId) => actor.SeesUnpublished || actor.ActsFor(ownerOrganisationId);

    private static bool IsOwnerEditor(Actor actor, EthicsRecord record) =>
        actor.ActsFor(record.OwnerOrganisationId) && actor.Is(record.ProductId is null ? Roles.CareEditor : Roles.VendorEditor);
}
