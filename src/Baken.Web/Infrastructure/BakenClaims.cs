using System.Security.Claims;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Baken.Web.Infrastructure;

internal static class BakenClaims
{
    public const string Organisation = "baken:organisation";
    public const string Scope = "baken:scope";
}

/// <summary>Adds the user's organisation to the cookie principal.</summary>
internal sealed class BakenClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BakenClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        return identity;
    }
}

/// <summary>Builds the use-case <see cref="Actor"/> from the request's principal.</summary>
internal static class ActorAccessor
{
    public static Actor Resolve(IServiceProvider services)
    {
        var user = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User;
        return From(user);
    }

    public static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return Actor.Anonymous;
        }

        Guid? organisation = Guid.TryParse(user.FindFirstValue(BakenClaims.Organisation), out var org) ? org : null;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var scopes = user.Identity.AuthenticationType == ApiTokenHandler.SchemeName
            ? user.FindAll(BakenClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
            : null;
        return new Actor(userId, organisation, roles, scopes);
    }
}
