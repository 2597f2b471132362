using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Baken.Web.Infrastructure;

internal static class IdentitySetup
{
    /// <summary>People sign in with a cookie; machines send <c>Authorization: Bearer bkn_…</c>.</summary>
    public static void AddBakenIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(o =>
            {
                // One policy scheme picks the token handler when a bearer header is present.
                o.DefaultScheme = "baken";
                o.DefaultChallengeScheme = "baken";
            })
            // The API is stateless and takes tokens only, so no cookie can ride along on a
            // cross-site API request; pages use the Identity cookie with antiforgery.
            .AddPolicyScheme("baken", "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "baken.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // The API answers 401/403 as problem+json instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<BakenDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<BakenClaimsFactory>()
            .AddDefaultTokenProviders();

        // Keys live in the database so every instance can read every cookie, and restarts keep sign-ins.
        builder.Services.AddDataProtection().SetApplicationName("Baken").PersistKeysToDbContext<BakenDbContext>();
        builder.Services.AddAuthorization();
        builder.Services.AddScoped(ActorAccessor.Resolve);
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
