using System.CommandLine;
using System.Security.Cryptography;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Data.Postgres;
using Baken.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Cli.Platform;

/// <summary>
/// <c>baken users add</c> and <c>baken tokens create</c>: how an operator creates the first
/// administrator and machine tokens on a production database, where no demo accounts exist.
/// Secrets are generated here and shown once; they are never logged or stored in clear.
/// </summary>
internal static class UserCommands
{
    public static Command CreateUsers()
    {
        var database = new DatabaseArguments();
        var email = new Option<string>("--email") { Description = "the person's e-mail address (sign-in name)", Required = true };
        var name = new Option<string>("--name") { Description = "display name", Required = true };
        var role = new Option<string>("--role") { Description = $"one of: {string.Join(", ", Roles.All)}", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "slug of the organisation the person acts for", Required = true };
        var createOrganisation = new Option<string?>("--create-organisation") { Description = "create the organisation with this name when the slug does not exist yet" };
        var kind = new Option<string?>("--organisation-kind") { Description = "kind of a new organisation (vendor, care-provider, government, ...)" };

        var add = new Command("add", "Add a person with one role; prints a generated password once");
        database.AddTo(add);
        foreach (var option in new Option[] { email, name, role, organisation, createOrganisation, kind })
        {
            add.Options.Add(option);
        }

        add.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var roleName = parse.GetValue(role)!;
            if (!Roles.All.Contains(roleName))
            {
                output.WriteLine($"Unknown role '{roleName}'; use one of: {string.Join(", ", Roles.All)}.");
                return 2;
            }

            await using var services = Services(database.Resolve(parse));
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            var organisationId = await OrganisationIdAsync(db, parse.GetValue(organisation)!, parse.GetValue(createOrganisation), parse.GetValue(kind), output, ct);
            if (organisationId is null)
            {
                return 2;
            }

            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();
            if (!await roles.RoleExistsAsync(roleName))
            {
                await roles.CreateAsync(new Role(roleName));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var password = GeneratePassword();
            var user = new User
            {
                UserName = parse.GetValue(email),
                Email = parse.GetValue(email),
                EmailConfirmed = true,
                DisplayName = parse.GetValue(name)!,
                OrganisationId = organisationId.Value,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                output.WriteLine(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
                return 2;
            }

            await users.AddToRoleAsync(user, roleName);
            output.WriteLine($"Added {user.Email} as {roleName}.");
            output.WriteLine($"Password (shown once; change it after signing in): {password}");
            return 0;
        });

        var command = new Command("users", "People and their roles");
        command.Subcommands.Add(add);
        return command;
    }

    public static Command CreateTokens()
    {
        var database = new DatabaseArguments();
        var email = new Option<string>("--email") { Description = "the user the token acts for", Required = true };
        var name = new Option<string>("--name") { Description = "what the token is for, e.g. 'validation agent'", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = $"one or more of: {string.Join(", ", TokenScopes.All)}", Required = true, AllowMultipleArgumentsPerToken = true };
        var days = new Option<int?>("--expires-in-days") { Description = "expiry in days (default: no expiry)" };

        var create = new Command("create", "Create an API token; prints the secret once");
        database.AddTo(create);
        create.Options.Add(email);
        create.Options.Add(name);
        create.Options.Add(scopes);
        create.Options.Add(days);
        create.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var requested = parse.GetValue(scopes)!;
            if (requested.Except(TokenScopes.All).Any())
            {
                output.WriteLine($"Unknown scope; use: {string.Join(", ", TokenScopes.All)}.");
                return 2;
            }

            await using var services = Services(database.Resolve(parse));
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            var normalized = parse.GetValue(email)!.ToUpperInvariant();
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            if (user is null)
            {
                output.WriteLine("No user has this e-mail address.");
                return 2;
            }

            // The operator issues the token as the user would: with the user's own roles, never more.
            var roles = await (from link in db.UserRoles join r in db.Roles on link.RoleId equals r.Id where link.UserId == user.Id select r.Name!).ToListAsync(ct);
            var asUser = new Actor(user.Id, user.OrganisationId, roles.ToHashSet(StringComparer.Ordinal));
            var now = TimeProvider.System.GetUtcNow();
            var issued = await IssueApiToken.HandleAsync(db, asUser, TimeProvider.System,
                new IssueApiToken.Request(parse.GetValue(name), requested, parse.GetValue(days) is { } d ? now.AddDays(d) : null), ct);
            if (!issued.IsSuccess)
            {
                output.WriteLine(Describe(issued.Error));
                return 2;
            }

            output.WriteLine($"Token {issued.Value.Token.Id} for {user.Email} ({string.Join(", ", issued.Value.Token.Scopes)}).");
            output.WriteLine($"Secret (shown once): {issued.Value.Secret}");
            return 0;
        });

        var command = new Command("tokens", "API tokens for machines");
        command.Subcommands.Add(create);
        return command;
    }

    private static async Task<Guid?> OrganisationIdAsync(BakenDbContext db, string slug, string? newName, string? kindText, TextWriter output, CancellationToken ct)
    {
        var existing = await db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }

        if (newName is null)
        {
            output.WriteLine($"No organisation has the slug '{slug}'. Pass --create-organisation \"Name\" --organisation-kind KIND to create it.");
            return null;
        }

        if (!BakenJson.TryParseEnum<OrganisationKind>(kindText ?? "government", out var kind))
        {
            output.WriteLine($"Unknown organisation kind '{kindText}'.");
            return null;
        }

        var created = await CreateOrganisation.HandleAsync(db, Actor.Operator, TimeProvider.System, new CreateOrganisation.Request(newName, slug, kind), ct);
        if (!created.IsSuccess)
        {
            output.WriteLine(Describe(created.Error));
            return null;
        }

        return created.Value.Id;
    }

    private static string Describe(Error error) => error.Fields is { Count: > 0 } fields
        ? string.Join(Environment.NewLine, fields.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
        : error.Detail;

    private static ServiceProvider Services(DatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => new AuditContext { ActorName = $"cli:{Environment.UserName}" });
        services.AddDbContext<BakenDbContext>(o =>
        {
            if (options.IsPostgres)
            {
                o.UseBakenPostgres(options.ConnectionString!);
            }
            else
            {
                o.UseBakenSqlite(options.Path);
            }
        });
        services.AddIdentityCore<User>(o => o.Password.RequiredLength = 12).AddRoles<Role>().AddEntityFrameworkStores<BakenDbContext>();
        return services.BuildServiceProvider();
    }

    // 20 random characters from each class Identity requires, so the password always passes its rules.
    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20) + "-7aK";
}
