using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Cli.Submit;

/// <summary>
/// <c>baken keygen</c>: the organisation's signing key pair (ECDSA P-256). The private key stays
/// at the organisation; the public JWK is registered on the platform, which then accepts results
/// signed with it as coming from this organisation.
/// </summary>
internal static class KeygenCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var directory = new Option<string>("--out") { Description = "folder for the key files (default: the current folder)", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "replace an existing key (results signed with the old key stay verifiable only while it stays registered)" };
        var command = new Command("keygen", $"Make the organisation's signing key pair: {SigningKeyFile.PrivateKeyName} (private) and {SigningKeyFile.PublicJwkName} (public)");
        command.Options.Add(directory);
        command.Options.Add(force);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = Path.GetFullPath(parse.GetValue(directory)!);
            var privatePath = Path.Combine(folder, SigningKeyFile.PrivateKeyName);
            var publicPath = Path.Combine(folder, SigningKeyFile.PublicJwkName);
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                parse.InvocationConfiguration.Error.WriteLine($"A signing key already exists in {folder}. Replacing it means registering the new public key; " +
                    "pass --force if that is what you want.");
                return 2;
            }

            Directory.CreateDirectory(folder);
            using var key = ResultSignature.CreateKey();
            SigningKeyFile.WritePrivate(privatePath, key);
            var jwk = ResultSignature.PublicJwk(key);
            await File.WriteAllTextAsync(publicPath, jwk.ToJsonString(Indented) + "\n", ct);

            output.WriteLine($"Private key: {privatePath} (keep it at your organisation; never send it anywhere)");
            output.WriteLine($"Public key:  {publicPath}");
            output.WriteLine($"Key id (kid): {(string)jwk["kid"]!}");
            output.WriteLine();
            output.WriteLine("Register the public key for your organisation on the platform (organisation page, or the API):");
            output.WriteLine("  POST /api/v1/organisations/{organisationId}/signing-keys");
            output.WriteLine("  Authorization: Bearer <token>");
            output.WriteLine("  Content-Type: application/json");
            output.WriteLine();
            output.WriteLine(new JsonObject { ["jwk"] = jwk.DeepClone() }.ToJsonString(Indented));
            return 0;
        });
        return command;
    }
}
