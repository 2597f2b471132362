namespace Baken.Web.Infrastructure;

internal static class DemoSetup
{
    /// <summary>
    /// Demo data is on when <c>Baken:Demo</c> says so, and by default only in Development;
    /// production (<c>Baken__Demo=false</c>) never gets demo accounts.
    /// </summary>
    public static bool DemoEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        bool.TryParse(configuration["Baken:Demo"], out var enabled) ? enabled : environment.IsDevelopment();

    public static void AddBakenDemo(this WebApplicationBuilder builder)
    {
    }

    public static Task SeedDemoDataAsync(this WebApplication app) => Task.CompletedTask;
}
