using System.CommandLine;
using Baken.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Baken.Cli.Platform;

/// <summary><c>baken db migrate</c>: applies pending migrations, as the web host does on start.</summary>
internal static class DatabaseCommands
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var migrate = new Command("migrate", "Apply pending database migrations");
        database.AddTo(migrate);
        migrate.SetAction(async (parse, ct) =>
        {
            var options = database.Resolve(parse);
            await using var db = DatabaseArguments.Open(options);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            if (!options.IsPostgres)
            {
                await SqliteDatabase.EnableWalAsync(db, ct);
            }

            parse.InvocationConfiguration.Output.WriteLine(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });

        var command = new Command("db", "Database maintenance");
        command.Subcommands.Add(migrate);
        return command;
    }
}
