using Baken.Core.Data;
using Baken.Core.Platform.Audit;
using Baken.Core.Register.Search;
using Baken.Data.Postgres;
using Baken.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baken.Web.Infrastructure;

internal static class DatabaseSetup
{
    public static void AddBakenDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RegisterChangeSignal>();
        builder.Services.AddSingleton<RegisterIndex>();
        builder.Services.AddScoped<AuditContext>();
        builder.Services.AddDbContext<BakenDbContext>((services, options) =>
        {
            var db = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (db.IsPostgres)
            {
                options.UseBakenPostgres(db.ConnectionString!);
            }
            else
            {
                options.UseBakenSqlite(db.Path);
            }
        }, optionsLifetime: ServiceLifetime.Singleton);
    }

    /// <summary>Applies pending migrations on start (never EnsureCreated), then seeds demo data when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            await db.Database.MigrateAsync();
            if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres)
            {
                await SqliteDatabase.EnableWalAsync(db, CancellationToken.None);
            }
        }

        await app.SeedDemoDataAsync();
    }
}
