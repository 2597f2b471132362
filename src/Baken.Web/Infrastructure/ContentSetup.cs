using Baken.Core.Assessment.Content;

namespace Baken.Web.Infrastructure;

internal static class ContentSetup
{
    /// <summary>
    /// Loads the checklists from content/ now, while the host is being built: invalid content
    /// stops the start with every problem listed, instead of failing on the first request.
    /// </summary>
    public static void AddBakenContent(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(ChecklistRegistry.LoadEmbedded());
}
