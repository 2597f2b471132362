using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Core.Tests.Register;

internal static class ContentBuilder
{
    public static ProductContent Valid(string slug = "voorbeeld") => new()
    {
        Name = "Voorbeeld",
        Slug = slug,
        ShortDescription = "Helpt bij verslaglegging.",
        ApplicationArea = ApplicationArea.Administrative,
        AiKind = AiKind.Generative,
        Task = AiTask.Generation,
        Phase = LifecyclePhase.Development,
    };
}
