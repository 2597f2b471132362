using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.ErrorReports;

/// <summary>Anyone, signed in or not, reports an error on a public product page.</summary>
public static class ReportError
{
    public const int MessageMax = 2000;

    public sealed record Request(Guid ProductId, string? Section, string Message, string? ReporterEmail);

    public static async Task<Result<ErrorReport>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ProductId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var errors = new FieldErrors();
        errors.Text("section", request.Section, 200);
        errors.Text("message", request.Message, MessageMax, required: true);
        errors.Text("reporterEmail", request.ReporterEmail, 200);
        if (!string.IsNullOrWhiteSpace(request.ReporterEmail) && !request.ReporterEmail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("reporterEmail", "This is not an e-mail address.", ErrorCodes.Email);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = clock.GetUtcNow();
        var report = ErrorReport.Create(Guid.CreateVersion7(now), product.Id, Blank(request.Section), request.Message.Trim(), Blank(request.ReporterEmail), now);
        db.ErrorReports.Add(report);
        db.Audit.Action = AuditActions.ErrorReportCreate;
        if (await db.TrySaveChangesAsync("the error report", ct) is { } clash)
        {
            return clash;
        }

        return report;
    }

    /// <summary>Reports the actor may read: reviewers (and whoever sees unpublished data) all, a maker's editors their own products'.</summary>
    public static IQueryable<ErrorReport> VisibleTo(BakenDbContext db, Actor actor) =>
        actor.SeesUnpublished
            ? db.ErrorReports
            : actor.Is(Roles.VendorEditor) && actor.OrganisationId is { } org
                ? db.ErrorReports.Where(r => r.Product!.MakerId == org)
                : db.ErrorReports.Where(_ => false);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
