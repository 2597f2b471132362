using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Baken.E2E;

/// <summary>
/// The self-assessment and ethics forms in Chromium: a phase filled with the keyboard alone, and
/// axe-core without violations on the overview, a phase form (also showing errors), the ethics
/// form and the product's published summary, in Dutch and English. The demo vendor's first
/// product is used; the helpers bring it into the state a test needs, whatever ran before.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AssessmentFormTests(AppFixture app)
{
    private const string Vendor = "vendor@demo.baken.local";

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in new[] { "overview", "phase", "phase-errors", "statement", "ethics-form", "ethics-form-errors", "product-summary" })
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    [Fact]
    public async Task Keyboard_FillsAPhase_AndSavesIt()
    {
        var page = await app.NewPageAsync();
        await AppFixture.StepAsync(page, "assessment-keyboard", async () =>
        {
            await AppFixture.SignInAsync(page, Vendor);
            var overview = await DraftAsync(page);
            await page.GotoAsync(overview + "/phases/2");

            // From the back link onwards with Tab only: each radio group is one tab stop, arrows choose within it.
            await page.FocusAsync("main p a");
            await ChooseAsync(page, 0, "met");
            await ChooseAsync(page, 1, "not-met");
            await TabToAsync(page, "a-1-explanation");
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("Koppeling met het ECD volgt later.");
            await ChooseAsync(page, 2, "not-applicable");
            await TabToAsync(page, "save-answers");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("saved="));

            Assert.True(await page.IsCheckedAsync("#a-0-outcome-met"));
            Assert.True(await page.IsCheckedAsync("#a-1-outcome-not-met"));
            Assert.True(await page.IsCheckedAsync("#a-2-outcome-not-applicable"));
            Assert.Equal("Koppeling met het ECD volgt later.", await page.InputValueAsync("#a-1-explanation"));
        });
    }

    [Theory]
    [InlineData("phase")]
    [InlineData("statement")]
    [InlineData("ethics-form")]
    public async Task Form_At320Pixels_NeedsNoSidewaysScrolling(string name)
    {
        var page = await app.NewPageAsync();
        await AppFixture.StepAsync(page, $"assessment-320-{name}", async () =>
        {
            await page.SetViewportSizeAsync(320, 640);
            await AppFixture.SignInAsync(page, Vendor);
            await OpenAsync(page, name);

            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

            Assert.True(width <= 320, $"{page.Url} is {width}px wide at a 320px viewport.");
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string name, string language)
    {
        var page = await app.NewPageAsync(language);
        await AppFixture.StepAsync(page, $"axe-assessment-{name}-{language}", async () =>
        {
            await AppFixture.SignInAsync(page, Vendor);
            await OpenAsync(page, name);
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
            Assert.True(result.Violations.Length == 0, $"{page.Url}: " + string.Join("\n", problems));
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        });
    }

    private static async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "overview":
                await page.GotoAsync(await DraftAsync(page));
                break;
            case "phase":
                await page.GotoAsync(await DraftAsync(page) + "/phases/1");
                break;
            case "phase-errors":
                await page.GotoAsync(await DraftAsync(page) + "/phases/3");
                await page.CheckAsync("#a-0-outcome-not-met");
                await page.FillAsync("#a-0-explanation", "");
                await page.ClickAsync("#save-answers");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "statement":
                await page.GotoAsync(await DraftAsync(page) + "/statements/1.1");
                await page.ClickAsync("form[action*='handler=file'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "ethics-form":
                await page.GotoAsync($"/ethics/edit?product={await ProductIdAsync(page)}");
                break;
            case "ethics-form-errors":
                await page.GotoAsync($"/ethics/edit?product={await ProductIdAsync(page)}");
                await page.SelectOptionAsync("#effects-0-direction", "positive");
                await page.FillAsync("#effects-0-description", "Sneller inzicht");
                await page.FillAsync("#actors-1-interest", "Zonder naam");
                await page.ClickAsync("main form button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "product-summary":
                var slug = await SubmittedAsync(page);
                await page.GotoAsync($"/products/{slug}#assessment-title");
                await page.WaitForSelectorAsync("#assessment-title + h3");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown page");
        }
    }

    private static async Task TabToAsync(IPage page, string idPrefix)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''")).StartsWith(idPrefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"#{idPrefix}… cannot be reached with Tab.");
    }

    /// <summary>Tabs to statement <paramref name="index"/>'s radio group and moves with the arrow keys until <paramref name="value"/> is chosen.</summary>
    private static async Task ChooseAsync(IPage page, int index, string value)
    {
        await TabToAsync(page, $"a-{index}-outcome-");
        for (var i = 0; i < 4 && !await page.IsCheckedAsync($"#a-{index}-outcome-{value}"); i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(await page.IsCheckedAsync($"#a-{index}-outcome-{value}"), $"Could not choose {value} for statement {index} with the arrow keys.");
    }

    /// <summary>The demo vendor's first product, with a version to assess.</summary>
    private static async Task<string> ProductIdAsync(IPage page)
    {
        await page.GotoAsync("/manage/products");
        await page.ClickAsync("main table a");
        await page.WaitForSelectorAsync("form[action*='handler=save']");
        var id = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        await page.GotoAsync($"/assessments?product={id}");
        if (await page.Locator("#ProductVersionId option").CountAsync() == 0)
        {
            await page.GotoAsync($"/manage/products/{id}");
            await page.FillAsync("#VersionLabel", "1.0");
            await page.ClickAsync("form[action*='handler=version'] button[type=submit]");
            await page.WaitForURLAsync(new Regex("done=version"));
        }

        return id;
    }

    /// <summary>Opens the latest AZWA round of the product (starting one when there is none); null when there is none yet.</summary>
    private static async Task<bool> OpenLatestRoundAsync(IPage page, string product)
    {
        await page.GotoAsync($"/assessments?product={product}");
        var rounds = page.Locator("main ul a[href^='/assessments/']");
        if (await rounds.CountAsync() == 0)
        {
            await page.CheckAsync("input[value='azwa-national-criteria 1.0']");
            await page.ClickAsync("main form button[type=submit]");
        }
        else
        {
            await rounds.First.ClickAsync();
        }

        await page.WaitForURLAsync(new Regex("/assessments/[0-9a-f-]{36}"));
        return await page.Locator("form[action*='handler=copy']").CountAsync() > 0;
    }

    /// <summary>Opens a draft round of the product: the latest, or a new one copied from it when that was submitted.</summary>
    private static async Task<string> DraftAsync(IPage page)
    {
        var product = await ProductIdAsync(page);
        if (await OpenLatestRoundAsync(page, product))
        {
            await page.ClickAsync("form[action*='handler=copy'] button[type=submit]");
            await page.WaitForURLAsync(new Regex("done=copied"));
        }

        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Makes sure the latest round is submitted (answering and submitting the draft if needed); returns the product's slug.</summary>
    private static async Task<string> SubmittedAsync(IPage page)
    {
        var product = await ProductIdAsync(page);
        await page.GotoAsync($"/manage/products/{product}");
        var slug = await page.InputValueAsync("[id='Form.Slug']");
        if (await OpenLatestRoundAsync(page, product))
        {
            return slug;
        }

        var overview = new Uri(page.Url).AbsolutePath;
        for (var phase = 1; phase <= 4; phase++)
        {
            await page.GotoAsync($"{overview}/phases/{phase}");
            var count = await page.Locator("fieldset[id$='-outcome']").CountAsync();
            for (var i = 0; i < count; i++)
            {
                var notMet = phase == 2 && i == 0;
                await page.CheckAsync($"#a-{i}-outcome-{(notMet ? "not-met" : "met")}");
                if (notMet)
                {
                    await page.FillAsync("#a-0-explanation", "De koppeling met het ECD volgt in de volgende versie.");
                }
            }

            await page.ClickAsync("#save-answers");
            await page.WaitForURLAsync(new Regex("saved="));
        }

        await page.GotoAsync(overview);
        await page.ClickAsync("form[action*='handler=submit'] button[type=submit]");
        await page.WaitForURLAsync(new Regex("done=submitted"));
        return slug;
    }
}
