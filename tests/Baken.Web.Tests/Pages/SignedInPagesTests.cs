using System.Net;
using System.Text.RegularExpressions;
using Baken.Core.Data;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Pages;

public sealed partial class SignedInPagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/account", "anonymous", 302)]
    [InlineData("/account", "care-a", 200)]
    [InlineData("/account/tokens", "vendor-b", 200)]
    [InlineData("/manage/products", "anonymous", 302)]
    [InlineData("/manage/products", "vendor-a", 200)]
    [InlineData("/manage/products", "care-a", 302)]
    [InlineData("/manage/products/new", "vendor-a", 200)]
    [InlineData("/manage/products/new", "reviewer", 302)]
    [InlineData("/manage/deployments", "care-a", 200)]
    [InlineData("/manage/deployments", "vendor-a", 302)]
    [InlineData("/review", "reviewer", 200)]
    [InlineData("/review", "administrator", 200)]
    [InlineData("/review", "vendor-a", 302)]
    [InlineData("/review", "programme-office", 302)]
    [InlineData("/audit", "programme-office", 200)]
    [InlineData("/audit", "administrator", 200)]
    [InlineData("/audit", "reviewer", 302)]
    [InlineData("/audit", "anonymous", 302)]
    [InlineData("/manage/reports", "vendor-a", 200)]
    [InlineData("/manage/reports", "reviewer", 200)]
    [InlineData("/manage/reports", "care-a", 302)]
    [InlineData("/manage/reports", "programme-office", 302)]
    public async Task Page_PerRole_IsAllowedOrRedirected(string url, string caller, int expected)
    {
        var client = caller == "anonymous" ? PageClient.Anonymous(fixture) : await PageClient.SignedInAsync(fixture, caller);

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 302)
        {
            Assert.StartsWith(caller == "anonymous" ? "/account/sign-in" : "/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Register_StatusFilter_ShowsDraftsOnlyToThoseWhoSeeUnpublished()
    {
        await fixture.Client("vendor-b").CreateProductAsync("status-filter-draft", name: "Statusfilter Concept");
        var office = await PageClient.SignedInAsync(fixture, "programme-office");

        var seen = await PagesFixture.HtmlAsync(await office.GetAsync("/register?status=draft&search=statusfilter", Ct));
        var hidden = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/register?status=draft&search=statusfilter", Ct));

        Assert.Contains("href=\"/products/status-filter-draft\"", seen, StringComparison.Ordinal);
        Assert.Contains("id=\"f-status\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("status-filter-draft", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-status\"", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_ShowsOrganisationAndRole()
    {
        var client = await PageClient.SignedInAsync(fixture, "care-a");

        var html = await PagesFixture.HtmlAsync(await client.GetAsync("/account", Ct));

        Assert.Contains("Ziekenhuis Alfa", html, StringComparison.Ordinal);
        Assert.Contains("Redacteur bij een zorgorganisatie", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VendorEditor_ProductWithoutRequiredFields_ShowsEveryErrorLinkedToItsField()
    {
        var client = await PageClient.SignedInAsync(fixture, "vendor-a");

        var response = await PagesFixture.PostAsync(client, "/manage/products/new", "/manage/products/new?handler=save",
            new() { ["Form.Name"] = "<b>x</b>", ["Form.Slug"] = "Not A Slug" });
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "Form.Name", "Form.Slug", "Form.ShortDescription", "Form.ApplicationArea", "Form.AiKind", "Form.Task", "Form.Phase" })
        {
            Assert.Contains($"href=\"#{field}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("HTML-code zoals tags is niet toegestaan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_VendorCreatesAndSubmits_ReviewerPublishes_CareRegistersDeployment()
    {
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var created = await PagesFixture.PostAsync(vendor, "/manage/products/new", "/manage/products/new?handler=save", new()
        {
            ["Form.Name"] = "Reisproduct",
            ["Form.Slug"] = "reisproduct",
            ["Form.ShortDescription"] = "Leest ecg's en waarschuwt bij ritmestoornissen.",
            ["Form.ApplicationArea"] = "diagnostics",
            ["Form.AiKind"] = "classic",
            ["Form.Task"] = "classification",
            ["Form.Phase"] = "implementation",
            ["Form.Sectors"] = "hospital",
            ["Form.HostingRegion"] = "eu",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(editUrl.Split('/')[^1]);

        var version = await PagesFixture.PostAsync(vendor, editUrl, editUrl + "?handler=version", new() { ["VersionLabel"] = "1.0", ["VersionReleasedOn"] = "2025-06-01" });
        var submitted = await PagesFixture.PostAsync(vendor, editUrl, editUrl + "?handler=submit", new());
        Assert.Equal(HttpStatusCode.Redirect, version.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PageClient.Anonymous(fixture).GetAsync("/products/reisproduct", Ct)).StatusCode);

        var reviewer = await PageClient.SignedInAsync(fixture, "reviewer");
        var queue = await PagesFixture.HtmlAsync(await reviewer.GetAsync("/review", Ct));
        Assert.Contains("Reisproduct", queue, StringComparison.Ordinal);
        var published = await PagesFixture.PostAsync(reviewer, "/review", $"/review?handler=publish&id={id}", new());
        Assert.Equal("/review?done=published", published.Headers.Location?.OriginalString);

        var list = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/register?search=reisproduct", Ct));
        Assert.Contains("href=\"/products/reisproduct\"", list, StringComparison.Ordinal);

        var care = await PageClient.SignedInAsync(fixture, "care-a");
        var deployed = await PagesFixture.PostAsync(care, "/manage/deployments", "/manage/deployments?handler=create",
            new() { ["product"] = "reisproduct", ["Status"] = "in-use", ["Since"] = "2025-07-01" });
        Assert.Equal(HttpStatusCode.Redirect, deployed.StatusCode);
        var page = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/products/reisproduct", Ct));
        Assert.Contains("Ziekenhuis Alfa", page, StringComparison.Ordinal);
        Assert.Contains("1.0", page, StringComparison.Ordinal);

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var deployment = await db.Deployments.SingleAsync(d => d.ProductId == id, Ct);
        var ended = await PagesFixture.PostAsync(care, "/manage/deployments", $"/manage/deployments?handler=end&id={deployment.Id}", new() { ["Until"] = "2026-01-31" });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await db.Entry(deployment).ReloadAsync(Ct);
        Assert.Equal(DeploymentStatus.OutOfUse, deployment.Status);
        Assert.Equal(ProductStatus.Published, (await db.Products.SingleAsync(p => p.Id == id, Ct)).Status);
    }

    [Fact]
    public async Task Reviewer_SendBackWithoutReason_ShowsErrorAndKeepsProductInReview()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("review-no-reason");
        await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{id}/review-request", null);
        var reviewer = await PageClient.SignedInAsync(fixture, "reviewer");

        var response = await PagesFixture.PostAsync(reviewer, "/review", $"/review?handler=return&id={id}", new() { ["Reason"] = "" });
        var html = await PagesFixture.HtmlAsync(response);
        var returned = await PagesFixture.PostAsync(reviewer, "/review", $"/review?handler=return&id={id}", new() { ["Reason"] = "Het bewijs ontbreekt." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"#Reason-{id}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var product = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal("draft", (string?)product["status"]);
        Assert.Equal("Het bewijs ontbreekt.", (string?)product["returnReason"]);
    }

    [Fact]
    public async Task VendorEditor_AddsAndRemovesEvidenceAndCertification()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("lists-edit");
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var url = $"/manage/products/{id}";

        var evidence = await PagesFixture.PostAsync(vendor, url, url + "?handler=evidence", new()
        {
            ["EvidenceKind"] = "study", ["EvidenceTitle"] = "Prospectieve studie in drie ziekenhuizen", ["EvidenceLevel"] = "2", ["EvidenceYear"] = "2024",
        });
        var badClass = await PagesFixture.PostAsync(vendor, url, url + "?handler=certification", new() { ["CertRegime"] = "mdr", ["CertClass"] = "Z" });
        var certification = await PagesFixture.PostAsync(vendor, url, url + "?handler=certification", new() { ["CertRegime"] = "mdr", ["CertClass"] = "IIa" });
        var product = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.Redirect, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badClass.StatusCode);
        Assert.Contains("href=\"#CertClass\"", await PagesFixture.HtmlAsync(badClass), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, certification.StatusCode);
        Assert.Equal(2, (int)product["content"]!["evidence"]!.AsArray().Single()!["level"]!);
        Assert.Equal("IIa", (string?)product["content"]!["certifications"]!.AsArray().Single()!["deviceClass"]);

        var removed = await PagesFixture.PostAsync(vendor, url, url + "?handler=remove&list=evidence&index=0", new());
        product = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(product["content"]!["evidence"]!.AsArray());
    }

    [Fact]
    public async Task Reports_MakerSeesOwnAndResolves_OtherMakerSeesNone()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("reports-page");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        await PagesFixture.PostAsync(PageClient.Anonymous(fixture), "/products/reports-page", "/products/reports-page?handler=report",
            new() { ["Message"] = "Het webadres werkt niet." });
        var maker = await PageClient.SignedInAsync(fixture, "vendor-a");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var report = await db.ErrorReports.SingleAsync(r => r.ProductId == id, Ct);

        var own = await PagesFixture.HtmlAsync(await maker.GetAsync("/manage/reports", Ct));
        var other = await PagesFixture.HtmlAsync(await (await PageClient.SignedInAsync(fixture, "vendor-b")).GetAsync("/manage/reports", Ct));
        var otherResolve = await PagesFixture.PostAsync(await PageClient.SignedInAsync(fixture, "vendor-b"), "/manage/reports", $"/manage/reports?handler=resolve&id={report.Id}", new());
        var resolved = await PagesFixture.PostAsync(maker, "/manage/reports", $"/manage/reports?handler=resolve&id={report.Id}", new());

        Assert.Contains("Het webadres werkt niet.", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Het webadres werkt niet.", other, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherResolve.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        await db.Entry(report).ReloadAsync(Ct);
        Assert.NotNull(report.ResolvedAt);
    }

    [Fact]
    public async Task Reviewer_VerifiesEvidence_PageShowsVerified_VendorMayNot()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("verify-page");
        await ApiClient.PublishAsync(fixture, "vendor-a", id);
        var reviewer = await PageClient.SignedInAsync(fixture, "reviewer");
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");

        var byVendor = await PagesFixture.PostAsync(vendor, "/products/verify-page", "/products/verify-page?handler=verify", new() { ["Groups"] = "evidence" });
        var none = await PagesFixture.PostAsync(reviewer, "/products/verify-page", "/products/verify-page?handler=verify", new());
        var verified = await PagesFixture.PostAsync(reviewer, "/products/verify-page", "/products/verify-page?handler=verify", new() { ["Groups"] = "evidence" });
        var html = await PagesFixture.HtmlAsync(await PageClient.Anonymous(fixture).GetAsync("/products/verify-page", Ct));

        Assert.Equal(HttpStatusCode.Redirect, byVendor.StatusCode);
        Assert.StartsWith("/account/denied", byVendor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains("<p class=\"provenance verified\">Gecontroleerd</p>", html, StringComparison.Ordinal);
        var product = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{id}")).JsonAsync();
        Assert.Equal("verified", (string?)product["provenance"]!["evidence"]);
    }

    [Fact]
    public async Task VendorEditor_OtherMakersProduct_Is404()
    {
        var id = await fixture.Client("vendor-b").CreateProductAsync("other-makers");
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");

        var response = await vendor.GetAsync($"/manage/products/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tokens_CreateShowsSecretOnce_AndRevokeStopsIt()
    {
        var client = await PageClient.SignedInAsync(fixture, "vendor-b");

        var created = await PagesFixture.PostAsync(client, "/account/tokens", "/account/tokens?handler=create",
            new() { ["Name"] = "ci", ["Scopes"] = "read" });
        var html = await PagesFixture.HtmlAsync(created);
        var secret = Secret().Match(html).Groups[1].Value;
        var again = await PagesFixture.HtmlAsync(await client.GetAsync("/account/tokens", Ct));

        Assert.StartsWith("bkn_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        var api = fixture.Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/api-tokens", Ct)).StatusCode);

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var token = await db.ApiTokens.SingleAsync(t => t.Name == "ci", Ct);
        var revoked = await PagesFixture.PostAsync(client, "/account/tokens", $"/account/tokens?handler=revoke&id={token.Id}", new());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/api-tokens", Ct)).StatusCode);
    }

    [Fact]
    public async Task Tokens_NoScope_ShowsErrorSummary()
    {
        var client = await PageClient.SignedInAsync(fixture, "vendor-b");

        var response = await PagesFixture.PostAsync(client, "/account/tokens", "/account/tokens?handler=create", new() { ["Name"] = "" });
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#Name\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Scopes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_FilterByAction_ShowsOnlyThatAction()
    {
        var id = await fixture.Client("vendor-a").CreateProductAsync("audit-filter");
        var client = await PageClient.SignedInAsync(fixture, "programme-office");

        var html = await PagesFixture.HtmlAsync(await client.GetAsync("/audit?action=product.create&entityId=" + id, Ct));

        Assert.Contains(id.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>api-token.create</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>product.create</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_MailLinkSetsNewPassword()
    {
        var client = PageClient.Anonymous(fixture);

        var asked = await PagesFixture.PostAsync(client, "/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "care-b@test.local" });
        var unknown = await PagesFixture.PostAsync(client, "/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "nobody@test.local" });
        Assert.Equal(await PagesFixture.HtmlAsync(asked), await PagesFixture.HtmlAsync(unknown));

        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(fixture.MailFolder, "*.eml")));
        var link = new Uri(ResetLink().Match(mail).Value);
        var reset = await PagesFixture.PostAsync(client, link.PathAndQuery, "/account/reset-password", new()
        {
            ["Email"] = "care-b@test.local",
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["Password"] = "Nieuw-wachtwoord-2026!",
            ["ConfirmPassword"] = "Nieuw-wachtwoord-2026!",
        });
        Assert.Contains("Uw wachtwoord is gewijzigd.", await PagesFixture.HtmlAsync(reset), StringComparison.Ordinal);

        var signIn = await PagesFixture.PostAsync(PageClient.Anonymous(fixture), "/account/sign-in", "/account/sign-in",
            new() { ["Email"] = "care-b@test.local", ["Password"] = "Nieuw-wachtwoord-2026!" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task PasswordReset_WrongToken_SaysTheLinkNoLongerWorks()
    {
        var response = await PagesFixture.PostAsync(PageClient.Anonymous(fixture), "/account/reset-password", "/account/reset-password", new()
        {
            ["Email"] = "vendor-b@test.local",
            ["Token"] = "bm90LWEtdG9rZW4",
            ["Password"] = "Nieuw-wachtwoord-2026!",
            ["ConfirmPassword"] = "Nieuw-wachtwoord-2026!",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deze link werkt niet meer.", await PagesFixture.HtmlAsync(response), StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"secret\" id=\"new-token\">([^<]+)</code>")]
    private static partial Regex Secret();

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
