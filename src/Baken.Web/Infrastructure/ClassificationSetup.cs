using Baken.Core.Classification;

namespace Baken.Web.Infrastructure;

internal static class ClassificationSetup
{
    /// <summary>
    /// Loads and checks the classification rules while the host is built, so broken content stops
    /// start-up with every problem named instead of failing the first request.
    /// </summary>
    public static void AddBakenClassification(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(ClassificationRules.LoadEmbedded());
}
