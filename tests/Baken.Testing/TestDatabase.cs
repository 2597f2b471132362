using Baken.Core.Data;
using Baken.Data.Postgres;
using Baken.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baken.Testing;

/// <summary>
/// A fresh, real database per test class: a SQLite file, or a new database on the PostgreSQL
/// server that scripts/test.sh starts. <c>BAKEN_TEST_DB=postgres</c> selects PostgreSQL; the
/// suite then fails (never skips) when <c>BAKEN_TEST_POSTGRES</c> is missing.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string? path, string? connectionString, string? sqliteDirectory, string? postgresName)
    {
        Provider = provider;
        Path = path;
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
        _postgresName = postgresName;
    }

    public string Provider { get; }
    public string? Path { get; }
    public string? ConnectionString { get; }
    public bool IsPostgres => Provider == "postgres";

    public static string SelectedProvider =>
        Environment.GetEnvironmentVariable("BAKEN_TEST_DB") is { Length: > 0 } value ? value : "sqlite";

    public static async Task<TestDatabase> CreateAsync(string? provider = null)
    {
        provider ??= SelectedProvider;
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("BAKEN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("BAKEN_TEST_DB=postgres needs BAKEN_TEST_POSTGRES (scripts/test.sh sets it).");
            var name = "baken_test_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            return new TestDatabase("postgres", null, builder.ConnectionString, null, name);
        }

        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "baken-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return new TestDatabase("sqlite", System.IO.Path.Combine(directory, "baken.db"), null, directory, null);
    }

    /// <summary>Configuration for the web host or the CLI, in the documented keys.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
        IsPostgres
            ? [new("Baken:Database:Provider", "postgres"), new("Baken:Database:ConnectionString", ConnectionString)]
            : [new("Baken:Database:Provider", "sqlite"), new("Baken:Database:Path", Path)];

    public DbContextOptions<BakenDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<BakenDbContext>();
        Configure(builder);
        return builder.Options;
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (IsPostgres)
        {
            builder.UseBakenPostgres(ConnectionString!);
        }
        else
        {
            builder.UseBakenSqlite(Path!);
        }
    }

    public async Task<BakenDbContext> MigratedContextAsync()
    {
        var db = new BakenDbContext(Options());
        await db.Database.MigrateAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = Environment.GetEnvironmentVariable("BAKEN_TEST_POSTGRES")!;
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaks a temp folder; it must not fail the test.
            }
        }
    }
}
