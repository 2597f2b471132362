using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Baken.E2E;

/// <summary>
/// The classification wizard in Chromium: walked with the keyboard, with axe-core on every step
/// (including one showing an error) and on the outcome, in Dutch and English; then saved by a maker.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ClassificationWizardTests(AppFixture app)
{
    private static readonly Dictionary<string, string> MdrIIb = new()
    {
        ["medicalPurpose"] = "true",
        ["regime"] = "MDR",
        ["informsClinicalDecisions"] = "true",
        ["worstCaseImpact"] = "serious-deterioration-or-surgery",
        ["monitorsPhysiologicalProcesses"] = "false",
        ["inHouse"] = "false",
        ["interactsWithPeople"] = "true",
        ["generatesContent"] = "false",
    };

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Wizard_WalkedWithTheKeyboard_HasNoAxeViolationsOnAnyStepOrTheOutcome(string language)
    {
        var page = await app.NewPageAsync(language);
        await AppFixture.StepAsync(page, $"wizard-{language}", async () =>
        {
            await page.GotoAsync("/classification");
            await AssertAccessibleAsync(page, language);

            // Next without an answer: the error summary takes the focus and links to the first answer.
            await page.ClickAsync("form[action*='handler=next'] button[type=submit]");
            await page.WaitForSelectorAsync(".error-summary");
            Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await AssertAccessibleAsync(page, language);
            await page.ClickAsync(".error-summary a[href='#Answer']");
            Assert.Equal("Answer", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            var asked = 0;
            while (await page.QuerySelectorAsync("input[name=question]") is { } question)
            {
                var fact = await question.GetAttributeAsync("value");
                await page.FocusAsync($"input[name=Answer][value='{MdrIIb[fact!]}']");
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("Tab");
                Assert.Equal("BUTTON", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
                var before = page.Url;
                await page.Keyboard.PressAsync("Enter");
                await page.WaitForURLAsync(url => url != before);
                await AssertAccessibleAsync(page, language);
                Assert.True(++asked < 20, "The wizard keeps asking.");
            }

            Assert.Equal(MdrIIb.Count, asked);
            var main = await page.InnerTextAsync("main");
            Assert.Contains(language == "nl" ? "Klasse IIb" : "Class IIb", main, StringComparison.Ordinal);
            Assert.Contains(language == "nl" ? "Via artikel 6, lid 1" : "Through Article 6(1)", main, StringComparison.Ordinal);
            Assert.Contains("Art. 50(1)", main, StringComparison.Ordinal);

            // Back returns to the last question with its trail.
            await page.ClickAsync("form[action*='handler=back'] button[type=submit]");
            await page.WaitForSelectorAsync("input[name=question][value=generatesContent]", new() { State = WaitForSelectorState.Attached });
            await AssertAccessibleAsync(page, language);
        });
    }

    [Fact]
    public async Task Vendor_SavesTheOutcomeToAVersion_AndTheProductPageShowsIt()
    {
        var page = await app.NewPageAsync();
        await AppFixture.StepAsync(page, "wizard-save", async () =>
        {
            await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
            var query = string.Join("&", MdrIIb.Select(a => $"{a.Key}={a.Value}"));
            await page.GotoAsync("/classification?" + query);

            // Saving without a choice shows the error; then a version is chosen with the keyboard.
            await page.ClickAsync("form[action*='handler=save'] button[type=submit]");
            await page.WaitForSelectorAsync(".error-summary a[href='#Version']");
            await AssertAccessibleAsync(page, "nl");
            await page.SelectOptionAsync("#Version", new SelectOptionValue { Index = 1 });
            await page.ClickAsync("form[action*='handler=save'] button[type=submit]");
            await page.WaitForURLAsync("**/products/**");

            var section = await page.InnerTextAsync("section.classification");
            Assert.Contains("Klasse IIb", section, StringComparison.Ordinal);
            Assert.Contains("1.0.0", section, StringComparison.Ordinal);
            await AssertAccessibleAsync(page, "nl");

            await page.ClickAsync("section.classification a[href^='/classification/saved/']");
            await page.WaitForURLAsync("**/classification/saved/**");
            Assert.Contains("Klasse IIb.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            await AssertAccessibleAsync(page, "nl");
        });
    }

    [Theory]
    [InlineData("/classification?medicalPurpose=true")]
    [InlineData("/classification?medicalPurpose=true&regime=MDR&informsClinicalDecisions=true&worstCaseImpact=serious-deterioration-or-surgery&monitorsPhysiologicalProcesses=false&inHouse=false&interactsWithPeople=true&generatesContent=false")]
    public async Task Wizard_At320PixelsWide_NeedsNoSidewaysScrolling(string url)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await AppFixture.StepAsync(page, "wizard-narrow", async () =>
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 320, $"{url} is {width} px wide at a 320 px viewport");
        });
    }

    private static async Task AssertAccessibleAsync(IPage page, string language)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"{page.Url}: " + string.Join("\n", problems));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
    }
}
