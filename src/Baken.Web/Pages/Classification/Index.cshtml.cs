using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Classification;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Classification;

/// <summary>
/// The classification wizard: one question per step, only the questions the chain needs. The
/// answers so far travel in the query (and as hidden fields in the forms), so no session is needed
/// and a half-finished classification can be bookmarked. The interpreter decides which fact is
/// needed next; this page only asks it. A vendor editor may save the outcome to a product version.
/// </summary>
public sealed class IndexModel(BakenDbContext db, Actor actor, TimeProvider clock, ClassificationRules rules, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The answer value for "none of these" where no value is itself an answer (annexIIIUse).</summary>
    public const string None = "none";

    /// <summary>The rule set the wizard asks from.</summary>
    public RuleSet Rules => rules.Current;

    /// <summary>The answers so far, by fact name, in the order they were asked.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Answers { get; private set; } = [];

    /// <summary>The next question; null when the outcome is known.</summary>
    public RuleSetStep? Question { get; private set; }

    /// <summary>The steps answered so far, up to the current question.</summary>
    public IReadOnlyList<TrailStep> Trail { get; private set; } = [];

    /// <summary>The outcome, once every needed question has an answer.</summary>
    public ClassificationOutcome? Outcome { get; private set; }

    /// <summary>The chosen answer to the current question.</summary>
    [BindProperty] public string? Answer { get; set; }

    /// <summary>The product version to save to, as "productId/versionId".</summary>
    [BindProperty] public string? Version { get; set; }

    /// <summary>Whether the viewer can save an outcome (a vendor editor).</summary>
    public bool CanSave => actor.MayWrite && actor.Is(Roles.VendorEditor);

    /// <summary>The versions of the viewer's organisation's products, for saving.</summary>
    public IReadOnlyList<(string Value, string Label)> Versions { get; private set; } = [];

    /// <summary>The answers as query parameters, for links and redirects.</summary>
    public string Query(IEnumerable<KeyValuePair<string, string>>? answers = null) =>
        QueryString.Create((answers ?? Answers).Select(a => new KeyValuePair<string, string?>(a.Key, a.Value))).ToString();

    /// <summary>Shows the next question, or the outcome with its trail.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Walk(Request.Query.Select(q => (q.Key, (string?)q.Value.ToString())));
        await LoadVersionsAsync(ct);
        return Page();
    }

    /// <summary>Records the answer to the current question and goes on; without an answer the question returns with an error.</summary>
    public async Task<IActionResult> OnPostNextAsync(CancellationToken ct)
    {
        Walk(Posted());
        if (Question is not { Fact: { } fact } question)
        {
            return Redirect("/classification" + Query());
        }

        if (Answer is null || !(question.Answers.Contains(Answer, StringComparer.Ordinal) || (question.NoneIsAnswer && Answer == None)))
        {
            ModelState.AddModelError(nameof(Answer), t["Kies een antwoord."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadVersionsAsync(ct);
            return Page();
        }

        return Redirect("/classification" + Query([.. Answers, new(fact, Answer)]));
    }

    /// <summary>Goes back one question: the last answer is taken away.</summary>
    public IActionResult OnPostBack()
    {
        Walk(Posted());
        return Redirect("/classification" + Query(Answers.Take(Math.Max(0, Answers.Count - 1))));
    }

    /// <summary>Saves the outcome to a version of one of the viewer's products, through the use case (which checks the rights and audits).</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!actor.IsAuthenticated)
        {
            return Challenge();
        }

        if (!CanSave)
        {
            return Forbid();
        }

        Walk(Posted());
        if (Outcome is null)
        {
            return Redirect("/classification" + Query());
        }

        var parts = (Version ?? "").Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var productId) || !Guid.TryParse(parts[1], out var versionId))
        {
            return await InvalidAsync(t["Kies een versie van een product."], ct);
        }

        var saved = await SaveClassification.HandleAsync(db, actor, clock, rules, productId, versionId, Facts(Answers), ct);
        if (!saved.IsSuccess)
        {
            return saved.Error.Kind switch
            {
                ErrorKind.Forbidden => Forbid(),
                ErrorKind.NotFound => await InvalidAsync(t["Kies een versie van een product."], ct),
                _ => await InvalidAsync(saved.Error.Detail, ct),
            };
        }

        var slug = await db.Products.Where(p => p.Id == productId).Select(p => p.Slug).FirstAsync(ct);
        return Redirect($"/products/{slug}#classification");
    }

    private async Task<IActionResult> InvalidAsync(string message, CancellationToken ct)
    {
        ModelState.AddModelError(nameof(Version), message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadVersionsAsync(ct);
        return Page();
    }

    private IEnumerable<(string, string?)> Posted() => Request.Form.Select(f => (f.Key, (string?)f.Value.ToString()));

    /// <summary>
    /// Runs the answers through the rules and picks the next question: the first (in the chain's
    /// order) whose fact the interpreter reports as missing, or whose step it passed with "none" as
    /// the answer (a fact where no value is itself an answer is never reported missing).
    /// </summary>
    private void Walk(IEnumerable<(string Name, string? Value)> input)
    {
        var given = input.Where(i => i.Value is not null).GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value!, StringComparer.Ordinal);
        var answers = new List<KeyValuePair<string, string>>();
        foreach (var step in Rules.Questions)
        {
            // Unknown or tampered values are dropped; the wizard then simply asks that question again.
            if (step.Fact is { } fact && given.TryGetValue(fact, out var value)
                && (step.Answers.Contains(value, StringComparer.Ordinal) || (step.NoneIsAnswer && value == None)))
            {
                answers.Add(new(fact, value));
            }
        }

        var progress = Classifier.Explore(Rules, Facts(answers));
        if (progress.Error is { } error)
        {
            // Only reachable with edited addresses: the wizard never offers contradicting answers.
            PageErrors.AddTo(ModelState, error, t, _ => "");
            Answers = answers;
            return;
        }

        var answered = answers.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var passed = progress.Trail.Select(s => s.Step).ToHashSet(StringComparer.Ordinal);
        Question = Rules.Questions.FirstOrDefault(q => q.Fact is { } f && !answered.Contains(f)
            && (progress.MissingFacts.Contains(f, StringComparer.Ordinal) || passed.Contains(q.Urn)));

        var order = Rules.Questions.Select(q => q.Urn).ToList();
        var stop = Question is null ? int.MaxValue : order.IndexOf(Question.Urn);
        Answers = answers;
        Trail = [.. progress.Trail.Where(s => order.IndexOf(s.Step) < stop)];
        Outcome = Question is null ? progress.Outcome : null;
    }

    /// <summary>The answers as the facts object of the API ("none" becomes null).</summary>
    private static ClassificationFacts Facts(IEnumerable<KeyValuePair<string, string>> answers)
    {
        var json = new JsonObject();
        foreach (var (fact, value) in answers)
        {
            json[fact] = value switch
            {
                "true" => true,
                "false" => false,
                None => null,
                _ => value,
            };
        }

        return json.Deserialize<ClassificationFacts>(JsonSerializerOptions.Web)!;
    }

    private async Task LoadVersionsAsync(CancellationToken ct)
    {
        if (Outcome is null || !CanSave)
        {
            return;
        }

        var products = await db.Products.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.MakerId == actor.OrganisationId && p.Status != ProductStatus.Withdrawn).ToListAsync(ct);
        Versions = [.. products.OrderBy(p => p.Content.Name, StringComparer.CurrentCultureIgnoreCase)
            .SelectMany(p => p.Versions.OrderByDescending(v => v.CreatedAt).Select(v => ($"{p.Id}/{v.Id}", $"{p.Content.Name} – {v.Label}")))];
    }
}
