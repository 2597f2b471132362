using Baken.Core.Platform.Identity;
using Baken.Core.Register.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Baken.Web.Pages;

public sealed class IndexModel(RegisterIndex index) : PageModel
{
    public int ProductCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        ProductCount = (await index.VisibleAsync(Actor.Anonymous, ct)).Count;
}
