using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Core.Validation;

/// <summary>Who may register keys, write protocols and submit results.</summary>
public static class ValidationAccess
{
    /// <summary>A care organisation's editors manage its own signing keys.</summary>
    public static bool CanManageKeys(Actor actor, Guid organisationId) =>
        actor.MayWrite && (actor.IsAdministrator || (actor.Is(Roles.CareEditor) && actor.ActsFor(organisationId)));

    /// <summary>The maker or the programme office sets what a validation must show.</summary>
    public static bool CanWriteProtocol(Actor actor, Product product) =>
        actor.MayWrite && (RegisterAccess.CanEdit(actor, product) || actor.Is(Roles.ProgrammeOffice));

    public static bool CanSubmit(Actor actor) =>
        actor.MaySubmitResults && (actor.Is(Roles.CareEditor) || actor.IsAdministrator);
}
