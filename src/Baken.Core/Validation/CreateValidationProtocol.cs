using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Validation;

/// <summary>Adds a new version of a product's validation protocol.</summary>
public static class CreateValidationProtocol
{
    private static readonly HashSet<string> KnownMetrics =
    [
        "auroc", "aurocSe", "aurocCi95", "auprc", "brier", "logLoss", "calibrationInTheLarge", "calibrationIntercept",
        "calibrationSlope", "observedExpectedRatio", "ece", "calibrationCurve", "thresholds", "bootstrap",
    ];

    private static readonly HashSet<string> KnownDocumentationMetrics =
    [
        "wer", "cer", "rouge1", "rouge2", "rougeL", "rougeLsum", "sectionCompleteness", "unsupportedFactRate", "omittedFactRate", "humanReview",
    ];

    public sealed record Request(
        string Title,
        Guid? ProductVersionId = null,
        string? LabelColumn = null,
        string? ScoreColumn = null,
        IReadOnlyList<string>? Metrics = null,
        IReadOnlyList<double>? Thresholds = null,
        IReadOnlyList<string>? Subgroups = null,
        int MinimumSampleSize = 100,
        int BootstrapReplicates = 1000,
        IReadOnlyList<AcceptanceCriterion>? Criteria = null,
        string? TaskType = null,
        bool BlindedReview = false);

    public static async Task<Result<ValidationProtocol>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid productId, Request r, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (!ValidationAccess.CanWriteProtocol(actor, product))
        {
            return Error.Forbidden("Only the maker's vendor editors and the programme office may write validation protocols.");
        }

        var errors = Validate(r);
        if (r.ProductVersionId is { } versionId && product.Versions.All(v => v.Id != versionId))
        {
            errors.Add("productVersionId", "This version does not belong to the product.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        var version = (await db.ValidationProtocols.Where(p => p.ProductId == productId).MaxAsync(p => (int?)p.Version, ct) ?? 0) + 1;
        var id = Guid.CreateVersion7(now);
        var documentation = r.TaskType == "documentation";
        var document = new ProtocolDocument
        {
            TaskType = r.TaskType ?? "classification",
            BlindedReview = r.BlindedReview,
            Id = id,
            ProductId = productId,
            ProductVersionId = r.ProductVersionId,
            Version = version,
            Title = r.Title.Trim(),
            LabelColumn = r.LabelColumn ?? "y_true",
            ScoreColumn = r.ScoreColumn ?? "y_score",
            Metrics = r.Metrics ?? (documentation
                ? ["wer", "cer", "rouge1", "rouge2", "rougeL", "rougeLsum", "unsupportedFactRate", "omittedFactRate"]
                : ["auroc", "auprc", "brier", "calibrationSlope", "calibrationIntercept", "ece"]),
            Thresholds = r.Thresholds ?? (documentation ? [] : [0.5]),
            Subgroups = r.Subgroups ?? [],
            MinimumSampleSize = r.MinimumSampleSize,
            BootstrapReplicates = documentation ? 0 : r.BootstrapReplicates,
            Criteria = r.Criteria ?? [],
        };
        var protocol = new ValidationProtocol(id, productId, r.ProductVersionId, version, actor.OrganisationId!.Value, document, now);
        db.ValidationProtocols.Add(protocol);
        db.Audit.Action = AuditActions.ValidationProtocolCreate;
        if (await db.TrySaveChangesAsync("the protocol", ct) is { } clash)
        {
            return clash;
        }

        return protocol;
    }

    private static FieldErrors Validate(Request r)
    {
        var errors = new FieldErrors();
        errors.Text("title", r.Title, 200, required: true);
        errors.Text("labelColumn", r.LabelColumn, 100);
        errors.Text("scoreColumn", r.ScoreColumn, 100);
        var taskType = r.TaskType ?? "classification";
        if (!ProtocolDocument.TaskTypes.Contains(taskType))
        {
            errors.Add("taskType", $"Use one of: {string.Join(", ", ProtocolDocument.TaskTypes)}.");
        }

        var documentation = taskType == "documentation";
        foreach (var metric in r.Metrics ?? [])
        {
            if (!(documentation ? KnownDocumentationMetrics : KnownMetrics).Contains(metric))
            {
                errors.Add("metrics", $"Unknown metric '{metric}' for task type '{taskType}'.");
            }
        }

        if (documentation && (r.Thresholds?.Count > 0 || (r.Subgroups?.Count ?? 0) > 0))
        {
            errors.Add(r.Thresholds?.Count > 0 ? "thresholds" : "subgroups", "Documentation protocols have no score thresholds or subgroups.");
        }

        if (!documentation && r.BlindedReview)
        {
            errors.Add("blindedReview", "Blinded review applies to documentation protocols only.");
        }

        if ((r.Thresholds ?? []).Any(t => t is < 0 or > 1) || r.Thresholds?.Count > 20)
        {
            errors.Add("thresholds", "Use at most 20 thresholds, each in [0, 1].");
        }

        foreach (var subgroup in r.Subgroups ?? [])
        {
            errors.Text("subgroups", subgroup, 100, required: true);
        }

        if (r.MinimumSampleSize is < 1 or > 100_000_000)
        {
            errors.Add("minimumSampleSize", "Must be at least 1.");
        }

        if (r.BootstrapReplicates is < 0 or > 100_000)
        {
            errors.Add("bootstrapReplicates", "Must be between 0 and 100,000.");
        }

        var criteria = r.Criteria ?? [];
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            var at = $"criteria[{i}]";
            errors.Text($"{at}.id", c.Id, 50, required: true);
            errors.Text($"{at}.description", c.Description, 300);
            if (!Validation.Criteria.PathsFor(taskType).Contains(c.Metric))
            {
                errors.Add($"{at}.metric", documentation
                    ? $"Unknown metric path '{c.Metric}'; use e.g. wer, cer, rougeLsum, unsupportedFactRate, omittedFactRate, pdqi9Mean, hallucinationFreeRate."
                    : $"Unknown metric path '{c.Metric}'; use e.g. auroc, aurocCi95.lower, calibrationSlope, bootstrap.aurocCi95.lower.");
            }

            if (!Validation.Criteria.Operators.Contains(c.Operator))
            {
                errors.Add($"{at}.operator", $"Use one of: {string.Join(", ", Validation.Criteria.Operators)}.");
            }

            if (c.Operator == "between" && (c.Upper is null || c.Upper < c.Value))
            {
                errors.Add($"{at}.upper", "A 'between' criterion needs an upper bound at least the value.");
            }
        }

        if (criteria.Select(c => c.Id).Distinct().Count() != criteria.Count)
        {
            errors.Add("criteria", "Criterion ids must be unique.");
        }

        return errors;
    }
}
