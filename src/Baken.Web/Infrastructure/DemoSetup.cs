using Baken.Demo;
using Microsoft.Extensions.Options;

namespace Baken.Web.Infrastructure;

internal static partial class DemoSetup
{
    /// <summary>
    /// Demo data is on when <c>Baken:Demo</c> says so (<c>Baken__Demo=true|false</c>), and by
    /// default only in Development; production (<c>Baken__Demo=false</c>) never gets demo accounts.
    /// </summary>
    public static bool DemoEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        bool.TryParse(configuration[DemoOptions.Section], out var enabled) ? enabled : environment.IsDevelopment();

    public static void AddBakenDemo(this WebApplicationBuilder builder)
    {
        var enabled = DemoEnabled(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.Section)
            .PostConfigure(o => o.Enabled = enabled)
            .Validate(o => o.Products >= 0 && o.Organisations >= 0 && o.Deployments >= 0, "Demo sizes cannot be negative.")
            .ValidateOnStart();
    }

    /// <summary>Seeds an empty database and prints the demo accounts, so a newcomer can sign in.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!options.Enabled)
        {
            return;
        }

        var accounts = await DemoData.SeedAsync(app.Services, options, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Baken.Demo");
        foreach (var account in accounts)
        {
            LogAccount(logger, account.Role, account.Email, account.Password, account.OrganisationName);
        }
    }

    // Demo passwords are public and documented in the README; real credentials are never logged.
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo account ({Role}): {Email} / {Password} at {Organisation}")]
    private static partial void LogAccount(ILogger logger, string role, string email, string password, string organisation);
}
