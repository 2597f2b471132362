using Microsoft.Playwright;

namespace Baken.E2E;

/// <summary>The main journeys in a real browser, from search to a published product in use.</summary>
[Collection(AppCollection.Name)]
public sealed class JourneyTests(AppFixture app)
{
    [Fact]
    public async Task Visitor_SearchesFiltersOpensProductAndSwitchesLanguage()
    {
        var page = await app.NewPageAsync();
        await AppFixture.StepAsync(page, "search-and-filter", async () =>
        {
            await page.GotoAsync("/");
            await page.FillAsync("#home-search", "ct");
            await page.ClickAsync("main form[role=search] button[type=submit]");
            await page.WaitForURLAsync("**/register?search=ct");
            await page.SelectOptionAsync("#f-area", "diagnostics");
            await page.ClickAsync(".filters button[type=submit]");
            await page.WaitForURLAsync(url => url.Contains("area=diagnostics", StringComparison.Ordinal));
            Assert.Contains("area=diagnostics", page.Url, StringComparison.Ordinal);
            Assert.True(await page.Locator(".results li").CountAsync() > 0, "no results for 'ct' in diagnostics");
        });

        await AppFixture.StepAsync(page, "open-product", async () =>
        {
            var first = page.Locator(".results h3 a").First;
            var name = await first.InnerTextAsync();
            await first.ClickAsync();
            await page.WaitForURLAsync("**/products/**");
            Assert.Equal(name, await page.InnerTextAsync("h1"));
            Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        });

        await AppFixture.StepAsync(page, "switch-language", async () =>
        {
            var url = page.Url;
            await page.ClickAsync("a[hreflang=en]");
            await page.WaitForURLAsync(url);
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("In brief", await page.InnerTextAsync("#summary-title"));
            await page.ClickAsync("a[hreflang=nl]");
            await page.WaitForURLAsync(url);
            Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        });
    }

