using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Baken.Web.Tests.AssessmentBuilder;

namespace Baken.Web.Tests.Api.V1;

/// <summary>Evidence on answers: links, items and files within their limits, and what the audit log keeps of them.</summary>

public sealed class EvidenceApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Evidence_File_IsStoredWithSha256AndDownloadsUnchanged()
    {
        var (_, id) = await DraftAsync(fixture);
        var pdf = "%PDF-1.7\nBaken test\n"u8.ToArray();

        var response = await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", "usability-report.pdf", "application/pdf", pdf, "Usability-rapport");
        var body = await response.JsonAsync();
        var download = await fixture.Client("reviewer").GetAsync((string)body["contentUrl"]!);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), (string?)body["sha256"]);
        Assert.Equal(pdf.Length, (long)body["sizeBytes"]!);
        Assert.Equal("Usability-rapport", (string?)body["title"]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client("vendor-b").GetAsync((string)body["contentUrl"]!)).StatusCode);
    }

    [Fact]
    public async Task Evidence_FileAboveTenMiB_Returns413Problem()
    {
        var (_, id) = await DraftAsync(fixture);
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);

        var response = await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", "big.pdf", "application/pdf", big);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("10 MiB", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_FileJustUnderTenMiB_IsAccepted()
    {
        var (_, id) = await DraftAsync(fixture);
        var large = new byte[(10 * 1024 * 1024) - 1];
        "%PDF-1.7"u8.CopyTo(large);

        var response = await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", "large.pdf", "application/pdf", large);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(large.Length, (long)(await response.JsonAsync())["sizeBytes"]!);
    }

    [Fact]
    public async Task Evidence_FileFarAboveTheLimit_Returns413Problem()
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", "huge.pdf", "application/pdf", new byte[12 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("script.html", "text/html", "<script>alert(1)</script>")]
    [InlineData("report.pdf", "application/pdf", "not really a pdf")]
    [InlineData("report.png", "application/pdf", "%PDF-1.7")]
    public async Task Evidence_DisallowedOrMismatchedFile_Returns400OnFile(string name, string type, string content)
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", name, type, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["file"]);
    }

    [Fact]
    public async Task Evidence_LinkAndItem_AppearOnTheStatement()
    {
        var (_, id) = await DraftAsync(fixture);
        var url = $"/api/v1/assessments/{id}/answers/2.1/evidence";

        var link = await fixture.Client("vendor-a").PostJsonAsync(url, new JsonObject { ["kind"] = "link", ["title"] = "FHIR-profiel", ["url"] = "https://example.org/fhir" });
        var item = await fixture.Client("vendor-a").PostJsonAsync(url, new JsonObject { ["kind"] = "item", ["title"] = "Technisch dossier, hoofdstuk 4" });
        var badLink = await fixture.Client("vendor-a").PostJsonAsync(url, new JsonObject { ["kind"] = "link", ["title"] = "Zonder adres" });
        var view = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/assessments/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        Assert.Equal(HttpStatusCode.Created, item.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        Assert.NotNull((await badLink.JsonAsync())["errors"]!["url"]);
        var evidence = view["items"]!.AsArray().Single(i => (string?)i!["key"] == "2.1")!["evidence"]!.AsArray();
        Assert.Equal(["link", "item"], evidence.Select(e => (string?)e!["kind"]));
    }

    [Fact]
    public async Task Changes_AreAudited_WithoutFileBytes()
    {
        var (_, id) = await DraftAsync(fixture);
        await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{id}/answers/1.1", Answer("met"));
        await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", "notes.txt", "text/plain", "geheime inhoud van het bestand"u8.ToArray());

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId.StartsWith(id.ToString()) || e.After!.Contains(id.ToString())).Select(e => new { e.Action, e.After }).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Contains(actions, a => a.Action == "assessment.start");
        Assert.Contains(actions, a => a.Action == "assessment.answer");
        var file = Assert.Single(await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "EvidenceFile" && e.Action == "assessment.evidence-add").OrderByDescending(e => e.Sequence).Take(1).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains("[30 bytes]", file.After, StringComparison.Ordinal);
        Assert.DoesNotContain(actions, a => a.After != null && a.After.Contains("geheime", StringComparison.Ordinal));
    }
}
