using Baken.Core.Assessment.Content;

namespace Baken.Core.Tests.Assessment;

/// <summary>The shipped checklists against their sources: complete, verbatim, and classified as the source says.</summary>
public sealed class ChecklistContentTests
{
    private static readonly ChecklistRegistry Registry = ChecklistRegistry.LoadEmbedded();
    private static readonly Checklist Leidraad = Registry.Find("leidraad-ai", "1.1")!;

    [Fact]
    public void Leidraad_HasEveryNumberedStatementOfTheSource()
    {
        var inSource = LeidraadSource.Labels.Order(StringComparer.Ordinal).ToList();
        var inContent = Leidraad.Statements.Select(s => s.Number).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(136, inSource.Count);
        Assert.Equal(inSource, inContent);
        Assert.Equal(LeidraadSource.Labels, Leidraad.Statements.Select(s => s.Number));
    }

    [Fact]
    public void Leidraad_CountsPerPhase_MatchTheSource()
    {
        var fromSource = LeidraadSource.Labels.GroupBy(n => n[0] - '0').ToDictionary(g => g.Key, g => g.Count());
        var fromContent = Leidraad.Statements.GroupBy(s => s.Phase).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Current.SendDiagnosticMessage("Leidraad 1.1 statements per phase: " + string.Join(", ", fromContent.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")));

        Assert.Equal(fromSource.OrderBy(p => p.Key), fromContent.OrderBy(p => p.Key));
        Assert.Equal([24, 22, 25, 16, 26, 23], fromContent.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal(6, Leidraad.Phases.Count);
    }

    [Fact]
    public void Leidraad_NumberPrintedTwice_KeepsBothWithUniqueIds()
    {
        var twice = Leidraad.Statements.Where(s => s.Number == "1.2.1e").ToList();

        Assert.Equal(["urn:nl:leidraad-ai:1.1:1.2.1e", "urn:nl:leidraad-ai:1.1:1.2.1e-2"], twice.Select(s => s.Id));
        Assert.Equal([StatementKind.Requirement, StatementKind.Recommendation], twice.Select(s => s.Kind));
        Assert.NotNull(twice[1].Note);
    }

    [Fact]
    public void Leidraad_EveryText_IsVerbatimFromTheSource()
    {
        var missing = Leidraad.Statements
            .Where(s => s.Text.Length < 20 || !LeidraadSource.Normalised.Contains(LeidraadSource.Normalise(s.Text), StringComparison.Ordinal))
            .Select(s => s.Number)
            .ToList();

        Assert.True(missing.Count == 0, "Not found verbatim in the source: " + string.Join(", ", missing));
        Assert.All(Leidraad.Statements, s => Assert.Equal(Wording.Source, s.Wording));
    }

    [Fact]
    public void Leidraad_Kind_FollowsTheSourceWording()
    {
        var wrong = Leidraad.Statements
            .Where(s => s.Kind == StatementKind.Recommendation
                ? !s.Text.Contains("aanbevolen", StringComparison.OrdinalIgnoreCase)
                : !(s.Text.Contains("moet", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("dien", StringComparison.OrdinalIgnoreCase)))
            .Select(s => s.Number)
            .ToList();

        Assert.Empty(wrong);
        Assert.Equal(73, Leidraad.Statements.Count(s => s.Kind == StatementKind.Requirement));
        Assert.Equal(63, Leidraad.Statements.Count(s => s.Kind == StatementKind.Recommendation));
    }

    [Fact]
    public void Leidraad_Kind_AgreesWithTheSourcesOwnCrossReferences()
    {
        // The source calls statements "eis" or "aanbeveling" where it refers to them; 6.2.1c is called both, so it decides nothing.
        var consistent = LeidraadSource.References.GroupBy(r => r.Number).Where(g => g.Select(r => r.Word).Distinct().Count() == 1).ToList();

        Assert.NotEmpty(consistent);
        Assert.All(consistent, g => Assert.Equal(
            g.First().Word == "eis" ? StatementKind.Requirement : StatementKind.Recommendation,
            Leidraad.Find(g.Key)!.Kind));
    }

    [Fact]
    public void Leidraad_Addressees_FollowThePhasesAndNamedSections()
    {
        Assert.All(Leidraad.Statements.Where(s => s.Phase <= 3), s => Assert.Equal([Addressee.Developer], s.Addressees));
        Assert.All(Leidraad.Statements.Where(s => s.Phase is 4 or 5), s => Assert.Equal([Addressee.Manufacturer], s.Addressees));
        Assert.All(Leidraad.Statements.Where(s => s.Section.Number == "6.2.1"), s => Assert.Equal([Addressee.Manufacturer], s.Addressees));
        Assert.All(Leidraad.Statements.Where(s => s.Section.Number == "6.2.2"), s => Assert.Equal([Addressee.CareOrganisation], s.Addressees));
        Assert.Equal("Uitleg doelgebruik", Leidraad.Find("2.1a")!.Section.Title);
    }

    [Fact]
    public void NationalCriteria_AreTheFourAzwaPrinciples_InBakensOwnWording()
    {
        var azwa = Registry.Find("azwa-national-criteria")!;

        Assert.Equal(["Gebruiksvriendelijkheid", "Interoperabiliteit", "Veiligheid en privacy", "Passend in zorgprocessen"], azwa.Phases.Select(p => p.Title));
        Assert.All(azwa.Phases, p => Assert.Contains(azwa.Statements, s => s.Phase == p.Number));
        Assert.All(azwa.Statements, s => Assert.Equal(Wording.Baken, s.Wording));
        Assert.Contains("003_27ae758013b346da.txt", azwa.Source.Citation, StringComparison.Ordinal);
        Assert.NotNull(azwa.Notice);
    }

    [Fact]
    public void Find_ByKeyOrUrn_ReturnsTheSameStatement_AndRejectsAnotherVersionsUrn()
    {
        Assert.Same(Leidraad.Find("3.2b"), Leidraad.Find("urn:nl:leidraad-ai:1.1:3.2b"));
        Assert.Null(Leidraad.Find("urn:nl:leidraad-ai:9.9:3.2b"));
        Assert.Null(Leidraad.Find("1.3c")); // the source skips 1.3c
    }
}
