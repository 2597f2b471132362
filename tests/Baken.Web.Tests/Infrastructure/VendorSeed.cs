using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Testing;
using Microsoft.AspNetCore.Identity;

namespace Baken.Web.Tests.Infrastructure;

/// <summary>A vendor organisation with one vendor editor and an API token with every scope.</summary>
public sealed record VendorSeed(Guid OrganisationId, Guid UserId, string Token)
{
    /// <summary>Migrates the database and writes the vendor straight through the DbContext, without a web host.</summary>
    public static async Task<VendorSeed> CreateAsync(TestDatabase database)
    {
        await using var db = await database.MigratedContextAsync();
        var now = DateTimeOffset.UtcNow;
        var organisation = Organisation.Create(Guid.NewGuid(),
            new OrganisationDetails("Vendor Veerkracht", "vendor-veerkracht", OrganisationKind.Vendor, null, null, null, null, null, null, []), now);
        db.Organisations.Add(organisation);

        const string email = "resilience@test.local";
        var user = new User
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            DisplayName = "Resilience",
            OrganisationId = organisation.Id,
        };
        db.Users.Add(user);
        var role = new Role(Roles.VendorEditor) { Id = Guid.NewGuid() };
        db.Roles.Add(role);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        var (token, secret) = ApiToken.Issue(user.Id, "resilience tests", TokenScopes.All, now, null);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return new VendorSeed(organisation.Id, user.Id, secret);
    }
}
