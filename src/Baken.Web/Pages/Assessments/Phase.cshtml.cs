using Baken.Core.Assessment;
using Baken.Core.Assessment.Content;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register.Products;
using Baken.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Assessments;

/// <summary>
/// The form of one phase: every statement with its answer and explanation. Saving sends each
/// answered statement through SaveAnswer with the revision the editor saw, so a second editor's
/// change is never overwritten silently: it comes back as a conflict showing their answer.
/// </summary>
[Authorize]
public sealed class PhaseModel(BakenDbContext db, ChecklistRegistry checklists, Actor actor, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>One statement's fields as posted.</summary>
    public sealed class AnswerInput
    {
        /// <summary>The statement key, e.g. "3.2b".</summary>
        public string? Key { get; set; }

        /// <summary>"met", "not-met" or "not-applicable"; empty when not answered yet.</summary>
        public string? Outcome { get; set; }

        /// <summary>The explanation (required when not met).</summary>
        public string? Explanation { get; set; }

        /// <summary>The revision of the answer the editor saw; empty when there was none.</summary>
        public int? Revision { get; set; }
    }

    /// <summary>The answers as posted, one per statement of the phase.</summary>
    [BindProperty] public List<AnswerInput> Answers { get; set; } = [];

    /// <summary>The assessment.</summary>
    public AssessmentView View { get; private set; } = null!;

    /// <summary>The checklist it answers.</summary>
    public Checklist Checklist { get; private set; } = null!;

    /// <summary>The product it belongs to.</summary>
    public Product Product { get; private set; } = null!;

    /// <summary>The phase shown.</summary>
    public ChecklistPhase CurrentPhase { get; private set; } = null!;

    /// <summary>The phase's statements in checklist order, each with its item of the view.</summary>
    public IReadOnlyList<(ChecklistStatement Statement, AssessmentItem Item)> Statements { get; private set; } = [];

    /// <summary>Whether the viewer may change answers here.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Statements whose save failed, by key: what the editor typed, to show again.</summary>
    public Dictionary<string, AnswerInput> Kept { get; } = new(StringComparer.Ordinal);

    /// <summary>Statements another editor changed meanwhile, by key: their answer.</summary>
    public Dictionary<string, AnswerView> Conflicts { get; } = new(StringComparer.Ordinal);

    /// <summary>How many answers the last save changed (post-redirect-get).</summary>
    [BindProperty(SupportsGet = true)] public int? Saved { get; set; }

    /// <summary>Shows the phase's form (or the answers, read-only).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, int phase, CancellationToken ct) =>
        await LoadAsync(id, phase, ct) ? Page() : NotFound();

    /// <summary>Saves every answered statement; statements left open stay open.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, int phase, CancellationToken ct)
    {
        if (!await LoadAsync(id, phase, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            if (View.Status != AssessmentStatus.Submitted)
            {
                return Forbid();
            }

            ModelState.AddModelError("", t["Deze zelfevaluatie is ingediend en vergrendeld. Uw antwoorden zijn niet opgeslagen."]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var inPhase = Statements.Select(s => s.Statement.Key).ToHashSet(StringComparer.Ordinal);
        int changed = 0, invalid = 0;
        var conflicted = new List<string>();
        foreach (var input in Answers.Where(a => a.Key is not null && inPhase.Contains(a.Key)))
        {
            var index = IndexOf(input.Key!);
            var outcome = AssessmentText.Parse(input.Outcome);
            if (outcome is null)
            {
                if (!string.IsNullOrWhiteSpace(input.Outcome) || !string.IsNullOrWhiteSpace(input.Explanation))
                {
                    ModelState.AddModelError($"a-{index}-outcome", string.Format(System.Globalization.CultureInfo.CurrentCulture, t["Kies bij {0} voldaan, niet voldaan of niet van toepassing."], Number(input.Key!)));
                    Kept[input.Key!] = input;
                    invalid++;
                }

                continue;
            }

            // Each save stands alone: one statement's error must not keep the others from being stored.
            db.ChangeTracker.Clear();
            var result = await SaveAnswer.HandleAsync(db, checklists, actor, clock, id, input.Key!,
                new SaveAnswer.Request(outcome.Value, input.Explanation), input.Revision is > 0 ? input.Revision : null, ct);
            if (result.IsSuccess)
            {
                changed += result.Value.Change == AnswerChange.Unchanged ? 0 : 1;
                continue;
            }

            var error = result.Error;
            switch (error.Kind)
            {
                case ErrorKind.PreconditionFailed or ErrorKind.PreconditionRequired:
                    Kept[input.Key!] = input;
                    conflicted.Add(input.Key!);
                    ModelState.AddModelError($"a-{index}-outcome", string.Format(System.Globalization.CultureInfo.CurrentCulture,
                        t["Iemand anders heeft het antwoord op {0} intussen gewijzigd. Uw antwoord is niet opgeslagen; het staat nog in het formulier, naast het antwoord van de ander. Sla opnieuw op als u het antwoord van de ander wilt vervangen."], Number(input.Key!)));
                    break;
                case ErrorKind.Validation:
                    Kept[input.Key!] = input;
                    invalid++;
                    foreach (var (field, issues) in error.Issues ?? new Dictionary<string, FieldIssue[]>())
                    {
                        foreach (var issue in issues)
                        {
                            // The use case explains comply-or-explain in English; the form says it in the page's language.
                            var text = field == "explanation" && string.IsNullOrWhiteSpace(input.Explanation)
                                ? string.Format(System.Globalization.CultureInfo.CurrentCulture, t["Leg bij {0} uit waarom niet aan de uitspraak is voldaan (pas toe of leg uit)."], Number(input.Key!))
                                : PageErrors.Text(t, issue);
                            ModelState.AddModelError($"a-{index}-{field}", text);
                        }
                    }

                    break;
                case ErrorKind.Conflict:
                    ModelState.AddModelError("", error.Detail);
                    invalid++;
                    break;
                default:
                    return PageErrors.Refusal(this, error) ?? NotFound();
            }
        }

        if (ModelState.IsValid)
        {
            return Redirect($"/assessments/{id}/phases/{phase}?saved={changed}");
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, phase, ct);
        foreach (var key in conflicted.Where(k => AnswerOf(k) is not null))
        {
            Conflicts[key] = AnswerOf(key)!;
        }

        Response.StatusCode = invalid > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The position of a statement on this page: its field ids are a-{index}-….</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Statements.Count; i++)
        {
            if (Statements[i].Statement.Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What the form shows for a statement: the kept input after a failed save, else the stored answer.</summary>
    public (string? Outcome, string? Explanation, int? Revision) Shown(string key)
    {
        var stored = AnswerOf(key);
        if (Kept.TryGetValue(key, out var kept))
        {
            // After a conflict the editor has now seen the other answer: the next save may replace it.
            return (kept.Outcome, kept.Explanation, Conflicts.ContainsKey(key) ? stored?.Revision : kept.Revision);
        }

        return (stored is null ? null : AssessmentText.Value(stored.Outcome), stored?.Explanation, stored?.Revision);
    }

    private AnswerView? AnswerOf(string key) => Statements.FirstOrDefault(s => s.Statement.Key == key).Item?.Answer;

    private string Number(string key) => Checklist.Find(key)?.Number ?? key;

    private async Task<bool> LoadAsync(Guid id, int phase, CancellationToken ct)
    {
        var found = await AssessmentLookup.ReadableAsync(db, checklists, actor, id, tracked: false, ct);
        if (!found.IsSuccess || found.Value.Checklist.Phases.FirstOrDefault(p => p.Number == phase) is not { } current)
        {
            return false;
        }

        var context = found.Value;
        Checklist = context.Checklist;
        Product = context.Product;
        CurrentPhase = current;
        View = await AssessmentView.LoadAsync(db, context, ct);
        var items = View.Items.ToDictionary(i => i.StatementId, StringComparer.Ordinal);
        Statements = [.. Checklist.Statements.Where(s => s.Phase == phase).Select(s => (s, items[s.Id]))];
        CanEdit = AssessmentAccess.CanEdit(actor, Product) && !context.Assessment.IsLocked;
        return true;
    }
}
