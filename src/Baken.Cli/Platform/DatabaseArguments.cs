using System.CommandLine;
using Baken.Core.Data;
using Baken.Data.Postgres;
using Baken.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Baken.Cli.Platform;

/// <summary>
/// Which database a command works on: the same <c>Baken__Database__*</c> environment keys as the
/// web host, overridable per call.
/// </summary>
internal sealed class DatabaseArguments
{
    public Option<string?> Provider { get; } = new("--provider") { Description = "sqlite or postgres (default: Baken__Database__Provider, else sqlite)" };
    public Option<string?> Path { get; } = new("--path") { Description = "the SQLite file (default: Baken__Database__Path, else data/baken.db)" };
    public Option<string?> ConnectionString { get; } = new("--connection-string") { Description = "PostgreSQL connection string (default: Baken__Database__ConnectionString)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Path);
        command.Options.Add(ConnectionString);
    }

    public DatabaseOptions Resolve(ParseResult parse)
    {
        var options = new DatabaseOptions();
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(DatabaseOptions.Section).Bind(options);
        options.Provider = parse.GetValue(Provider) ?? options.Provider;
        options.Path = parse.GetValue(Path) ?? options.Path;
        options.ConnectionString = parse.GetValue(ConnectionString) ?? options.ConnectionString;
        return options;
    }

    public static BakenDbContext Open(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<BakenDbContext>();
        if (options.IsPostgres)
        {
            builder.UseBakenPostgres(options.ConnectionString ?? throw new InvalidOperationException("A PostgreSQL connection string is required."));
        }
        else
        {
            builder.UseBakenSqlite(options.Path);
        }

        return new BakenDbContext(builder.Options);
    }
}
