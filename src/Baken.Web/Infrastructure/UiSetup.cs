using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Baken.Web.Infrastructure;

/// <summary>
/// The web interface: Razor Pages, Dutch first with English available (docs/adr/0007), the mail
/// sink for password resets, and the rate limit of the public "report an error" form.
/// </summary>
internal static class UiSetup
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void AddBakenUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Manage");
                o.Conventions.AuthorizeFolder("/Review");
                o.Conventions.AuthorizeFolder("/Audit");
                o.Conventions.AddPageRoute("/Manage/Edit", "/manage/products/new");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Dutch);
            o.SupportedCultures = o.SupportedUICultures = [Dutch, English];
            o.FallBackToParentCultures = true;

            // Only the visitor's explicit choice (the language switch sets the cookie) changes the
            // language; Accept-Language is ignored so that Dutch stays the default for everyone.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        builder.Services.AddSingleton<IStartupFilter, LocalizationStartupFilter>();
        builder.Services.AddSingleton(ErrorReportLimiter.Create());
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        builder.Services.AddSingleton<IMailSender, MailSender>();
    }

    /// <summary>Puts request localization in front of every other middleware, so Program.cs needs one line.</summary>
    private sealed class LocalizationStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRequestLocalization();
            next(app);
        };
    }
}

/// <summary>
/// At most 5 error reports per client address per 10 minutes, so the public form cannot be used
/// to flood makers and reviewers. Partitioned in memory per instance: the limit is a brake, not an account.
/// </summary>
public sealed class ErrorReportLimiter(PartitionedRateLimiter<string> limiter)
{
    /// <summary>Reports one address may file per window.</summary>
    public const int PermitsPerWindow = 5;

    /// <summary>The limiter with the production window.</summary>
    public static ErrorReportLimiter Create() => new(PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerWindow,
            Window = TimeSpan.FromMinutes(10),
            QueueLimit = 0,
        })));

    /// <summary>True when this request may file a report.</summary>
    public bool TryAcquire(HttpContext context)
    {
        var key = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }
}
