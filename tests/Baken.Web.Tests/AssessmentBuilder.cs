using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Baken.Web.Tests;

/// <summary>Products with a version and assessments in a given state, made through the API as their maker.</summary>
public static class AssessmentBuilder
{
    public const string Azwa = "azwa-national-criteria";

    /// <summary>The AZWA checklist's statement keys: short, so a whole assessment is quick to fill.</summary>
    public static readonly string[] AzwaKeys = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"];

    public static async Task<Guid> ProductWithVersionAsync(ApiFixture f, bool published = false)
    {
        var id = await f.Client("vendor-a").CreateProductAsync("a-" + Guid.NewGuid().ToString("N")[..12]);
        await f.Client("vendor-a").PostJsonAsync($"/api/v1/products/{id}/versions", new JsonObject { ["label"] = "1.0" });
        if (published)
        {
            await ApiClient.PublishAsync(f, "vendor-a", id);
        }

        return id;
    }

    public static async Task<(Guid Product, Guid Assessment)> DraftAsync(ApiFixture f, string checklist = Azwa, bool published = false)
    {
        var product = await ProductWithVersionAsync(f, published);
        var response = await f.Client("vendor-a").PostJsonAsync($"/api/v1/products/{product}/assessments", new JsonObject { ["checklist"] = checklist });
        var body = await response.JsonAsync();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Start failed: {(int)response.StatusCode} {body}");
        }

        return (product, (Guid)body["id"]!);
    }

    /// <summary>Answers every AZWA statement: met, except 2.2 which is not met with an explanation.</summary>
    public static async Task AnswerAllAsync(ApiFixture f, Guid assessment)
    {
        foreach (var key in AzwaKeys)
        {
            var response = await f.Client("vendor-a").PutJsonAsync($"/api/v1/assessments/{assessment}/answers/{key}", key == "2.2"
                ? Answer("not-met", "Koppeling met het ECD volgt in 2027.")
                : Answer("met"));
            if ((int)response.StatusCode is not (200 or 201))
            {
                throw new InvalidOperationException($"Answer {key} failed: {(int)response.StatusCode}");
            }
        }
    }

    public static async Task<(Guid Product, Guid Assessment)> SubmittedAsync(ApiFixture f, bool published = false)
    {
        var (product, assessment) = await DraftAsync(f, published: published);
        await AnswerAllAsync(f, assessment);
        var submit = await f.Client("vendor-a").PostJsonAsync($"/api/v1/assessments/{assessment}/submission", null);
        if ((int)submit.StatusCode != 200)
        {
            throw new InvalidOperationException($"Submit failed: {(int)submit.StatusCode}");
        }

        return (product, assessment);
    }

    public static JsonObject Answer(string outcome, string? explanation = null)
    {
        var body = new JsonObject { ["outcome"] = outcome };
        if (explanation is not null)
        {
            body["explanation"] = explanation;
        }

        return body;
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, string fileName, string contentType, byte[] content, string? title = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        return client.PostAsync(url, form, TestContext.Current.CancellationToken);
    }

    public static JsonObject EthicsBody(Guid? productId = null, Guid? deploymentId = null, string @case = "Inzet van spraakgestuurd rapporteren op de afdeling geriatrie.")
    {
        var body = new JsonObject
        {
            ["title"] = "Spraakgestuurd rapporteren",
            ["case"] = @case,
            ["actors"] = new JsonArray(new JsonObject { ["name"] = "Verpleegkundige", ["interest"] = "Minder tijd aan rapportage" }),
            ["effects"] = new JsonArray(
                new JsonObject { ["description"] = "Meer tijd voor de cliënt", ["direction"] = "positive", ["actor"] = "Verpleegkundige" },
                new JsonObject { ["description"] = "Gesprekken worden opgenomen", ["direction"] = "negative", ["actor"] = "Cliënt" }),
            ["values"] = new JsonArray(new JsonObject { ["value"] = "Privacy", ["description"] = "Opnames in de privésfeer" }),
            ["options"] = new JsonArray(
                new JsonObject { ["level"] = "technology", ["description"] = "Audio direct na transcriptie wissen" },
                new JsonObject { ["level"] = "environment", ["description"] = "Toestemming vragen bij opname" },
                new JsonObject { ["level"] = "user", ["description"] = "Training: wat wel en niet dicteren" }),
        };
        if (productId is not null)
        {
            body["productId"] = productId.ToString();
        }

        if (deploymentId is not null)
        {
            body["deploymentId"] = deploymentId.ToString();
        }

        return body;
    }
}
