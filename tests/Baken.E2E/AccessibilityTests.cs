using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Baken.E2E;

/// <summary>
/// axe-core reports no WCAG 2.1 A/AA violations on every public page type and every form, in
/// Dutch and English, including forms that show their errors.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var name in new[]
            {
                "home", "register", "register-invalid", "product", "product-report-errors", "organisation",
                "sign-in", "sign-in-errors", "forgot-password-errors", "reset-password-errors",
                "vendor-products", "vendor-reports", "vendor-new-errors", "vendor-edit", "vendor-evidence-errors", "review-send-back-errors", "tokens-errors", "account",
                "care-deployments-errors", "review", "product-as-reviewer-errors", "audit",
            })
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string name, string language)
    {
        var page = await app.NewPageAsync(language);
        await AppFixture.StepAsync(page, $"axe-{name}-{language}", async () =>
        {
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

    [Fact]
    public async Task Axe_InThisBrowserAndCsp_ReportsAViolationWhenThereIsOne()
    {
        // Guards the zero-violation results above: axe must run here and see a planted image without text.
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').appendChild(document.createElement('img'))");

        var result = await page.RunAxe();

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
    }

    private static async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "home":
                await page.GotoAsync("/");
                break;
            case "register":
                await page.GotoAsync("/register?search=a&sort=updated&page=2");
                break;
            case "register-invalid":
                await page.GotoAsync("/register?area=moon");
                break;
            case "product":
                await OpenFirstProductAsync(page);
                break;
            case "product-report-errors":
                await OpenFirstProductAsync(page);
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new("Melding versturen|Send report") }).ClickAsync();
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "organisation":
                await OpenFirstProductAsync(page);
                await page.ClickAsync("main a[href^='/organisations/']");
                await page.WaitForURLAsync("**/organisations/**");
                break;
            case "sign-in":
                await page.GotoAsync("/account/sign-in");
                break;
            case "sign-in-errors":
                await page.GotoAsync("/account/sign-in");
                await page.ClickAsync("main button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "forgot-password-errors":
                await page.GotoAsync("/account/forgot-password");
                await page.FillAsync("#Email", "geen-adres");
                await page.ClickAsync("main button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "reset-password-errors":
                await page.GotoAsync("/account/reset-password?email=x%40example.org&token=abc");
                await page.ClickAsync("main button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "vendor-products":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/manage/products");
                break;
            case "vendor-reports":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/manage/reports");
                break;
            case "vendor-new-errors":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/manage/products/new");
                await page.FillAsync("[name='Form.Slug']", "Geen Slug");
                await page.ClickAsync("form[action*='handler=save'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "vendor-edit":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/manage/products");
                await page.ClickAsync("main table a");
                await page.WaitForSelectorAsync("form[action*='handler=save']");
                break;
            case "vendor-evidence-errors":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/manage/products");
                await page.ClickAsync("main table a");
                await page.ClickAsync("form[action*='handler=evidence'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "review-send-back-errors":
                await AppFixture.SignInAsync(page, "reviewer@demo.baken.local");
                await page.GotoAsync("/review");
                await page.ClickAsync("form[action*='handler=return'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "tokens-errors":
                await AppFixture.SignInAsync(page, "vendor@demo.baken.local");
                await page.GotoAsync("/account/tokens");
                await page.ClickAsync("form[action*='handler=create'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "account":
                await AppFixture.SignInAsync(page, "care@demo.baken.local");
                await page.GotoAsync("/account");
                break;
            case "care-deployments-errors":
                await AppFixture.SignInAsync(page, "care@demo.baken.local");
                await page.GotoAsync("/manage/deployments");
                await page.FillAsync("#Product", "bestaat-niet");
                await page.ClickAsync("form[action*='handler=create'] button[type=submit]");
                await page.WaitForSelectorAsync(".error-summary");
                break;
            case "review":
                await AppFixture.SignInAsync(page, "reviewer@demo.baken.local");
                await page.GotoAsync("/review");
                break;
            case "product-as-reviewer-errors":
                await AppFixture.SignInAsync(page, "reviewer@demo.baken.local");
                await OpenFirstProductAsync(page);
                await page.ClickAsync("form[action*='handler=verify'] button[type=submit]");
                await page.WaitForSelectorAsync("#Groups-error");
                break;
            case "audit":
                await AppFixture.SignInAsync(page, "programme@demo.baken.local");
                await page.GotoAsync("/audit");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown page");
        }
    }

    private static async Task OpenFirstProductAsync(IPage page)
    {
        await page.GotoAsync("/register");
        await page.ClickAsync(".results h3 a");
        await page.WaitForURLAsync("**/products/**");
    }
}
