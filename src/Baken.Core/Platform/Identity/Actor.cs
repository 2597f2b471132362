namespace Baken.Core.Platform.Identity;

/// <summary>
/// The caller of a use case: a person (cookie), a machine (API token) or nobody.
/// Scopes are null for people; a token's scopes narrow what its user's roles allow.
/// </summary>
public sealed record Actor(Guid? UserId, Guid? OrganisationId, IReadOnlySet<string> Roles, IReadOnlySet<string>? Scopes = null)
{
    public static readonly Actor Anonymous = new(null, null, new HashSet<string>());

    /// <summary>
    /// The person at the server's console (<c>baken</c> on the database host): an administrator who
    /// acts for no organisation. The audit log names them through the audit context.
    /// </summary>
    public static readonly Actor Operator = new(Guid.Empty, null, new HashSet<string> { Identity.Roles.Administrator });

    public bool IsAuthenticated => UserId is not null;

    public bool Is(string role) => Roles.Contains(role);

    public bool IsAdministrator => Is(Identity.Roles.Administrator);

    public bool MayWrite => IsAuthenticated && (Scopes is null || Scopes.Contains(TokenScopes.Write));

    /// <summary>Submitting signed results needs the 'validation:submit' (or 'write') scope.</summary>
    public bool MaySubmitResults => IsAuthenticated && (Scopes is null || Scopes.Contains(TokenScopes.SubmitResults) || Scopes.Contains(TokenScopes.Write));

    public bool ActsFor(Guid organisationId) => OrganisationId == organisationId;

    /// <summary>Reviewers, the programme office and administrators see unpublished register data.</summary>
    public bool SeesUnpublished =>
        Is(Identity.Roles.Reviewer) || Is(Identity.Roles.ProgrammeOffice) || IsAdministrator;
}
