using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Baken.Data.Postgres;

/// <summary>PostgreSQL for production and scale-out.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder UseBakenPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL (no server needed).</summary>
public sealed class PostgresDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<BakenDbContext>
{
    public BakenDbContext CreateDbContext(string[] args) =>
        new(((DbContextOptionsBuilder<BakenDbContext>)new DbContextOptionsBuilder<BakenDbContext>().UseBakenPostgres("Host=localhost;Database=baken_design")).Options);
}
