using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.TimeStudy;

public sealed class ValidateTimeCommandTests : IDisposable
{
    private const string ProtocolId = "0196a8f2-4444-7000-8000-000000000004";
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    // Nurses: 12 shifts before at 120/480 (25%) and 12 after at 96/480 (20%), with one minute of spread
    // so that the Welch interval exists; interns: 9 before, 10 after (suppressed). One bad row.
    private string WriteMeasurements()
    {
        var csv = new StringBuilder("shift_id,period,role,admin_minutes,worked_minutes\n");
        for (var i = 0; i < 12; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"N-B{i},before,nurse,{(i % 2 == 0 ? 119 : 121)},480\n");
            csv.Append(CultureInfo.InvariantCulture, $"N-A{i},after,nurse,{(i % 2 == 0 ? 95 : 97)},480\n");
        }

        for (var i = 0; i < 10; i++)
        {
            if (i < 9)
            {
                csv.Append(CultureInfo.InvariantCulture, $"I-B{i},before,intern,60,480\n");
            }

            csv.Append(CultureInfo.InvariantCulture, $"I-A{i},after,intern,48,480\n");
        }

        csv.Append("X-1,after,nurse,500,480\n");
        return _files.Write("shifts.csv", csv.ToString());
    }

    private string WriteProtocol() => _files.Write("time-protocol.json", $$"""
        {
          "schema": "baken.validation-protocol/1",
          "id": "{{ProtocolId}}",
          "productId": "0196a8f2-2222-7000-8000-000000000002",
          "version": 1,
          "title": "Spraakgestuurd rapporteren: tijdmeting",
          "taskType": "timeStudy",
          "criteria": [
            { "id": "less-admin", "metric": "differenceCi95.upper", "operator": "<=", "value": 0 },
            { "id": "an-hour", "metric": "minutesSavedPerFteWeek", "operator": ">=", "value": 60 }
          ]
        }
        """);

    [Fact]
    public async Task ValidateTime_WithProtocol_WritesAggregatesSuppressesSmallRolesAndJudgesTheCriteria()
    {
        var output = _files.PathOf("time.json");
        var (code, text) = await ValidationCli.RunAsync(
            "validate-time", "--measurements", WriteMeasurements(), "--output", output, "--protocol", WriteProtocol(), "--week-hours", "32", "--bootstrap", "200", "--seed", "5");

        Assert.True(code == 0, text);
        Assert.Contains("Row 44: admin_minutes (500) is more than worked_minutes (480); the row is left out.", text, StringComparison.Ordinal);
        Assert.Contains("Read 44 shifts: 43 used, 1 rejected.", text, StringComparison.Ordinal);
        Assert.Contains("Acceptance criteria: 2 of 2 met.", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken))!;
        Assert.Equal(("timeStudy", ProtocolId, 32.0), ((string?)json["taskType"], (string?)json["metadata"]!["protocolId"], (double)json["weekHours"]!));
        Assert.Equal("""{"suppressed":true}""", json["roles"]!["intern"]!.ToJsonString());
        var nurse = json["roles"]!["nurse"]!;
        // Shares 0.25 and 0.2 (the ±1 minute spread cancels in the means): 0.05 × 32 h × 60 = 96 minutes.
        Assert.Equal(-0.05, (double)nurse["difference"]!, 12);
        Assert.Equal(96, (double)nurse["minutesSavedPerFteWeek"]!, 9);
        Assert.Equal((12, 12), ((int)nurse["shiftsBefore"]!, (int)nurse["shiftsAfter"]!));
        // Overall: 21 before and 22 after, so it is reported.
        Assert.Equal((21, 22), ((int)json["overall"]!["shiftsBefore"]!, (int)json["overall"]!["shiftsAfter"]!));
        Assert.DoesNotContain("N-B0", json.ToJsonString(), StringComparison.Ordinal);

        var html = await File.ReadAllTextAsync(_files.PathOf("time.html"), TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"8\" class=\"suppressed\">onderdrukt</td>", html, StringComparison.Ordinal);
        Assert.Contains("Row 44: admin_minutes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateTime_SameSeedTwice_SameBootstrapInterval()
    {
        var input = WriteMeasurements();
        await ValidationCli.RunAsync("validate-time", "--measurements", input, "--output", _files.PathOf("a.json"), "--seed", "9", "--bootstrap", "300");
        await ValidationCli.RunAsync("validate-time", "--measurements", input, "--output", _files.PathOf("b.json"), "--seed", "9", "--bootstrap", "300");

        var a = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("a.json"), TestContext.Current.CancellationToken))!;
        var b = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("b.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(a["overall"]!["bootstrapCi95"]!.ToJsonString(), b["overall"]!["bootstrapCi95"]!.ToJsonString());
    }

    [Fact]
    public async Task ValidateTime_ClassificationProtocol_IsRefused()
    {
        var (code, text) = await ValidationCli.RunAsync("validate-time", "--measurements", WriteMeasurements(), "--output", _files.PathOf("r.json"), "--protocol", _files.WriteProtocol());

        Assert.Equal(2, code);
        Assert.Contains("this command handles 'timeStudy'", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateTime_MissingColumn_ExitsTwoAndNamesIt()
    {
        var input = _files.Write("shifts.csv", "period,role,admin_minutes\nbefore,nurse,60\n");

        var (code, text) = await ValidationCli.RunAsync("validate-time", "--measurements", input, "--output", _files.PathOf("r.json"));

        Assert.Equal(2, code);
        Assert.Contains("The file has no column 'worked_minutes'.", text, StringComparison.Ordinal);
        Assert.False(File.Exists(_files.PathOf("r.json")));
    }

    [Theory]
    [InlineData("--week-hours", "0", "--week-hours must be more than 0")]
    [InlineData("--bootstrap", "-1", "--bootstrap must be 0 or more")]
    public async Task ValidateTime_BadOption_ExitsTwo(string option, string value, string message)
    {
        var (code, text) = await ValidationCli.RunAsync("validate-time", "--measurements", WriteMeasurements(), "--output", _files.PathOf("r.json"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }
}
