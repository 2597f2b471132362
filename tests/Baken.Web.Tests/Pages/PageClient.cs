using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Baken.Web.Tests.Pages;

/// <summary>A browser-like client: cookies, antiforgery tokens read from the form, no redirects followed.</summary>
internal static partial class PageClient
{
    public static HttpClient Anonymous(ApiFixture fixture) =>
        fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(ApiFixture fixture, string user)
    {
        var client = Anonymous(fixture);
        var response = await PostFormAsync(client, "/account/sign-in", new() { ["Email"] = $"{user}@test.local", ["Password"] = "Test-password-2026!" });
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Sign-in failed with {(int)response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, bool withAntiforgery = true)
    {
        var form = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        if (withAntiforgery)
        {
            fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
