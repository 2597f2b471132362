using System.Data.Common;
using Baken.Core.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Baken.Core.Data;

/// <summary>
/// The one path for lost races. A use case checks first (a taken slug, a stale revision) and gives
/// the error; when another writer gets in between the check and the commit, the database refuses
/// the write, and this turns the refusal into the same error the check would have given. So the
/// answer never depends on timing, and it is the same for every aggregate.
/// </summary>
public static class SaveConflicts
{
    /// <summary>Saves; returns null, or the error for a concurrent change or a unique value taken meanwhile.</summary>
    public static async Task<Error?> TrySaveChangesAsync(this BakenDbContext db, string what, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Stale($"Someone else changed {what} at the same time. Fetch it again and retry.");
        }
        catch (DbUpdateException e) when (UniqueIndexOf(db.Model, e) is { } index)
        {
            db.ChangeTracker.Clear();
            return UniqueValues.ErrorFor(index.DeclaringEntityType.ClrType, index.Properties[^1].Name, what);
        }
    }

    // PostgreSQL names the index in its message, SQLite the table and columns; both are in the model,
    // so Core needs no provider's exception types.
    private static IIndex? UniqueIndexOf(IModel model, DbUpdateException e)
    {
        if (e.InnerException is not DbException { } inner || !IsUniqueViolation(inner))
        {
            return null;
        }

        var message = inner.Message;
        return model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.IsUnique).FirstOrDefault(index =>
        {
            var table = index.DeclaringEntityType.GetTableName();
            var columns = string.Join(", ", index.Properties.Select(p => $"{table}.{p.GetColumnName()}"));
            return message.Contains($"\"{index.GetDatabaseName()}\"", StringComparison.Ordinal)
                || message.Contains($"UNIQUE constraint failed: {columns}", StringComparison.Ordinal);
        });
    }

    // 23505 is PostgreSQL's unique_violation; SQLite names the kind of constraint in its message.
    private static bool IsUniqueViolation(DbException e) =>
        e.SqlState == "23505" || e.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal);
}
