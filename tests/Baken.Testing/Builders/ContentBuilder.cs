using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Testing.Builders;

/// <summary>Valid product content for domain tests; tests override what they assert on.</summary>
public static class ContentBuilder
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
