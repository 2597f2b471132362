using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;

namespace Baken.Demo;

internal sealed record RealDeployment(string Organisation, DeploymentStatus Status, DateOnly? Since, string Notes);

/// <summary>A real example: maker and deployments refer to <see cref="RealOrganisation.Slug"/>.</summary>
internal sealed record RealProduct(string Maker, ProductContent Content, string VersionLabel, string VersionNotes, IReadOnlyList<RealDeployment> Deployments);

/// <summary>
/// The real examples of DOMAIN.md ("Real examples for the demo register"). Only what the sources
/// state is filled in; what they leave open is said in the text ("niet geverifieerd") instead of
/// guessed, and every fact keeps the provenance "stated by maker" because no reviewer checked it.
/// </summary>
internal static partial class RealProducts
{
    public static IReadOnlyList<RealProduct> All => [.. Administrative, .. Clinical];

    private const string FromPublicSources =
        "Demovermelding op basis van openbare berichtgeving (2020-2026); niet door de maker aangeleverd of gecontroleerd.";

    private const string UnknownVersion = "onbekend";
    private const string UnknownVersionNotes = "Het versielabel staat niet in de openbare bronnen.";

    private static string Limitations(string specific) => $"{FromPublicSources} {specific}";
}
