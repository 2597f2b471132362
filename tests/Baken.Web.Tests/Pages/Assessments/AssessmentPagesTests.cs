using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Baken.Core.Assessment;
using Baken.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Pages.Assessments;

/// <summary>The self-assessment and ethics pages, driven like a browser without JavaScript.</summary>
public sealed partial class AssessmentPagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_VendorEditor_CreatesDraftAndOpensOverview()
    {
        var product = await AssessmentBuilder.ProductWithVersionAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var list = $"/assessments?product={product}";

        var response = await PagesFixture.PostAsync(vendor, list, list, new() { ["Checklist"] = "azwa-national-criteria 1.0" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = response.Headers.Location!.OriginalString;
        var html = await vendor.GetStringAsync(overview, Ct);
        Assert.Contains("Voortgang per fase", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{overview}/phases/4\"", html, StringComparison.Ordinal);
        Assert.Contains("0 / 12 (0%)", html, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.SelfAssessments.CountAsync(a => a.ProductId == product, Ct)));
    }

    [Fact]
    public async Task Start_WithoutChoice_ShowsErrorSummary_AndSecondDraftIsRefused()
    {
        var (product, _) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var list = $"/assessments?product={product}";

        var empty = await PagesFixture.PostAsync(vendor, list, list, new());
        var second = await PagesFixture.PostAsync(vendor, list, list, new() { ["Checklist"] = "azwa-national-criteria 1.0" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("href=\"#Checklist\"", await PagesFixture.HtmlAsync(empty), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already exists", await PagesFixture.HtmlAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductWithoutVersion_SaysToAddOne()
    {
        var product = await fixture.Client("vendor-a").CreateProductAsync("a-" + Guid.NewGuid().ToString("N")[..12]);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var list = $"/assessments?product={product}";

        var form = await vendor.GetStringAsync(list, Ct);
        var response = await PagesFixture.PostAsync(vendor, list, list, new() { ["Checklist"] = "azwa-national-criteria 1.0" });

        Assert.Contains($"href=\"/manage/products/{product}#VersionLabel\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#ProductVersionId\"", await PagesFixture.HtmlAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phase_SaveAnswers_StoresThem_AndSavingAgainChangesNothing()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var phase = $"/assessments/{assessment}/phases/1";
        var fields = new Dictionary<string, string>
        {
            ["Answers[0].Key"] = "1.1", ["Answers[0].Outcome"] = "met",
            ["Answers[1].Key"] = "1.2", ["Answers[1].Outcome"] = "not-applicable", ["Answers[1].Explanation"] = "Geen koppeling nodig.",
            ["Answers[2].Key"] = "1.3",
        };

        var first = await PagesFixture.PostAsync(vendor, phase, phase, new(fields));
        var again = await PagesFixture.PostAsync(vendor, phase, phase, new(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith("?saved=2", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.EndsWith("?saved=0", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var answers = await WithDbAsync(db => db.AssessmentAnswers.Where(a => a.AssessmentId == assessment).ToListAsync(Ct));
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(1, a.Revision));
        var html = await vendor.GetStringAsync(phase, Ct);
        Assert.Matches("id=\"a-0-outcome-met\" name=\"Answers\\[0\\].Outcome\" value=\"met\" checked", html);
        Assert.Contains("name=\"Answers[0].Revision\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Answers[2].Revision\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phase_NotMetWithoutExplanation_ShowsErrorSummaryLinkedToTheField_AndKeepsTheOtherAnswers()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var phase = $"/assessments/{assessment}/phases/2";

        var response = await PagesFixture.PostAsync(vendor, phase, phase, new()
        {
            ["Answers[0].Key"] = "2.1", ["Answers[0].Outcome"] = "met",
            ["Answers[1].Key"] = "2.2", ["Answers[1].Outcome"] = "not-met", ["Answers[1].Explanation"] = "  ",
        });
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#a-1-explanation\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"a-1-explanation\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"a-1-explanation-hint a-1-explanation-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Leg bij 2.2 uit waarom niet aan de uitspraak is voldaan", html, StringComparison.Ordinal);
        Assert.Matches("id=\"a-1-outcome-not-met\" name=\"Answers\\[1\\].Outcome\" value=\"not-met\" checked", html);
        var stored = await WithDbAsync(db => db.AssessmentAnswers.Where(a => a.AssessmentId == assessment).Select(a => a.StatementId).ToListAsync(Ct));
        Assert.Equal(["urn:nl:azwa-criteria:1.0:2.1"], stored);
    }

    [Fact]
    public async Task Phase_StaleRevision_ShowsConflictWithTheOtherAnswer_AndOverwritesNothing()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var api = fixture.Client("vendor-a");
        await api.PutJsonAsync($"/api/v1/assessments/{assessment}/answers/3.1", AssessmentBuilder.Answer("met"));
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var phase = $"/assessments/{assessment}/phases/3";
        var seen = await vendor.GetStringAsync(phase, Ct);
        Assert.Contains("name=\"Answers[0].Revision\" value=\"1\"", seen, StringComparison.Ordinal);
        // A second editor changes the same answer after the first opened the form.
        var other = await api.PutJsonAsync($"/api/v1/assessments/{assessment}/answers/3.1", AssessmentBuilder.Answer("not-met", "Ander antwoord: kans < 5 % & \"hoog\"."), "\"1\"");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        var response = await PagesFixture.PostAsync(vendor, phase, phase, new()
        {
            ["Answers[0].Key"] = "3.1", ["Answers[0].Outcome"] = "not-applicable", ["Answers[0].Explanation"] = "Mijn tekst", ["Answers[0].Revision"] = "1",
        });
        var html = await PagesFixture.HtmlAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft het antwoord op 3.1 intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("Ander antwoord: kans &lt; 5 % &amp; &quot;hoog&quot;.", html, StringComparison.Ordinal);
        Assert.Contains(">Mijn tekst</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Answers[0].Revision\" value=\"2\"", html, StringComparison.Ordinal);
        var stored = await WithDbAsync(db => db.AssessmentAnswers.SingleAsync(a => a.AssessmentId == assessment, Ct));
        Assert.Equal((AnswerOutcome.NotMet, "Ander antwoord: kans < 5 % & \"hoog\".", 2), (stored.Outcome, stored.Explanation, stored.Revision));
    }

    [Fact]
    public async Task Statement_Uploads_AcceptAllowedFile_AndRefuseWrongTypeAndTooLarge()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var page = $"/assessments/{assessment}/statements/1.1";

        var ok = await UploadAsync(vendor, page, "verslag.txt", "text/plain", Encoding.UTF8.GetBytes("Testverslag van de validatie."));
        var wrongType = await UploadAsync(vendor, page, "tool.exe", "application/octet-stream", [0x4d, 0x5a, 0x90]);
        var tooLarge = await UploadAsync(vendor, page, "groot.pdf", "application/pdf", new byte[EvidenceLimits.MaxFileBytes + 1]);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var wrongHtml = await PagesFixture.HtmlAsync(wrongType);
        Assert.Contains("href=\"#EvidenceFile\"", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("are not accepted", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("Een bestand mag hoogstens 10 MiB groot zijn.", await PagesFixture.HtmlAsync(tooLarge), StringComparison.Ordinal);
        var files = await WithDbAsync(db => db.Evidence.Where(e => e.AssessmentId == assessment).Select(e => e.FileName).ToListAsync(Ct));
        Assert.Equal(["verslag.txt"], files);
        var html = await vendor.GetStringAsync(page, Ct);
        var download = WebUtility.HtmlDecode(Regex.Match(html, "href=\"([^\"]+handler=file[^\"]+)\"").Groups[1].Value);
        var file = await vendor.GetAsync(download, Ct);
        Assert.Equal("Testverslag van de validatie.", await file.Content.ReadAsStringAsync(Ct));
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, (await (await PageClient.SignedInAsync(fixture, "vendor-b")).GetAsync(download, Ct)).StatusCode);
    }

    [Fact]
    public async Task Statement_LinkWithoutAddress_ShowsError_AndLinkIsAdded()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var page = $"/assessments/{assessment}/statements/2.3";

        var missing = await PagesFixture.PostAsync(vendor, page, page + "?handler=evidence", new() { ["EvidenceKind"] = "link", ["EvidenceTitle"] = "Rapport" });
        var added = await PagesFixture.PostAsync(vendor, page, page + "?handler=evidence",
            new() { ["EvidenceKind"] = "link", ["EvidenceTitle"] = "Rapport", ["EvidenceUrl"] = "https://example.org/rapport" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("href=\"#EvidenceUrl\"", await PagesFixture.HtmlAsync(missing), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = await vendor.GetStringAsync(page, Ct);
        Assert.Contains("href=\"https://example.org/rapport\"", html, StringComparison.Ordinal);

        var remove = WebUtility.HtmlDecode(Regex.Match(html, "action=\"([^\"]+handler=remove[^\"]+)\"").Groups[1].Value);
        var removed = await PagesFixture.PostAsync(vendor, page, remove, new());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("https://example.org/rapport", await vendor.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.Evidence.CountAsync(e => e.AssessmentId == assessment, Ct)));
    }

    [Fact]
    public async Task Submit_LocksTheAssessment_ThenPhaseIsReadOnlyAndSavingIsRefused()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        await AssessmentBuilder.AnswerAllAsync(fixture, assessment);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var overview = $"/assessments/{assessment}";
        var revision = Regex.Match(await vendor.GetStringAsync(overview, Ct), "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value;

        var submitted = await PagesFixture.PostAsync(vendor, overview, overview + "?handler=submit", new() { ["Revision"] = revision });
        var phase = await vendor.GetStringAsync(overview + "/phases/1", Ct);
        var save = await PagesFixture.PostAsync(vendor, overview, overview + "/phases/1", new() { ["Answers[0].Key"] = "1.1", ["Answers[0].Outcome"] = "not-applicable" });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("ingediend en vergrendeld", phase, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Answers[0].Outcome\"", phase, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        var statement = overview + "/statements/1.1";
        Assert.DoesNotContain("handler=evidence", await vendor.GetStringAsync(statement, Ct), StringComparison.Ordinal);
        var evidence = await PagesFixture.PostAsync(vendor, statement, statement + "?handler=evidence",
            new() { ["EvidenceKind"] = "item", ["EvidenceTitle"] = "Te laat" });
        Assert.Equal(HttpStatusCode.Conflict, evidence.StatusCode);
        var stored = await WithDbAsync(db => db.SelfAssessments.Include(a => a.Answers).SingleAsync(a => a.Id == assessment, Ct));
        Assert.Equal(AssessmentStatus.Submitted, stored.Status);
        Assert.Equal(AnswerOutcome.Met, stored.Answers.Single(a => a.StatementId.EndsWith(":1.1", StringComparison.Ordinal)).Outcome);
    }

    [Fact]
    public async Task Submit_Incomplete_ShowsWhatIsOpen()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var overview = $"/assessments/{assessment}";

        var response = await PagesFixture.PostAsync(vendor, overview, overview + "?handler=submit", new() { ["Revision"] = "1" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await PagesFixture.HtmlAsync(response);
        Assert.Contains("Nog niet alle uitspraken zijn beantwoord (12 open).", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#gaps\"", html, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Draft, await WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == assessment).Select(a => a.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Copy_StartsTheNextRoundWithTheAnswers()
    {
        var (_, assessment) = await AssessmentBuilder.SubmittedAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var overview = $"/assessments/{assessment}";

        var response = await PagesFixture.PostAsync(vendor, overview, overview + "?handler=copy", new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = Guid.Parse(response.Headers.Location!.OriginalString.Split('?')[0].Split('/')[^1]);
        Assert.NotEqual(assessment, copy);
        var html = await vendor.GetStringAsync($"/assessments/{copy}", Ct);
        Assert.Contains("ronde 2", html, StringComparison.Ordinal);
        Assert.Contains("12 / 12 (100%)", html, StringComparison.Ordinal);
        Assert.Contains("Zelfevaluatie indienen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_SeesReadOnly_CommentsPerStatement_AndTheTextIsEscaped()
    {
        var (_, assessment) = await AssessmentBuilder.SubmittedAsync(fixture);
        var reviewer = await PageClient.SignedInAsync(fixture, "reviewer");
        var page = $"/assessments/{assessment}/statements/2.2";

        var phaseForReviewer = await reviewer.GetStringAsync($"/assessments/{assessment}/phases/2", Ct);
        var commented = await PagesFixture.PostAsync(reviewer, page, page + "?handler=comment", new() { ["CommentText"] = "Wanneer precies? Kans < 5 % & \"hoog\"." });
        var empty = await PagesFixture.PostAsync(reviewer, page, page + "?handler=comment", new() { ["CommentText"] = "" });
        var markup = await PagesFixture.PostAsync(reviewer, page, page + "?handler=comment", new() { ["CommentText"] = "<script>alert(1)</script>" });

        Assert.DoesNotContain("name=\"Answers[0].Outcome\"", phaseForReviewer, StringComparison.Ordinal);
        Assert.Contains("Koppeling met het ECD volgt in 2027.", phaseForReviewer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("href=\"#CommentText\"", await PagesFixture.HtmlAsync(empty), StringComparison.Ordinal);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var phase = await vendor.GetStringAsync($"/assessments/{assessment}/phases/2", Ct);
        Assert.Contains("Beoordelaar:</span> <span>Wanneer precies? Kans &lt; 5 % &amp; &quot;hoog&quot;.", phase, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, markup.StatusCode);
        var markupHtml = await PagesFixture.HtmlAsync(markup);
        Assert.Contains("HTML-code zoals tags is niet toegestaan", markupHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>", markupHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", markupHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vendor-b")]
    [InlineData("care-a")]
    public async Task OtherOrganisation_GetsNotFound_AndCannotSave(string caller)
    {
        var (product, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var client = await PageClient.SignedInAsync(fixture, caller);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/assessments/{assessment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/assessments/{assessment}/phases/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/assessments?product={product}", Ct)).StatusCode);
        var save = await PagesFixture.PostAsync(client, "/account", $"/assessments/{assessment}/phases/1", new() { ["Answers[0].Key"] = "1.1", ["Answers[0].Outcome"] = "met" });
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.AssessmentAnswers.CountAsync(a => a.AssessmentId == assessment, Ct)));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);

        var response = await PageClient.Anonymous(fixture).GetAsync($"/assessments/{assessment}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_OverviewAndPhase_AreTranslated()
    {
        var (_, assessment) = await AssessmentBuilder.DraftAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        await vendor.GetAsync("/language?culture=en&returnUrl=%2F", Ct);

        var overview = await vendor.GetStringAsync($"/assessments/{assessment}", Ct);
        var phase = await vendor.GetStringAsync($"/assessments/{assessment}/phases/1", Ct);

        Assert.Contains("Progress per phase", overview, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", overview, StringComparison.Ordinal);
        Assert.Contains("Save answers", phase, StringComparison.Ordinal);
        Assert.Contains("Not applicable", phase, StringComparison.Ordinal);
        Assert.DoesNotContain("Antwoorden opslaan", phase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_ShowsTheLastSubmittedRound_WithNotMetExplanations()
    {
        var (product, _) = await AssessmentBuilder.SubmittedAsync(fixture, published: true);
        var slug = await WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.Slug).SingleAsync(Ct));

        var html = await PageClient.Anonymous(fixture).GetStringAsync($"/products/{slug}", Ct);

        Assert.Contains("id=\"assessment-title\"", html, StringComparison.Ordinal);
        Assert.Contains("Koppeling met het ECD volgt in 2027.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>2.2</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Zelfevaluaties beheren", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_WithOnlyADraft_PublishesNothing()
    {
        var (product, assessment) = await AssessmentBuilder.DraftAsync(fixture, published: true);
        await fixture.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{assessment}/answers/1.1", AssessmentBuilder.Answer("not-met", "Conceptuitleg die geheim blijft."));
        var slug = await WithDbAsync(db => db.Products.Where(p => p.Id == product).Select(p => p.Slug).SingleAsync(Ct));

        var html = await PageClient.Anonymous(fixture).GetStringAsync($"/products/{slug}", Ct);
        var maker = await (await PageClient.SignedInAsync(fixture, "vendor-a")).GetStringAsync($"/products/{slug}", Ct);

        Assert.Contains("De maker heeft nog geen zelfevaluatie ingediend.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Conceptuitleg", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/assessments?product={product}\"", maker, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ethics?product={product}\"", maker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ethics_CreateForProduct_ThenStaleEditShowsConflict_AndOverwritesNothing()
    {
        var product = await AssessmentBuilder.ProductWithVersionAsync(fixture);
        var vendor = await PageClient.SignedInAsync(fixture, "vendor-a");
        var newForm = $"/ethics/edit?product={product}";

        var invalid = await PagesFixture.PostAsync(vendor, newForm, newForm, new() { ["Form.Effects[0].Description"] = "", ["Form.Effects[1].Description"] = "Zonder richting" });
        var created = await PagesFixture.PostAsync(vendor, newForm, newForm, new()
        {
            ["Form.Case"] = "Inzet bij triage (<5 min) & \"SEH\".",
            ["Form.Actors[0].Name"] = "Verpleegkundige",
            ["Form.Effects[0].Direction"] = "positive", ["Form.Effects[0].Description"] = "Snellere triage",
            ["Form.Values[0].Value"] = "Privacy",
            ["Form.Options[0].Level"] = "", ["Form.Options[0].Description"] = "",
            ["Form.Options[1].Level"] = "user", ["Form.Options[1].Description"] = "Training",
        });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var invalidHtml = await PagesFixture.HtmlAsync(invalid);
        Assert.Contains("href=\"#case\"", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#effects-1-direction\"", invalidHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('?')[0].Split('/')[^1]);
        var view = await vendor.GetStringAsync($"/ethics/{id}", Ct);
        Assert.Contains("Inzet bij triage (&lt;5 min) &amp; &quot;SEH&quot;.", view, StringComparison.Ordinal);
        Assert.Contains("Training", view, StringComparison.Ordinal);

        var edit = $"/ethics/edit/{id}";
        Assert.Contains("name=\"Revision\" value=\"1\"", await vendor.GetStringAsync(edit, Ct), StringComparison.Ordinal);
        var changed = await PagesFixture.PostAsync(vendor, edit, edit, new() { ["Revision"] = "1", ["Form.Case"] = "Versie van collega." });
        var stale = await PagesFixture.PostAsync(vendor, edit, edit, new() { ["Revision"] = "1", ["Form.Case"] = "Mijn late versie." });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var staleHtml = await PagesFixture.HtmlAsync(stale);
        Assert.Contains("Iemand anders heeft deze afweging intussen gewijzigd", staleHtml, StringComparison.Ordinal);
        Assert.Contains("Versie van collega.", staleHtml, StringComparison.Ordinal);
        Assert.Contains(">Mijn late versie.</textarea>", staleHtml, StringComparison.Ordinal);
        Assert.Equal("Versie van collega.", await WithDbAsync(async db => (await db.EthicsRecords.SingleAsync(r => r.Id == id, Ct)).Content.Case));
    }

    [Fact]
    public async Task Ethics_ForDeployment_CareEditorKeepsIt_AndOthersGetNotFound()
    {
        var deployment = await DeploymentAsync();
        var care = await PageClient.SignedInAsync(fixture, "care-a");
        var newForm = $"/ethics/edit?deployment={deployment}";

        var deployments = await care.GetStringAsync("/manage/deployments", Ct);
        var created = await PagesFixture.PostAsync(care, newForm, newForm, new() { ["Form.Case"] = "Gebruik op de afdeling." });
        var otherCare = await PageClient.SignedInAsync(fixture, "care-b");

        Assert.Contains($"href=\"/ethics?deployment={deployment}\"", deployments, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Gebruik op de afdeling.", await care.GetStringAsync($"/ethics?deployment={deployment}", Ct) + await care.GetStringAsync(created.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCare.GetAsync($"/ethics?deployment={deployment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCare.GetAsync(created.Headers.Location!.OriginalString.Split('?')[0], Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCare.GetAsync(newForm, Ct)).StatusCode);
    }

    private async Task<Guid> DeploymentAsync()
    {
        var product = await AssessmentBuilder.ProductWithVersionAsync(fixture, published: true);
        var response = await fixture.Client("care-a").PostJsonAsync("/api/v1/deployments", new System.Text.Json.Nodes.JsonObject
        {
            ["productId"] = product.ToString(),
            ["status"] = "in-use",
        });
        var body = await response.JsonAsync();
        return (Guid)body["id"]!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string fileName, string contentType, byte[] content)
    {
        var html = await client.GetStringAsync(page, Ct);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "EvidenceFile", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(page + "?handler=file", form, Ct);
    }

    private async Task<T> WithDbAsync<T>(Func<BakenDbContext, Task<T>> query)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<BakenDbContext>());
    }
}
