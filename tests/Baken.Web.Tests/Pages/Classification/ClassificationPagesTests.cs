using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Baken.Core.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Pages.Classification;

/// <summary>The classification wizard, walked by posting its forms as a browser without JavaScript would.</summary>
public sealed partial class ClassificationPagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> NotADevice = new()
    {
        ["medicalPurpose"] = "false",
        ["annexIIIUse"] = "none",
        ["interactsWithPeople"] = "true",
        ["generatesContent"] = "false",
    };

    private static readonly Dictionary<string, string> MdrIIb = new()
    {
        ["medicalPurpose"] = "true",
        ["regime"] = "MDR",
        ["informsClinicalDecisions"] = "true",
        ["worstCaseImpact"] = "serious-deterioration-or-surgery",
        ["monitorsPhysiologicalProcesses"] = "false",
        ["inHouse"] = "false",
        ["interactsWithPeople"] = "false",
        ["generatesContent"] = "true",
    };

    [Fact]
    public async Task Wizard_NotADevice_AsksNoDeviceQuestionsAndStopsAtTheOutcome()
    {
        var (html, asked, _) = await WalkAsync(PageClient.Anonymous(fixture), NotADevice);

        Assert.Equal(["medicalPurpose", "annexIIIUse", "interactsWithPeople", "generatesContent"], asked);
        Assert.Contains("Geen medisch hulpmiddel", html, StringComparison.Ordinal);
        Assert.Contains("Vertel mensen dat zij met een AI-systeem te maken hebben", html, StringComparison.Ordinal);
        Assert.Contains("Geen wettelijke meldroute", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"question\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_MdrIIbDevice_EndsHighRiskThroughArt61WithTheTrail()
    {
        var (html, asked, _) = await WalkAsync(PageClient.Anonymous(fixture), MdrIIb);

        // Art. 6(1) makes it high-risk, so the Annex III questions and the IVDR class are never asked.
        Assert.Equal(["medicalPurpose", "regime", "informsClinicalDecisions", "worstCaseImpact", "monitorsPhysiologicalProcesses", "inHouse", "interactsWithPeople", "generatesContent"], asked);
        Assert.Contains("Klasse IIb", html, StringComparison.Ordinal);
        Assert.Contains("Via artikel 6, lid 1", html, StringComparison.Ordinal);
        Assert.Contains("Melden als vigilantie onder de MDR", html, StringComparison.Ordinal);
        Assert.Contains("Markeer gemaakte tekst", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Art. 26</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Art. 4</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Geldt vanaf 2 augustus 2027", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Klasse IIb.</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Class IIb.", html, StringComparison.Ordinal);
        Assert.Contains("zorgen dat hun medewerkers genoeg weten van AI", html, StringComparison.Ordinal);
        Assert.Contains("<dd lang=\"en\">Regulation (EU) 2017/745 (MDR), Annex VIII, Rule 11", html, StringComparison.Ordinal);
        Assert.Contains("Wat is in het ergste geval het gevolg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_Back_TakesAwayTheLastAnswer()
    {
        var client = PageClient.Anonymous(fixture);
        var url = "/classification?medicalPurpose=true&regime=MDR";

        var response = await PostAsync(client, url, "back", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/classification?medicalPurpose=true", response.Headers.Location?.OriginalString);
        var html = await PagesFixture.HtmlAsync(await client.GetAsync(response.Headers.Location, Ct));
        Assert.Contains("Is het een in-vitrodiagnostisch hulpmiddel (IVDR) of een ander medisch hulpmiddel (MDR)?", html, StringComparison.Ordinal);
        Assert.Contains("Vraag 2", html, StringComparison.Ordinal);
        Assert.Contains("Een in-vitrodiagnostisch hulpmiddel onderzoekt monsters uit het lichaam", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_NextWithoutAnswer_ShowsTheErrorSummaryLinkedToTheQuestion()
    {
        var client = PageClient.Anonymous(fixture);

        var response = await PostAsync(client, "/classification?medicalPurpose=true", "next", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await PagesFixture.HtmlAsync(response);
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Answer\">Kies een antwoord.</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Answer-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        // The question stays the same and the earlier answer is kept.
        Assert.Contains("name=\"question\" value=\"regime\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"medicalPurpose\" value=\"true\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_TamperedOrContradictoryAnswers_AreDroppedOrShownNeverACrash()
    {
        var client = PageClient.Anonymous(fixture);

        var unknown = await client.GetAsync("/classification?medicalPurpose=maybe&regime=%3Cscript%3E", Ct);
        var contradiction = await client.GetAsync("/classification?medicalPurpose=false&regime=MDR", Ct);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("name=\"question\" value=\"medicalPurpose\"", await PagesFixture.HtmlAsync(unknown), StringComparison.Ordinal);
        var html = await PagesFixture.HtmlAsync(contradiction);
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("not a device", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_InEnglish_AsksTheEnglishQuestion()
    {
        var client = PageClient.Anonymous(fixture);
        await client.GetAsync("/language?culture=en&returnUrl=%2F", Ct);

        var start = await PagesFixture.HtmlAsync(await client.GetAsync("/classification", Ct));
        var (result, _, _) = await WalkAsync(client, MdrIIb);

        Assert.Contains("<html lang=\"en\"", start, StringComparison.Ordinal);
        Assert.Contains("Does the software have a medical purpose for individual patients", start, StringComparison.Ordinal);
        Assert.Contains("Next question", start, StringComparison.Ordinal);
        Assert.Contains("Software for planning, administration or general wellbeing", start, StringComparison.Ordinal);
        Assert.Contains("Class IIb", result, StringComparison.Ordinal);
        Assert.Contains("Through Article 6(1)", result, StringComparison.Ordinal);
        Assert.True(result.Contains("Applies from 2 August 2027", StringComparison.Ordinal), result[(result.IndexOf("<h3>", StringComparison.Ordinal))..]);
        Assert.Contains("<dd>Class IIb.</dd>", result, StringComparison.Ordinal);
        Assert.Contains("Providers and deployers ensure sufficient AI literacy", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AsTheMakersEditor_StoresTheOutcomeWithTheRuleSetAndShowsItOnTheProductPage()
    {
        var (productId, versionId, slug) = await ProductWithVersionAsync("wizard-save", "vendor-a");
        var client = await PageClient.SignedInAsync(fixture, "vendor-a");
        var outcomeUrl = "/classification" + QueryString(MdrIIb);

        var form = await PagesFixture.HtmlAsync(await client.GetAsync(outcomeUrl, Ct));
        var response = await PostAsync(client, outcomeUrl, "save", new() { ["Version"] = $"{productId}/{versionId}" });

        Assert.Contains($"value=\"{productId}/{versionId}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/products/{slug}#classification", response.Headers.Location?.OriginalString);
        var stored = await StoredAsync(versionId);
        Assert.Equal("1.0.0", stored?.Outcome.RuleSet.Version);
        Assert.Equal("IIb", stored?.Outcome.DeviceClass);
        Assert.Equal("MDR", stored?.Facts.Regime);

        var product = await PagesFixture.HtmlAsync(await client.GetAsync($"/products/{slug}", Ct));
        Assert.Contains("id=\"classification\"", product, StringComparison.Ordinal);
        Assert.Contains("Klasse IIb", product, StringComparison.Ordinal);
        Assert.Contains("met versie 1.0.0 van de regels", product, StringComparison.Ordinal);
        Assert.Contains($"href=\"/classification/saved/{productId}/{versionId}\"", product, StringComparison.Ordinal);

        var trail = await client.GetAsync($"/classification/saved/{productId}/{versionId}", Ct);
        Assert.Equal(HttpStatusCode.OK, trail.StatusCode);
        var trailHtml = await PagesFixture.HtmlAsync(trail);
        Assert.Contains("Ernstige achteruitgang van de gezondheid of een operatie", trailHtml, StringComparison.Ordinal);
        Assert.Contains("<dd>Klasse IIb.</dd>", trailHtml, StringComparison.Ordinal);

        // Drafts stay private: the public sees neither the product nor its trail.
        Assert.Equal(HttpStatusCode.NotFound, (await PageClient.Anonymous(fixture).GetAsync($"/classification/saved/{productId}/{versionId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Save_AsAnotherVendor_IsRefusedAndNothingIsStored()
    {
        var (productId, versionId, _) = await ProductWithVersionAsync("wizard-other", "vendor-a");
        var client = await PageClient.SignedInAsync(fixture, "vendor-b");
        var outcomeUrl = "/classification" + QueryString(MdrIIb);

        var form = await PagesFixture.HtmlAsync(await client.GetAsync(outcomeUrl, Ct));
        var response = await PostAsync(client, outcomeUrl, "save", new() { ["Version"] = $"{productId}/{versionId}" });

        Assert.DoesNotContain(productId.ToString(), form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Version\">Kies een versie van een product.</a>", await PagesFixture.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Null(await StoredAsync(versionId));
    }

    [Fact]
    public async Task Save_PublishedProductOfAnotherVendor_IsForbidden()
    {
        var (productId, versionId, _) = await ProductWithVersionAsync("wizard-other-published", "vendor-a");
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var client = await PageClient.SignedInAsync(fixture, "vendor-b");

        var response = await PostAsync(client, "/classification" + QueryString(MdrIIb), "save", new() { ["Version"] = $"{productId}/{versionId}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await StoredAsync(versionId));
    }

    [Fact]
    public async Task Save_Anonymous_IsNotOfferedAndRefused()
    {
        var client = PageClient.Anonymous(fixture);
        var outcomeUrl = "/classification" + QueryString(MdrIIb);

        var html = await PagesFixture.HtmlAsync(await client.GetAsync(outcomeUrl, Ct));
        var response = await PostAsync(client, outcomeUrl, "save", new() { ["Version"] = $"{Guid.NewGuid()}/{Guid.NewGuid()}" });

        Assert.Contains("href=\"/account/sign-in?returnUrl=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Version\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ClassificationFilter_FindsTheSavedClass()
    {
        var (productId, versionId, slug) = await ProductWithVersionAsync("wizard-filter", "vendor-b");
        await ApiClient.PublishAsync(fixture, "vendor-b", productId);
        var save = await PostAsync(await PageClient.SignedInAsync(fixture, "vendor-b"), "/classification" + QueryString(NotADevice), "save",
            new() { ["Version"] = $"{productId}/{versionId}" });
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var anonymous = PageClient.Anonymous(fixture);

        var notADevice = await PagesFixture.HtmlAsync(await anonymous.GetAsync("/register?classification=not-a-device&search=wizard", Ct));
        var classIIb = await PagesFixture.HtmlAsync(await anonymous.GetAsync("/register?classification=IIb&search=wizard", Ct));
        var invalid = await anonymous.GetAsync("/register?classification=V", Ct);

        Assert.Contains($"href=\"/products/{slug}\"", notADevice, StringComparison.Ordinal);
        Assert.Contains("<option value=\"not-a-device\" selected=\"selected\">Geen medisch hulpmiddel</option>", notADevice, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/products/{slug}\"", classIIb, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("href=\"#f-classification\"", await PagesFixture.HtmlAsync(invalid), StringComparison.Ordinal);
    }

    /// <summary>Answers each question the wizard asks from <paramref name="answers"/>, until it shows the outcome.</summary>
    private async Task<(string Html, List<string> Asked, string Url)> WalkAsync(HttpClient client, Dictionary<string, string> answers)
    {
        var url = "/classification";
        var asked = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var html = await PagesFixture.HtmlAsync(await client.GetAsync(url, Ct));
            if (Question().Match(html) is not { Success: true } question)
            {
                return (html, asked, url);
            }

            var fact = question.Groups[1].Value;
            asked.Add(fact);
            var response = await PostAsync(client, url, "next", new() { ["Answer"] = answers[fact] });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            url = response.Headers.Location!.OriginalString;
        }

        throw new InvalidOperationException("The wizard asked more than 20 questions.");
    }

    /// <summary>Posts a wizard form: the answers in <paramref name="url"/>'s query as hidden fields, plus <paramref name="fields"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        foreach (var (name, value) in query)
        {
            fields[name] = value.ToString();
        }

        return await PagesFixture.PostAsync(client, url, "/classification?handler=" + handler, fields);
    }

    private static string QueryString(Dictionary<string, string> answers) =>
        Microsoft.AspNetCore.Http.QueryString.Create(answers.Select(a => new KeyValuePair<string, string?>(a.Key, a.Value))).ToString();

    private async Task<(Guid ProductId, Guid VersionId, string Slug)> ProductWithVersionAsync(string prefix, string vendor)
    {
        var slug = $"{prefix}-{Guid.NewGuid():N}"[..40];
        var id = await fixture.Client(vendor).CreateProductAsync(slug, name: "Wizard " + prefix);
        var version = await (await fixture.Client(vendor).PostJsonAsync($"/api/v1/products/{id}/versions", new JsonObject { ["label"] = "1.0" })).JsonAsync();
        return (id, Guid.Parse((string)version["id"]!), slug);
    }

    private async Task<Baken.Core.Classification.StoredClassification?> StoredAsync(Guid versionId)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BakenDbContext>();
        var product = await db.Products.AsNoTracking().Include(p => p.Versions).FirstAsync(p => p.Versions.Any(v => v.Id == versionId), Ct);
        return product.Versions.Single(v => v.Id == versionId).Classification;
    }

    [GeneratedRegex("name=\"question\" value=\"([^\"]+)\"")]
    private static partial Regex Question();
}
