using System.Globalization;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Documentation;

/// <summary>Crafted Dutch notes with known flaws, the ACI-Bench files, and a documentation protocol.</summary>
internal static class DocumentationFiles
{
    public const string ProtocolId = "0196a8f2-3333-7000-8000-000000000003";

    // Ids and words that must never reach a submission.
    public const string SecretId = "ENC-SECRET-0042";
    public const string PatientName = "Jansen";

    public static string AciBench(string name) => Path.Combine(Path.GetDirectoryName(ValidationFiles.GoldenDirectory)!, "aci-bench", name);

    public static string WriteReference(ValidationFiles files) => files.Write("reference.csv", $$"""
        encounter_id,note
        {{SecretId}},"Anamnese: mevrouw {{PatientName}}, pijn in de rechterknie.
        Medicatie: metoprolol 50 mg.
        Beleid: echo op 12 maart 2025."
        ENC-0002,"S: hoest sinds 2 weken.
        P: amoxicilline 500 mg 3 keer per dag."

        """);

    public static string WriteGenerated(ValidationFiles files) => files.Write("generated.csv", $$"""
        encounter_id,note
        ENC-0002,"S: hoest sinds 2 weken.
        P: amoxicilline 500 mg 3 keer per dag."
        {{SecretId}},"Anamnese: mevrouw {{PatientName}}, pijn in de linkerknie <script>alert(1)</script>.
        Medicatie: metoprolol 100 mg.
        Beleid: echo op 14 maart 2025."

        """);

    public static string WriteTranscript(ValidationFiles files) => files.Write("transcript.csv", $$"""
        encounter_id,dialogue
        {{SecretId}},"[arts] Goedemorgen mevrouw {{PatientName}}. [patiënt] Mijn rechterknie doet pijn. [arts] U gebruikt metoprolol vijftig milligram. We maken een echo op 12 maart 2025."
        ENC-0002,"[arts] Hoe lang hoest u al? [patiënt] Twee weken. [arts] Dan amoxicilline 500 mg, drie keer per dag."

        """);

    public static string WriteProtocol(ValidationFiles files, string taskType = "documentation", int minimumSampleSize = 2) =>
        files.Write("documentation-protocol.json", string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "schema": "baken.validation-protocol/1",
              "id": "{{ProtocolId}}",
              "productId": "0196a8f2-2222-7000-8000-000000000002",
              "version": 1,
              "title": "Spraakgestuurd rapporteren",
              "taskType": "{{taskType}}",
              "metrics": ["wer", "unsupportedFactRate"],
              "minimumSampleSize": {{minimumSampleSize}},
              "criteria": [
                { "id": "wer", "metric": "wer", "operator": "<=", "value": 0.10 },
                { "id": "unsupported", "metric": "unsupportedFactRate", "operator": "<=", "value": 0.01 }
              ]
            }
            """));
}
