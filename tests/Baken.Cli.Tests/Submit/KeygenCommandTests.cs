using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;
using Baken.Core.Validation;

namespace Baken.Cli.Tests.Submit;

public sealed class KeygenCommandTests : IDisposable
{
    private readonly ValidationFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Keygen_WritesPrivatePemAndPublicJwkWhoseKidIsItsThumbprint()
    {
        var (code, text) = await ValidationCli.RunAsync("keygen", "--out", _files.Directory);

        Assert.True(code == 0, text);
        var jwk = JsonNode.Parse(await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.jwk.json"), TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(ResultSignature.Thumbprint(jwk), (string?)jwk["kid"]);
        Assert.False(jwk.ContainsKey("d"));
        Assert.Contains((string)jwk["kid"]!, text, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/organisations/{organisationId}/signing-keys", text, StringComparison.Ordinal);

        var pem = await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.pem"), TestContext.Current.CancellationToken);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem, StringComparison.Ordinal);
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        Assert.Equal((string?)jwk["kid"], (string?)ResultSignature.PublicJwk(key)["kid"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_files.PathOf("baken-signing-key.pem")));
        }
    }

    [Fact]
    public async Task Keygen_ExistingKey_RefusesWithoutForceAndReplacesWithIt()
    {
        await ValidationCli.RunAsync("keygen", "--out", _files.Directory);
        var first = await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.pem"), TestContext.Current.CancellationToken);

        var (refused, text) = await ValidationCli.RunAsync("keygen", "--out", _files.Directory);

        Assert.Equal(2, refused);
        Assert.Contains("--force", text, StringComparison.Ordinal);
        Assert.Equal(first, await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.pem"), TestContext.Current.CancellationToken));

        var (forced, _) = await ValidationCli.RunAsync("keygen", "--out", _files.Directory, "--force");

        Assert.Equal(0, forced);
        Assert.NotEqual(first, await File.ReadAllTextAsync(_files.PathOf("baken-signing-key.pem"), TestContext.Current.CancellationToken));
    }
}
