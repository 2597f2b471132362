using System.Net;
using Baken.Core.Data;
using Baken.Core.Register;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Pages;

public sealed class PublicPagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_Anonymous_IsDutchWithSearchAndKeyFigures()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("home-figures");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);

        var response = await PageClient.Anonymous(fixture).GetAsync("/", Ct);
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/register\"", html, StringComparison.Ordinal);
        Assert.Contains("Het register in cijfers", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/register?area=administrative\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"utrecht-skip-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_English_SetsCookieAndPageIsEnglish()
    {
        var client = PageClient.Anonymous(fixture);

        var switched = await client.GetAsync("/language?culture=en&returnUrl=%2Fregister%3Fsort%3Dname", Ct);
        var html = await PagesFixture.HtmlAsync(await client.GetAsync("/register?sort=name", Ct));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/register?sort=name", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Register of AI in care", html, StringComparison.Ordinal);
        Assert.Contains(">Nederlands</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ForeignReturnUrl_GoesHome()
    {
        var response = await PageClient.Anonymous(fixture).GetAsync("/language?culture=en&returnUrl=https%3A%2F%2Fevil.example%2F", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Register_FilterAndSearch_ShowsOnlyMatchingPublishedProducts()
    {
        var match = await fixture.Client("vendor-a").CreateProductAsync("register-filter-match", name: "Zeldzaamwoord Verslag");
        await ApiClient.PublishAsync(fixture, "vendor-a", match);
        await fixture.Client("vendor-a").CreateProductAsync("register-filter-draft", name: "Zeldzaamwoord Concept");

        var html = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/register?search=zeldzaamwoord&area=administrative", Ct));

        Assert.Contains("href=\"/products/register-filter-match\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("register-filter-draft", html, StringComparison.Ordinal);
        Assert.Contains("1 producten gevonden", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"administrative\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_UnknownFilterValue_Is400NamingTheField()
    {
        var response = await PageClient.Anonymous(fixture).GetAsync("/register?sector=moon", Ct);
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#f-sector\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_ScriptInName_IsEscaped()
    {
        // The use cases refuse markup, so this stands for data that arrived another way (an import, an old row).
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
            var now = DateTimeOffset.UtcNow;
            var product = Product.Create(Guid.NewGuid(), fixture.VendorA.Id, new ProductContent
            {
                Name = "<script>alert('x')</script> Scan",
                Slug = "escaped-script",
                ShortDescription = "Een <b>vet</b> verhaal & meer.",
                ApplicationArea = ApplicationArea.Diagnostics,
                AiKind = AiKind.Classic,
                Task = AiTask.Classification,
                Phase = LifecyclePhase.Validation,
            }, now);
            product.RequestReview(now);
            product.Publish(now);
            db.Products.Add(product);
            await db.SaveChangesAsync(Ct);
        }

        var response = await PageClient.Anonymous(fixture).GetAsync("/products/escaped-script", Ct);
        var html = await PagesFixture.HtmlAsync(response);
        var list = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/register?search=escaped", Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Scan", html, StringComparison.Ordinal);
        Assert.Contains("Een &lt;b&gt;vet&lt;/b&gt; verhaal &amp; meer.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_ShowsSummaryDeploymentAndHistory()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("page-full");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new System.Text.Json.Nodes.JsonObject
        {
            ["productId"] = id.ToString(),
            ["status"] = "in-use",
            ["since"] = "2025-03-01",
        });

        var html = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/products/page-full", Ct));

        Assert.Contains("Helpt zorgverleners bij het maken van verslagen.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisations/ziekenhuis-alfa\"", html, StringComparison.Ordinal);
        Assert.Contains("1 maart 2025", html, StringComparison.Ordinal);
        Assert.Contains(": Gepubliceerd", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/products/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Opgegeven door de maker", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_History_NamesTheChangedFields()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("page-history");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await fixture.Client("vendor-a").PatchJsonAsync($"/api/v1/products/{id}",
            new System.Text.Json.Nodes.JsonObject { ["content"] = new System.Text.Json.Nodes.JsonObject { ["phase"] = "national-scale" } });

        var html = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/products/page-history", Ct));

        Assert.Contains("Gewijzigd, gewijzigde velden: Fase", html, StringComparison.Ordinal);
        Assert.Contains("Landelijke opschaling", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_English_ShowsEnglishSummary()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("page-english");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        var client = PageClient.Anonymous(fixture);
        await client.GetAsync("/language?culture=en&returnUrl=%2F", Ct);

        var html = await PagesFixture.HtmlAsync(await client.GetAsync("/products/page-english", Ct));

        Assert.Contains("<p class=\"summary-box\">Helps clinicians write reports.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Where it is used", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_Draft_Is404ForAnonymousAnd200ForItsMaker()
    {
        await fixture.Client("vendor-a").CreateProductAsync("page-draft");

        var anonymous = await PageClient.Anonymous(fixture).GetAsync("/products/page-draft", Ct);
        var maker = await (await PageClient.SignedInAsync(fixture, "vendor-a")).GetAsync("/products/page-draft", Ct);
        var other = await (await PageClient.SignedInAsync(fixture, "vendor-b")).GetAsync("/products/page-draft", Ct);

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, maker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task OrganisationPage_ListsProductsAndDeployments()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("org-page", name: "Organisatiepagina Product");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await fixture.Client("care-b").PostJsonAsync("/api/v1/deployments", new System.Text.Json.Nodes.JsonObject { ["productId"] = id.ToString(), ["status"] = "in-use" });

        var vendor = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/organisations/vendor-alfa", Ct));
        var care = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/organisations/zorggroep-beta", Ct));
        var missing = await PageClient.Anonymous(fixture).GetAsync("/organisations/does-not-exist", Ct);

        Assert.Contains("Organisatiepagina Product", vendor, StringComparison.Ordinal);
        Assert.Contains("href=\"/products/org-page\"", care, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ErrorReport_Filed_IsStoredAuditedAndShownOnlyToMakerAndReviewers()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("report-ok");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        var client = PageClient.Anonymous(fixture);

        var response = await PagesFixture.PostAsync(client, "/products/report-ok", "/products/report-ok?handler=report",
            new() { ["Section"] = "Bewijs", ["Message"] = "De studie uit 2021 ontbreekt.", ["ReporterEmail"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/products/report-ok?reported=true#report", response.Headers.Location?.OriginalString);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var report = await db.ErrorReports.SingleAsync(r => r.ProductId == id, Ct);
        Assert.Equal("De studie uit 2021 ontbreekt.", report.Message);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "error-report.create" && e.EntityId == report.Id.ToString(), Ct));

        var maker = await PagesFixture.HtmlAsync(await (await PageClient.SignedInAsync(fixture, "vendor-a")).GetAsync("/products/report-ok", Ct));
        var reviewer = await PagesFixture.HtmlAsync(await (await PageClient.SignedInAsync(fixture, "reviewer")).GetAsync("/products/report-ok", Ct));
        var otherVendor = await PagesFixture.HtmlAsync(await (await PageClient.SignedInAsync(fixture, "vendor-b")).GetAsync("/products/report-ok", Ct));
        var anonymous = await PagesFixture.HtmlAsync(await client.GetAsync("/products/report-ok", Ct));
        Assert.Contains("De studie uit 2021 ontbreekt.", maker, StringComparison.Ordinal);
        Assert.Contains("De studie uit 2021 ontbreekt.", reviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("De studie uit 2021 ontbreekt.", otherVendor, StringComparison.Ordinal);
        Assert.DoesNotContain("De studie uit 2021 ontbreekt.", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorReport_EmptyMessage_ShowsErrorSummaryLinkingToTheField()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("report-empty");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);

        var response = await PagesFixture.PostAsync(PageClient.Anonymous(fixture), "/products/report-empty", "/products/report-empty?handler=report",
            new() { ["Message"] = "  " });
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<li><a href=\"#Message\">Vul dit veld in.</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorReport_WithoutAntiforgery_IsRejected()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("report-csrf");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);

        var response = await PageClient.Anonymous(fixture).PostAsync("/products/report-csrf?handler=report",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Message"] = "x" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SendSecurityHeadersWithoutInlineScript()
    {
        var response = await PageClient.Anonymous(fixture).GetAsync("/register", Ct);
        var html = await PagesFixture.HtmlAsync(response);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/)", html);
        Assert.Contains("<script src=\"/lib/htmx/htmx.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }
}
