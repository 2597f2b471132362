using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Demo;

/// <summary>A sign-in for trying the platform; the host prints these after seeding.</summary>
public sealed record DemoAccount(string Email, string Password, string Role, string OrganisationName);

/// <summary>One account per role, at organisations where that role makes sense.</summary>
internal static class DemoAccounts
{
    // One documented password for all demo accounts; it meets Identity's default rules
    // (length, upper, lower, digit, symbol). Demo databases are for local use only.
    public const string Password = "Demo-Baken-2026!";

    private static readonly (string Email, string Role, string Organisation, string DisplayName)[] Specs =
    [
        ("vendor@demo.baken.local", Roles.VendorEditor, RealOrganisations.VendorAccount, "Demo leverancier"),
        ("care@demo.baken.local", Roles.CareEditor, RealOrganisations.CareAccount, "Demo zorgorganisatie"),
        ("reviewer@demo.baken.local", Roles.Reviewer, RealOrganisations.Operator, "Demo reviewer"),
        ("programme@demo.baken.local", Roles.ProgrammeOffice, RealOrganisations.Ministry, "Demo programmabureau"),
        ("admin@demo.baken.local", Roles.Administrator, RealOrganisations.Operator, "Demo beheerder"),
    ];

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        .. Specs.Select(s => new DemoAccount(s.Email, Password, s.Role, RealOrganisations.All.Single(o => o.Slug == s.Organisation).Name)),
    ];

    public static async Task CreateAsync(IServiceProvider scoped, DemoRandom random, IReadOnlyDictionary<string, Guid> organisations)
    {
        var roles = scoped.GetRequiredService<RoleManager<Role>>();
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new Role(name) { Id = random.NextGuid() }), name);
            }
        }

        var users = scoped.GetRequiredService<UserManager<User>>();
        foreach (var spec in Specs)
        {
            if (await users.FindByEmailAsync(spec.Email) is not null)
            {
                continue;
            }

            var user = new User
            {
                Id = random.NextGuid(),
                UserName = spec.Email,
                Email = spec.Email,
                EmailConfirmed = true,
                DisplayName = spec.DisplayName,
                OrganisationId = organisations[spec.Organisation],
            };
            Check(await users.CreateAsync(user, Password), spec.Email);
            Check(await users.AddToRoleAsync(user, spec.Role), spec.Email);
        }
    }

    // Identity refusing a fixed demo account means the host configured stricter rules than the demo expects.
    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo identity '{what}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
