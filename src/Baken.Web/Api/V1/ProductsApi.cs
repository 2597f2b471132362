using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Baken.Core.Register.Products;
using Baken.Core.Register.Search;
using Microsoft.EntityFrameworkCore;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/products: the register of AI products.</summary>
internal static class ProductsApi
{
    public static void MapProductsApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("", ListAsync).WithName("ListProducts").WithSummary("Zoek en filter producten").CacheOutput("register");
        products.MapPost("", CreateAsync).WithName("CreateProduct").WithSummary("Registreer een product (concept)").RequireAuthorization();
        products.MapGet("/export.csv", ProductExport.CsvAsync).WithName("ExportProductsCsv").WithSummary("Export van gepubliceerde producten (CSV)");
        products.MapGet("/export.json", ProductExport.JsonAsync).WithName("ExportProductsJson").WithSummary("Export van gepubliceerde producten (JSON)");
        products.MapGet("/{id:guid}", GetAsync).WithName("GetProduct").WithSummary("Eén product");
        products.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateProduct").WithSummary("Wijzig een product (JSON merge patch)")
            .Accepts<JsonObject>("application/merge-patch+json", "application/json").RequireAuthorization();
        products.MapGet("/{id:guid}/history", HistoryAsync).WithName("GetProductHistory").WithSummary("Publieke versiegeschiedenis");
        products.MapPost("/{id:guid}/versions", AddVersionAsync).WithName("AddProductVersion").WithSummary("Voeg een productversie toe").RequireAuthorization();
        products.MapPost("/{id:guid}/review-request", (Guid id, HttpContext c, CancellationToken ct) => StepAsync(c, id, ChangeProductStatus.Step.RequestReview, null, ct))
            .WithName("RequestProductReview").WithSummary("Stuur ter beoordeling").RequireAuthorization();
        products.MapPost("/{id:guid}/publication", (Guid id, HttpContext c, CancellationToken ct) => StepAsync(c, id, ChangeProductStatus.Step.Publish, null, ct))
            .WithName("PublishProduct").WithSummary("Publiceer (beoordelaar)").RequireAuthorization();
        products.MapPost("/{id:guid}/rejection", (Guid id, RejectionRequest body, HttpContext c, CancellationToken ct) => StepAsync(c, id, ChangeProductStatus.Step.Return, body.Reason, ct))
            .WithName("RejectProduct").WithSummary("Stuur terug naar de maker met een reden").RequireAuthorization();
        products.MapPost("/{id:guid}/withdrawal", (Guid id, HttpContext c, CancellationToken ct) => StepAsync(c, id, ChangeProductStatus.Step.Withdraw, null, ct))
            .WithName("WithdrawProduct").WithSummary("Trek een product in").RequireAuthorization();
        products.MapPost("/{id:guid}/verification", VerifyAsync).WithName("VerifyProduct")
            .WithSummary("Markeer gegevensgroepen als geverifieerd (beoordelaar)").RequireAuthorization();
    }

    public sealed record RejectionRequest(string Reason);

    private static async Task<ApiResult<Ok<PageOf<ProductSummary>>, Problem.Invalid>> ListAsync([AsParameters] ProductListParameters parameters, RegisterIndex index, Actor actor, HttpRequest request, CancellationToken ct)
    {
        var query = parameters.ToQuery();
        if (!query.IsSuccess)
        {
            return query.Error;
        }

        var page = await index.QueryAsync(query.Value, actor, ct);
        return TypedResults.Ok(Paging.Create(request, page.Items, page.Page, page.PageSize, page.Total));
    }

    private static async Task<ApiResult<Results<Ok<ProductView>, NotModified>, Problem.NotFound>> GetAsync(Guid id, BakenDbContext db, Actor actor, HttpContext context, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Maker).Include(p => p.Versions)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        if (ETags.NotModified(context.Request, product.Revision))
        {
            return (Results<Ok<ProductView>, NotModified>)NotModified.Instance;
        }

        context.Response.Headers.ETag = ETags.For(product.Revision);
        return (Results<Ok<ProductView>, NotModified>)TypedResults.Ok(ProductView.From(product, product.Maker!.Name));
    }

    private static async Task<ApiResult<Created<ProductView>, Problem.Invalid, Problem.Forbidden>> CreateAsync(CreateProduct.Request body, BakenDbContext db, Actor actor, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var result = await CreateProduct.HandleAsync(db, actor, clock, body, ct);
        return result.IsSuccess ? await CreatedAsync(db, context, result.Value, ct) : result.Error;
    }

    private static async Task<ApiResult<Ok<ProductView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict, Problem.Stale>> UpdateAsync(Guid id, JsonObject body, BakenDbContext db, Actor actor, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var result = await UpdateProduct.HandleAsync(db, actor, clock, id, body, ETags.ExpectedRevision(context.Request), ct);
        return result.IsSuccess ? await CurrentAsync(db, context, result.Value, ct) : result.Error;
    }

    private static async Task<ApiResult<Ok<ProductView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict, Problem.Stale>> StepAsync(HttpContext context, Guid id, ChangeProductStatus.Step step, string? reason, CancellationToken ct)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<BakenDbContext>();
        var result = await ChangeProductStatus.HandleAsync(db, services.GetRequiredService<Actor>(), services.GetRequiredService<TimeProvider>(), id, step, reason, ct);
        return result.IsSuccess ? await CurrentAsync(db, context, result.Value, ct) : result.Error;
    }

    private static async Task<ApiResult<Ok<ProductView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict, Problem.Stale>> VerifyAsync(Guid id, VerifyProduct.Request body, BakenDbContext db, Actor actor, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var result = await VerifyProduct.HandleAsync(db, actor, clock, id, body, ct);
        return result.IsSuccess ? await CurrentAsync(db, context, result.Value, ct) : result.Error;
    }

    private static async Task<ApiResult<Ok<IReadOnlyList<ProductHistory.Entry>>, Problem.NotFound>> HistoryAsync(Guid id, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        return TypedResults.Ok(await ProductHistory.ListAsync(db, id, ct));
    }

    private static async Task<ApiResult<Created<ProductVersionView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> AddVersionAsync(Guid id, AddProductVersion.Request body, BakenDbContext db, Actor actor, TimeProvider clock, CancellationToken ct)
    {
        var result = await AddProductVersion.HandleAsync(db, actor, clock, id, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/products/{id}", ProductVersionView.From(result.Value))
            : result.Error;
    }

    private static async Task<Created<ProductView>> CreatedAsync(BakenDbContext db, HttpContext context, Product product, CancellationToken ct)
    {
        var view = await ViewAsync(db, product, ct);
        context.Response.Headers.ETag = ETags.For(product.Revision);
        return TypedResults.Created($"/api/v1/products/{product.Id}", view);
    }

    private static async Task<Ok<ProductView>> CurrentAsync(BakenDbContext db, HttpContext context, Product product, CancellationToken ct)
    {
        var view = await ViewAsync(db, product, ct);
        context.Response.Headers.ETag = ETags.For(product.Revision);
        return TypedResults.Ok(view);
    }

    private static async Task<ProductView> ViewAsync(BakenDbContext db, Product product, CancellationToken ct)
    {
        var makerName = await db.Organisations.Where(o => o.Id == product.MakerId).Select(o => o.Name).FirstAsync(ct);
        return ProductView.From(product, makerName);
    }
}
