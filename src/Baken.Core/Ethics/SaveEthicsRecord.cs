using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Ethics;

/// <summary>Create, replace (If-Match) and delete ethics records.</summary>
public static class SaveEthicsRecord
{
    public const int MaxListItems = 50;

    /// <summary>Exactly one of <see cref="ProductId"/> and <see cref="DeploymentId"/>.</summary>
    public sealed record CreateRequest(
        string Case,
        IReadOnlyList<EthicsActor> Actors,
        IReadOnlyList<EthicsEffect> Effects,
        IReadOnlyList<EthicsValue> Values,
        IReadOnlyList<ActionOption> Options,
        string? Title = null,
        Guid? ProductId = null,
        Guid? DeploymentId = null)
    {
        public EthicsContent Content => new(Case, Actors, Effects, Values, Options, Title);
    }

    public static async Task<Result<EthicsRecord>> CreateAsync(BakenDbContext db, Actor actor, TimeProvider clock, CreateRequest request, CancellationToken ct)
    {
        var errors = Validate(request.Content);
        if ((request.ProductId is null) == (request.DeploymentId is null))
        {
            errors.Add(request.ProductId is null ? "productId" : "deploymentId", "Attach the record to exactly one of productId and deploymentId.");
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        EthicsRecord record;
        if (request.ProductId is { } productId)
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null || !Register.RegisterAccess.CanRead(actor, product))
            {
                return Error.Invalid("productId", "No product has this id.");
            }

            if (!EthicsAccess.CanCreateForProduct(actor, product.MakerId))
            {
                return Error.Forbidden("Only the maker's vendor editors keep the ethics records of a product.");
            }

            record = EthicsRecord.ForProduct(Guid.CreateVersion7(now), productId, product.MakerId, request.Content, now);
        }
        else
        {
            var deployment = await db.Deployments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DeploymentId, ct);
            if (deployment is null)
            {
                return Error.Invalid("deploymentId", "No deployment has this id.");
            }

            if (!EthicsAccess.CanCreateForDeployment(actor, deployment.OrganisationId))
            {
                return Error.Forbidden("Only the deploying care organisation's editors keep the ethics records of a deployment.");
            }

            record = EthicsRecord.ForDeployment(Guid.CreateVersion7(now), deployment.Id, deployment.OrganisationId, request.Content, now);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        db.EthicsRecords.Add(record);
        db.Audit.Action = AuditActions.EthicsRecordCreate;
        if (await db.TrySaveChangesAsync("the ethics record", ct) is { } clash)
        {
            return clash;
        }

        return record;
    }

    public static async Task<Result<EthicsRecord>> ReplaceAsync(
        BakenDbContext db, Actor actor, TimeProvider clock, Guid id, EthicsContent content, int? expectedRevision, CancellationToken ct)
    {
        var record = await db.EthicsRecords.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !EthicsAccess.CanRead(actor, record))
        {
            return Error.NotFound("The ethics record");
        }

        if (!EthicsAccess.CanEdit(actor, record))
        {
            return Error.Forbidden("Only the organisation that keeps this record may change it.");
        }

        var errors = Validate(content);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (expectedRevision is null)
        {
            return Error.PreconditionRequired($"Send If-Match with the revision you are changing (now {record.Revision}), so no one else's text is overwritten.");
        }

        if (expectedRevision != record.Revision)
        {
            return Error.Stale($"The record has changed since revision {expectedRevision}; it is now at revision {record.Revision}. Fetch it again.");
        }

        if (record.Replace(content, clock.GetUtcNow()))
        {
            db.Audit.Action = AuditActions.EthicsRecordUpdate;
            if (await db.TrySaveChangesAsync("the ethics record", ct) is { } clash)
            {
                return clash;
            }
        }

        return record;
    }

    public static async Task<Result<EthicsRecord>> DeleteAsync(BakenDbContext db, Actor actor, Guid id, int? expectedRevision, CancellationToken ct)
    {
        var record = await db.EthicsRecords.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !EthicsAccess.CanRead(actor, record))
        {
            return Error.NotFound("The ethics record");
        }

        if (!EthicsAccess.CanEdit(actor, record))
        {
            return Error.Forbidden("Only the organisation that keeps this record may delete it.");
        }

        if (expectedRevision is { } expected && expected != record.Revision)
        {
            return Error.Stale($"The record has changed since revision {expected}; it is now at revision {record.Revision}.");
        }

        db.EthicsRecords.Remove(record);
        db.Audit.Action = AuditActions.EthicsRecordDelete;
        if (await db.TrySaveChangesAsync("the ethics record", ct) is { } clash)
        {
            return clash;
        }

        return record;
    }

    internal static FieldErrors Validate(EthicsContent c)
    {
        var errors = new FieldErrors();
        errors.Text("title", c.Title, 200);
        errors.Text("case", c.Case, 4000, required: true);
        List("actors", c.Actors, errors, (a, at) =>
        {
            errors.Text(at + ".name", a.Name, 200, required: true);
            errors.Text(at + ".interest", a.Interest, 1000);
        });
        List("effects", c.Effects, errors, (e, at) =>
        {
            errors.Text(at + ".description", e.Description, 2000, required: true);
            errors.Text(at + ".actor", e.Actor, 200);
            if (!Enum.IsDefined(e.Direction))
            {
                errors.Add(at + ".direction", "Use positive or negative.", ErrorCodes.UnknownValue);
            }
        });
        List("values", c.Values, errors, (v, at) =>
        {
            errors.Text(at + ".value", v.Value, 200, required: true);
            errors.Text(at + ".description", v.Description, 2000);
        });
        List("options", c.Options, errors, (o, at) =>
        {
            errors.Text(at + ".description", o.Description, 2000, required: true);
            if (!Enum.IsDefined(o.Level))
            {
                errors.Add(at + ".level", "Use technology, environment or user.", ErrorCodes.UnknownValue);
            }
        });
        return errors;
    }

    private static void List<T>(string field, IReadOnlyList<T>? items, FieldErrors errors, Action<T, string> check)
    {
        if (items is null)
        {
            errors.Add(field, "This field is required; send an empty list when there is nothing yet.");
            return;
        }

        if (items.Count > MaxListItems)
        {
            errors.Add(field, $"At most {MaxListItems} entries.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{field}[{i}]");
        }
    }
}
