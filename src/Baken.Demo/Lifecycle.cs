using Baken.Core.Register;
using Baken.Core.Register.Products;

namespace Baken.Demo;

/// <summary>What deployments need to know about a published product, without keeping it tracked.</summary>
internal sealed record PublishedProduct(
    Guid Id,
    IReadOnlyList<CareSector> Sectors,
    LifecyclePhase Phase,
    IReadOnlyList<(Guid Id, DateOnly? ReleasedOn)> Versions,
    DateOnly PublishedOn);

/// <summary>
/// Moves demo products through the same entity transitions the review workflow uses, so the
/// seeded register obeys the status rules, and writes the public history a real publication leaves.
/// </summary>
internal static class Lifecycle
{
    public static ProductRevision Publish(Product product, DateTimeOffset reviewAt, DateTimeOffset publishAt, int number)
    {
        Must(product.RequestReview(reviewAt));
        Must(product.Publish(publishAt));
        return Revision(product, number, "published", publishAt);
    }

    public static ProductRevision Revision(Product product, int number, string change, DateTimeOffset at) =>
        new(product.Id, number, change, product.Status, product.Content, at);

    // A refused transition here is a bug in the seeder, not an expected outcome.
    public static void Must(TransitionResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data broke a lifecycle rule: {result.Reason}");
        }
    }
}
