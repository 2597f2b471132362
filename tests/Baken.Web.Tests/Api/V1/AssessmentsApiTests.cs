using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Baken.Web.Tests.AssessmentBuilder;

namespace Baken.Web.Tests.Api.V1;

public sealed class AssessmentsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ListChecklists_ShowsLeidraadAndAzwa_WithStatementCounts()
    {
        var list = await (await fixture.Client().GetAsync("/api/v1/checklists")).Content.ReadFromJsonAsync<JsonArray>(TestContext.Current.CancellationToken);
        var leidraad = await (await fixture.Client().GetAsync("/api/v1/checklists/leidraad-ai?version=1.1")).JsonAsync();

        Assert.Equal(136, (int)list!.Single(c => (string?)c!["id"] == "leidraad-ai")!["statements"]!);
        Assert.Equal(12, (int)list!.Single(c => (string?)c!["id"] == Azwa)!["statements"]!);
        Assert.Equal("urn:nl:leidraad-ai:1.1:3.2b", (string?)leidraad["statements"]!.AsArray().Single(s => (string?)s!["number"] == "3.2b")!["id"]);
        Assert.Equal("recommendation", (string?)leidraad["statements"]!.AsArray().Single(s => (string?)s!["number"] == "3.2b")!["kind"]);
    }

    [Fact]
    public async Task Start_Leidraad_Returns201WithEveryStatementAndPhaseProgress()
    {
        var (_, id) = await DraftAsync(fixture, "leidraad-ai");

        var body = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/assessments/{id}")).JsonAsync();

        Assert.Equal(136, body["items"]!.AsArray().Count);
        Assert.Equal(6, body["progress"]!["phases"]!.AsArray().Count);
        Assert.Equal(0, (int)body["progress"]!["total"]!["answered"]!);
        Assert.Equal(136, body["gaps"]!.AsArray().Count);
        Assert.Equal("unanswered", (string?)body["gaps"]![0]!["reason"]);
        Assert.Equal("draft", (string?)body["status"]);
    }

    [Fact]
    public async Task Start_ProductWithoutVersion_Returns400OnProductVersionId()
    {
        var product = await fixture.Client("vendor-a").CreateProductAsync("a-nover-" + Guid.NewGuid().ToString("N")[..8]);

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{product}/assessments", new JsonObject { ["checklist"] = Azwa });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["productVersionId"]);
    }

    [Fact]
    public async Task Start_SecondDraft_Returns409()
    {
        var (product, _) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{product}/assessments", new JsonObject { ["checklist"] = Azwa });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task SaveAnswer_NotMetWithoutExplanation_Returns400NamingExplanation()
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{id}/answers/1.1", Answer("not-met"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("comply or explain", (string?)problem["errors"]!["explanation"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.9", HttpStatusCode.NotFound)]
    [InlineData("urn:nl:azwa-criteria:1.0:1.1", HttpStatusCode.Created)]
    public async Task SaveAnswer_StatementByKeyOrUrn(string statement, HttpStatusCode expected)
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{id}/answers/{Uri.EscapeDataString(statement)}", Answer("met"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SaveAnswer_UnknownOutcome_Returns400()
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{id}/answers/1.1", Answer("maybe"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["outcome"]);
    }

    [Fact]
    public async Task SaveAnswer_SameContentAgain_DoesNothingNew()
    {
        var (_, id) = await DraftAsync(fixture);
        var url = $"/api/v1/assessments/{id}/answers/1.1";
        var first = await fixture.Client("vendor-a").PutJsonAsync(url, Answer("met", "Getest met 12 gebruikers."));
        var events = await AuditCountAsync();

        // A retry, even with the If-Match of before the first save, changes nothing and is not refused.
        var again = await fixture.Client("vendor-a").PutJsonAsync(url, Answer("met", "Getest met 12 gebruikers."));
        var body = await again.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((bool)body["changed"]!);
        Assert.Equal(1, (int)body["answer"]!["revision"]!);
        Assert.Equal("\"1\"", again.Headers.ETag!.Tag);
        Assert.Equal(events, await AuditCountAsync());
    }

    [Fact]
    public async Task SaveAnswer_TwoEditorsOnOneRevision_SecondGets412AndFirstIsKept()
    {
        var (_, id) = await DraftAsync(fixture);
        var url = $"/api/v1/assessments/{id}/answers/3.1";
        var created = await fixture.Client("vendor-a").PutJsonAsync(url, Answer("met"));
        var etag = created.Headers.ETag!.Tag;

        var first = await fixture.Client("vendor-a").PutJsonAsync(url, Answer("not-met", "NEN 7510 loopt nog."), etag);
        var second = await fixture.Client("administrator").PutJsonAsync(url, Answer("not-applicable"), etag);
        var stored = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/assessments/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        var item = stored["items"]!.AsArray().Single(i => (string?)i!["key"] == "3.1")!;
        Assert.Equal("not-met", (string?)item["answer"]!["outcome"]);
        Assert.Equal("NEN 7510 loopt nog.", (string?)item["answer"]!["explanation"]);
    }

    [Fact]
    public async Task SaveAnswer_ChangeWithoutIfMatch_Returns428()
    {
        var (_, id) = await DraftAsync(fixture);
        var url = $"/api/v1/assessments/{id}/answers/1.2";
        await fixture.Client("vendor-a").PutJsonAsync(url, Answer("met"));

        var response = await fixture.Client("vendor-a").PutJsonAsync(url, Answer("not-applicable"));

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task SaveAnswer_ConcurrentFirstAnswers_NeverLoseAnAnswerSilently()
    {
        var (_, id) = await DraftAsync(fixture);
        var url = $"/api/v1/assessments/{id}/answers/4.1";

        var responses = await Task.WhenAll(
            fixture.Client("vendor-a").PutJsonAsync(url, Answer("met")),
            fixture.Client("administrator").PutJsonAsync(url, Answer("not-met", "Nog niet beschreven.")));
        var stored = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/assessments/{id}")).JsonAsync();
        var outcome = (string?)stored["items"]!.AsArray().Single(i => (string?)i!["key"] == "4.1")!["answer"]!["outcome"];
        var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Created);

        // Either they raced and the loser is told (412), or they ran in turn and the second, a change, lacked If-Match (428).
        Assert.NotEqual(-1, winner);
        Assert.Contains((int)responses[1 - winner].StatusCode, new[] { 412, 428 });
        Assert.Equal(winner == 0 ? "met" : "not-met", outcome);
    }

    [Fact]
    public async Task Submit_Incomplete_Returns409()
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/submission", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("12 statement(s)", (string?)(await response.JsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_StaleIfMatch_Returns412()
    {
        var (_, id) = await DraftAsync(fixture);
        await AnswerAllAsync(fixture, id);

        var response = await fixture.Client("vendor-a").SendAsync(
            new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assessments/{id}/submission") { Headers = { { "If-Match", "\"1\"" } } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task Submitted_IsLocked_AnswersAndEvidenceGive409_CommentsStillWork()
    {
        var (_, id) = await SubmittedAsync(fixture);

        var answer = await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{id}/answers/1.1", Answer("not-applicable"), "\"1\"");
        var evidence = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/answers/1.1/evidence", new JsonObject { ["kind"] = "item", ["title"] = "Laat" });
        var submitAgain = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/submission", null);
        var comment = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/assessments/{id}/comments", new JsonObject { ["statement"] = "2.2", ["text"] = "Wanneer precies in 2027?" });
        var view = await (await fixture.Client("vendor-a").GetAsync($"/api/v1/assessments/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, submitAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        Assert.Equal("submitted", (string?)view["status"]);
        var item = view["items"]!.AsArray().Single(i => (string?)i!["key"] == "2.2")!;
        Assert.Equal("reviewer", (string?)item["comments"]![0]!["authorRole"]);
        Assert.Equal("met", (string?)view["items"]![0]!["answer"]!["outcome"]);
    }

    [Fact]
    public async Task Copy_OfSubmitted_StartsNextRoundWithAnswersAndEvidence()
    {
        var (product, id) = await DraftAsync(fixture);
        await fixture.Client("vendor-a").UploadAsync($"/api/v1/assessments/{id}/answers/3.1/evidence", "nen7510.txt", "text/plain", "Certificaat NEN 7510"u8.ToArray());
        await AnswerAllAsync(fixture, id);
        await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/submission", null);

        var copy = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/copies", null);
        var body = await copy.JsonAsync();
        var copyAgain = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/copies", null);
        var startFresh = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{product}/assessments", new JsonObject { ["checklist"] = Azwa });

        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(2, (int)body["sequence"]!);
        Assert.Equal(id, (Guid)body["copiedFromId"]!);
        Assert.Equal("draft", (string?)body["status"]);
        Assert.Equal(12, (int)body["progress"]!["total"]!["answered"]!);
        var evidence = body["items"]!.AsArray().Single(i => (string?)i!["key"] == "3.1")!["evidence"]![0]!;
        var download = await fixture.Client("vendor-a").GetAsync((string)evidence["contentUrl"]!);
        Assert.Equal("Certificaat NEN 7510", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Conflict, copyAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, startFresh.StatusCode);
    }

    [Fact]
    public async Task Copy_OfDraft_Returns409()
    {
        var (_, id) = await DraftAsync(fixture);

        var response = await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/copies", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Summary_PublishedProduct_AnonymousSeesOnlySubmittedRoundWithExplanations()
    {
        var (product, id) = await SubmittedAsync(fixture, published: true);
        await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{id}/copies", null);
        var comment = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/assessments/{id}/comments", new JsonObject { ["text"] = "Interne opmerking" });

        var response = await fixture.Client().GetAsync($"/api/v1/products/{product}/assessment-summary");
        var summary = await response.JsonAsync();
        var assessment = await fixture.Client().GetAsync($"/api/v1/assessments/{id}");

        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checklist = summary["checklists"]!.AsArray().Single()!;
        Assert.Equal(id, (Guid)checklist["assessmentId"]!);
        Assert.Equal(11, (int)checklist["progress"]!["total"]!["met"]!);
        Assert.Equal("2.2", (string?)checklist["notMet"]![0]!["number"]);
        Assert.Equal("Koppeling met het ECD volgt in 2027.", (string?)checklist["notMet"]![0]!["explanation"]);
        Assert.DoesNotContain("Interne opmerking", summary.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, assessment.StatusCode);
    }

    [Fact]
    public async Task Summary_DraftProduct_IsNotPublic()
    {
        var (product, _) = await SubmittedAsync(fixture);

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client().GetAsync($"/api/v1/products/{product}/assessment-summary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client("vendor-a").GetAsync($"/api/v1/products/{product}/assessment-summary")).StatusCode);
    }

    [Fact]
    public async Task Comment_OnUnknownStatement_Returns400_AndCareEditorCannotSeeTheAssessment()
    {
        var (_, id) = await DraftAsync(fixture);

        var unknown = await fixture.Client("reviewer").PostJsonAsync($"/api/v1/assessments/{id}/comments", new JsonObject { ["statement"] = "9.9", ["text"] = "?" });
        var care = await fixture.Client("care-a").PostJsonAsync($"/api/v1/assessments/{id}/comments", new JsonObject { ["text"] = "!" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["statement"]);
        Assert.Equal(HttpStatusCode.NotFound, care.StatusCode);
    }

    private async Task<long> AuditCountAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BakenDbContext>().AuditEvents.LongCountAsync(TestContext.Current.CancellationToken);
    }
}