    [Fact]
    public async Task RegisterFilters_WithJavaScript_UpdateResultsAndUrlWithoutReload()
    {
        var page = await app.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };
        await AppFixture.StepAsync(page, "htmx-filter", async () =>
        {
            await page.GotoAsync("/register");
            await page.WaitForFunctionAsync("() => window.htmx !== undefined");
            await page.EvaluateAsync("() => window.__sameDocument = true");
            var before = await page.InnerTextAsync("#results-title");

            await page.SelectOptionAsync("#f-area", "diagnostics");
            await page.WaitForFunctionAsync("before => document.querySelector('#results-title').innerText !== before", before);

            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
            Assert.Contains("area=diagnostics", page.Url, StringComparison.Ordinal);
            Assert.Equal(await page.InnerTextAsync("#results-title"), await page.TextContentAsync("#results-status"));
            Assert.Empty(blocked);
        });
    }

    // The elements that stick out beyond 320 px, to name them when the test fails.
    private const string Widest = "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).concat([...document.querySelectorAll('*')].filter(e => e.scrollWidth > 330 && e.scrollWidth > e.clientWidth + 5).map(e => 'overflowing ' + e.tagName + '.' + e.className + ' ' + e.scrollWidth)).slice(0, 12)";

    [Theory]
    [InlineData("/")]
    [InlineData("/register?search=ct")]
    [InlineData("/account/sign-in")]
    public async Task Page_At320PixelsWide_NeedsNoSidewaysScrolling(string url)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await AppFixture.StepAsync(page, "narrow-" + url, async () =>
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var wide = await page.EvaluateAsync<string[]>(Widest);
            Assert.True(width <= 320, $"{url} is {width} px wide at a 320 px viewport: {string.Join(", ", wide)}");
        });
    }

    [Fact]
    public async Task ProductPage_At320PixelsWide_NeedsNoSidewaysScrolling()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await AppFixture.StepAsync(page, "narrow-product", async () =>
        {
            await page.GotoAsync("/register");
            await page.ClickAsync(".results h3 a");
            await page.WaitForURLAsync(url => url.Contains("/products/", StringComparison.Ordinal));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var wide = await page.EvaluateAsync<string[]>(Widest);
            Assert.True(width <= 320, $"{page.Url} is {width} px wide at a 320 px viewport: {string.Join(", ", wide)}");
        });
    }

    [Fact]
    public async Task Vendor_Reviewer_CareOrganisation_Visitor_TakeAProductFromDraftToUse()
    {
        var slug = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var vendor = await app.NewPageAsync();
        await AppFixture.StepAsync(vendor, "vendor-creates-and-submits", async () =>
        {
            await AppFixture.SignInAsync(vendor, "vendor@demo.baken.local");
            await vendor.GotoAsync("/manage/products/new");
            await vendor.FillAsync("[name='Form.Name']", "E2E Hartritme " + slug);
            await vendor.FillAsync("[name='Form.Slug']", slug);
            await vendor.FillAsync("[name='Form.ShortDescription']", "Leest een hartfilmpje en waarschuwt bij een onregelmatig ritme.");
            await vendor.SelectOptionAsync("[name='Form.ApplicationArea']", "diagnostics");
            await vendor.CheckAsync("[id='Form.Sectors-hospital']");
            await vendor.SelectOptionAsync("[name='Form.AiKind']", "classic");
            await vendor.SelectOptionAsync("[name='Form.Task']", "classification");
            await vendor.SelectOptionAsync("[name='Form.Phase']", "implementation");
            await vendor.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
            await vendor.WaitForURLAsync(url => url.Contains("done=created", StringComparison.Ordinal));
            await vendor.GetByRole(AriaRole.Button, new() { Name = "Versturen ter beoordeling" }).ClickAsync();
            await vendor.WaitForURLAsync(url => url.Contains("done=submitted", StringComparison.Ordinal));
            Assert.Contains("In beoordeling", await vendor.InnerTextAsync("main"), StringComparison.Ordinal);
        });

        var reviewer = await app.NewPageAsync();
        await AppFixture.StepAsync(reviewer, "reviewer-publishes", async () =>
        {
            await AppFixture.SignInAsync(reviewer, "reviewer@demo.baken.local");
            await reviewer.GotoAsync("/review");
            await reviewer.Locator("section", new() { HasText = slug }).GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
            await reviewer.WaitForURLAsync(url => url.Contains("done=published", StringComparison.Ordinal));
        });

        var visitor = await app.NewPageAsync();
        await AppFixture.StepAsync(visitor, "appears-publicly", async () =>
        {
            await visitor.GotoAsync("/register?search=" + slug);
            await visitor.ClickAsync($"a[href='/products/{slug}']");
            await visitor.WaitForURLAsync($"**/products/{slug}");
        });

        var care = await app.NewPageAsync();
        await AppFixture.StepAsync(care, "care-registers-deployment", async () =>
        {
            await AppFixture.SignInAsync(care, "care@demo.baken.local");
            await care.GotoAsync($"/products/{slug}");
            await care.ClickAsync($"a[href='/manage/deployments?product={slug}']");
            await care.FillAsync("#Since", "2025-09-01");
            await care.GetByRole(AriaRole.Button, new() { Name = "Gebruik melden" }).ClickAsync();
            await care.WaitForURLAsync(url => url.Contains("done=created", StringComparison.Ordinal));
            await visitor.ReloadAsync();
            Assert.Contains("1 september 2025", await visitor.InnerTextAsync("#deployments-title + *"), StringComparison.Ordinal);
        });

        await AppFixture.StepAsync(visitor, "error-report-filed", async () =>
        {
            await visitor.FillAsync("#Message", "De fase klopt niet meer.");
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
            await visitor.WaitForURLAsync(url => url.Contains("reported=true", StringComparison.Ordinal));
            Assert.Contains("Uw melding is doorgestuurd", await visitor.InnerTextAsync("#report ~ .notice, .notice"), StringComparison.Ordinal);
            await vendor.GotoAsync($"/products/{slug}");
            Assert.Contains("De fase klopt niet meer.", await vendor.InnerTextAsync("main"), StringComparison.Ordinal);
        });
    }
}
