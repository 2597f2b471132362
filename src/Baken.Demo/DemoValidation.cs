using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Validation;
using Baken.Engine.Metrics;
using Baken.Engine.Readers;

namespace Baken.Demo;

/// <summary>
/// A fictitious multi-site validation of one fictitious product, made the way a real one is: each
/// site's synthetic predictions go through the engine, the aggregate is signed with a key of that
/// site and submitted through the same use case as the agent's upload. The private keys exist only
/// while seeding. So the product and validation pages show a forest plot and a pooled AUROC in the demo.
/// </summary>
internal static class DemoValidation
{
    private const int Stream = 6;

    public static async Task SeedAsync(
        BakenDbContext db, DemoOptions options, DateTimeOffset now, IReadOnlyList<PublishedProduct> published,
        IReadOnlyList<SeededOrganisation> organisations, CancellationToken ct)
    {
        var sites = organisations.Where(o => o.Kind == OrganisationKind.CareProvider).Take(3).ToList();
        if (published.Count == 0 || sites.Count == 0)
        {
            return;
        }

        var clock = new FixedClock(now);
        var random = DemoRandom.Stream(options.Seed, Stream);
        var product = (await db.Products.FindAsync([published[0].Id], ct))!;
        var maker = new Actor(random.NextGuid(), product.MakerId, new HashSet<string> { Roles.VendorEditor });
        var protocol = await CreateValidationProtocol.HandleAsync(db, maker, clock, product.Id, new CreateValidationProtocol.Request(
            "Externe validatie in drie ziekenhuizen (fictief)",
            Thresholds: [0.3, 0.5],
            MinimumSampleSize: 500,
            BootstrapReplicates: 200,
            Criteria:
            [
                new AcceptanceCriterion("auroc", "aurocCi95.lower", ">=", 0.75),
                new AcceptanceCriterion("slope", "calibrationSlope", "between", 0.8, 1.2),
            ]), ct);
        Check(protocol);

        // Discrimination and calibration differ per site, as they do between real hospitals.
        double[] separation = [1.9, 1.5, 1.2];
        for (var i = 0; i < sites.Count; i++)
        {
            var site = new Actor(random.NextGuid(), sites[i].Id, new HashSet<string> { Roles.CareEditor });
            using var key = ResultSignature.CreateKey();
            var jwk = ResultSignature.PublicJwk(key);
            Check(await RegisterSigningKey.HandleAsync(db, site, clock, sites[i].Id, new RegisterSigningKey.Request(jwk), ct));

            var data = Predictions(random, 800 + (i * 600), separation[i]);
            var result = ClassifierValidator.Run(data, new ClassifierOptions
            {
                Thresholds = protocol.Value!.Document.Thresholds,
                BootstrapReplicates = protocol.Value.Document.BootstrapReplicates,
                Seed = i,
                ProtocolId = protocol.Value.Id.ToString(),
            }, clock, ct);
            var payload = JsonSerializer.SerializeToUtf8Bytes(new Submission
            {
                SubmissionId = random.NextGuid(),
                ProtocolId = protocol.Value.Id,
                CreatedAt = now,
                Result = JsonNode.Parse(ResultJson.ToUtf8Bytes(result))!.AsObject(),
            }, BakenJson.Options);
            Check(await SubmitValidationResult.HandleAsync(db, site, clock,
                new SubmitValidationResult.Request(ResultSignature.Sign(payload, key, (string)jwk["kid"]!)), ct));
        }
    }

    // The seed runs in one transaction: a refused step must stop it, not leave a half-made showcase.
    private static void Check<T>(Result<T> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Demo validation could not be seeded: {result.Error.Detail}");
        }
    }

    // Labels with a prevalence of about 20%, scores from a logistic model whose slope sets the AUROC.
    private static PredictionSet Predictions(DemoRandom random, int n, double separation)
    {
        var labels = new byte[n];
        var scores = new double[n];
        for (var j = 0; j < n; j++)
        {
            labels[j] = random.NextDouble() < 0.2 ? (byte)1 : (byte)0;
            var signal = (labels[j] == 1 ? separation : 0) + Normal(random) - 1.4 - (0.15 * separation);
            scores[j] = 1 / (1 + Math.Exp(-signal));
        }

        return PredictionSet.FromArrays(labels, scores);
    }

    private static double Normal(DemoRandom random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
