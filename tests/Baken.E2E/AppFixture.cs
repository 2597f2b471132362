using Baken.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Baken.E2E;

/// <summary>
/// The real app on Kestrel on a loopback port, with a temporary SQLite file and the demo data,
/// and Debian's Chromium driven by Playwright (headless; never a browser download).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA1816", Justification = "Fixture lifetime is owned by xunit.")]
public sealed class AppFixture : IAsyncLifetime
{
    /// <summary>The demo accounts' shared password (DemoAccounts).</summary>
    public const string Password = "Demo-Baken-2026!";

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private IPlaywright _playwright = null!;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:43123.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The shared browser; each test opens its own context.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of failed steps go here.</summary>
    public static string ArtifactsDirectory => Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var chromium = Environment.GetEnvironmentVariable("BAKEN_E2E_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is missing at {chromium}; install it with: sudo apt-get install -y chromium");
        }

        _database = await TestDatabase.CreateAsync("sqlite");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            foreach (var (key, value) in _database.Settings())
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Baken:Demo", "true");
            b.UseSetting("Baken:Demo:Products", "120");
            b.UseSetting("Baken:Demo:Organisations", "40");
            b.UseSetting("Baken:Demo:Deployments", "150");
            b.UseSetting("Baken:Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "baken-e2e-mail"));
        });
        // A free loopback port, so parallel test runs (and other hosts) never collide.
        _factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    /// <summary>A fresh page (own cookies) in Dutch, or in English after the language switch.</summary>
    public async Task<IPage> NewPageAsync(string language = "nl")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        // Generous: in scripts/test.sh the browser tests share 2 cores with every other test project,
        // and a step that fills a whole checklist can then take longer than half a minute.
        page.SetDefaultTimeout(90_000);
        if (language == "en")
        {
            await page.GotoAsync("/language?culture=en&returnUrl=%2F");
        }

        return page;
    }

    /// <summary>Signs in as a demo account.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("main button[type=submit]");
        // Wait for the signed-in page itself (its sign-out form), not for load events: the redirect
        // after the post may finish before a load-state wait starts, and that wait then hung.
        await page.Locator("form[action='/account/sign-out']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.DoesNotContain("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Runs a step; on failure keeps a full-page screenshot named after it, then rethrows.</summary>
    public static async Task StepAsync(IPage page, string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch
        {
            var file = Path.Combine(ArtifactsDirectory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>One app and one browser for all browser tests, which then run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "app";
}
