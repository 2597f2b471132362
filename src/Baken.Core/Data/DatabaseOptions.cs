using System.ComponentModel.DataAnnotations;

namespace Baken.Core.Data;

/// <summary>Configuration section <c>Baken:Database</c> (environment: <c>Baken__Database__*</c>).</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Baken:Database";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file.</summary>
    public string Path { get; set; } = "data/baken.db";

    /// <summary>The PostgreSQL connection string.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsPostgres && !string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Baken:Database:Provider must be 'sqlite' or 'postgres', not '{Provider}'.", [nameof(Provider)]);
        }

        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Baken:Database:ConnectionString is required for PostgreSQL.", [nameof(ConnectionString)]);
        }

        if (!IsPostgres && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult("Baken:Database:Path is required for SQLite.", [nameof(Path)]);
        }
    }
}
