using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Baken.Web.Tests.Pages;

/// <summary>The API fixture with the password-reset mails written to a folder of its own.</summary>
public sealed partial class PagesFixture : ApiFixture
{
    /// <summary>Where the host writes mails (.eml) in these tests.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "baken-mail-" + Guid.NewGuid().ToString("N"));

    protected override WebApplicationFactory<Program> Configure(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(b => b.UseSetting("Baken:Mail:PickupDirectory", MailFolder));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    /// <summary>Posts a form to <paramref name="url"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage, TestContext.Current.CancellationToken);
        fields["__RequestVerificationToken"] = Antiforgery().Match(page).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The body of a response as text.</summary>
    public static Task<string> HtmlAsync(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
