using System.CommandLine;
using System.Text.Json.Nodes;
using Baken.Cli;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Baken.Web.Tests.Api.V1;

/// <summary>The platform on a real socket, so the agent talks to it over HTTP as at a care organisation.</summary>
public sealed class KestrelApiFixture : ApiFixture
{
    protected override WebApplicationFactory<Program> Configure(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(0);
        return factory;
    }

    public override Uri BaseAddress => new(Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
}

/// <summary>keygen -> register the public key -> validate on real data -> report -> submit -> visible on the product.</summary>
public sealed class AgentEndToEndTests(KestrelApiFixture fixture) : IClassFixture<KestrelApiFixture>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("baken-e2e-").FullName;

    [Fact]
    public async Task Agent_ValidateReportSubmit_ResultIsVisibleOnTheProduct()
    {
        var server = fixture.BaseAddress.ToString().TrimEnd('/');
        var (keygen, keygenOutput) = await BakenAsync("keygen", "--out", _work);
        Assert.True(keygen == 0, keygenOutput);
        var jwk = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_work, "baken-signing-key.jwk.json"), TestContext.Current.CancellationToken))!;
        var registered = await fixture.Client("care-a").PostJsonAsync($"/api/v1/organisations/{fixture.CareA.Id}/signing-keys", new JsonObject { ["jwk"] = jwk.DeepClone() });
        Assert.Equal(201, (int)registered.StatusCode);

        var productId = await fixture.Client("vendor-a").CreateProductAsync("e2e-agent");
        await ApiClient.PublishAsync(fixture, "vendor-a", productId);
        var protocol = ValidationBuilder.Protocol(minimumSampleSize: 200);
        protocol["bootstrapReplicates"] = 200;
        protocol["thresholds"] = new JsonArray(0.1, 0.3, 0.5);
        var protocolId = (string)(await (await fixture.Client("vendor-a").PostJsonAsync($"/api/v1/products/{productId}/validation-protocols", protocol)).JsonAsync())["id"]!;

        var output = Path.Combine(_work, "result.json");
        var (validate, validateOutput) = await BakenAsync("validate", "--predictions", GoldenCsv("breast_cancer_logreg"),
            "--protocol", protocolId, "--server", server, "--output", output);
        Assert.True(validate == 0, validateOutput);
        Assert.Contains("NOT MET", validateOutput, StringComparison.Ordinal);
        Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(_work, "result.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var (submit, submitOutput) = await BakenAsync("submit", output, "--server", server, "--token", fixture.Tokens["care-a"],
            "--key", Path.Combine(_work, "baken-signing-key.pem"), "--yes");
        Assert.True(submit == 0, submitOutput);
        Assert.DoesNotContain(fixture.Tokens["care-a"], submitOutput, StringComparison.Ordinal);

        var overview = await (await fixture.Client().GetAsync($"/api/v1/products/{productId}/validation-results")).JsonAsync();
        var site = overview["protocols"]![0]!["sites"]![0]!;
        Assert.Equal("Ziekenhuis Alfa", (string?)site["organisationName"]);
        Assert.Equal(0.9948169477581242, (double)site["summary"]!["auroc"]!, 1e-12);
        Assert.False((bool)site["allCriteriaMet"]!);

        var (again, againOutput) = await BakenAsync("submit", output, "--server", server, "--token", fixture.Tokens["care-a"],
            "--key", Path.Combine(_work, "baken-signing-key.pem"), "--yes");
        Assert.Equal(1, again);
        Assert.Contains("submitted before", againOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static async Task<(int Code, string Output)> BakenAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await BakenCli.CreateRoot().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }

    private static string GoldenCsv(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Baken.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "..", "shared", "data", "validation", name + ".csv");
    }
}
