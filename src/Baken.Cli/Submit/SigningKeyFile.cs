using System.Security.Cryptography;

namespace Baken.Cli.Submit;

/// <summary>The organisation's signing key on disk: a PKCS#8 PEM readable by its owner only.</summary>
internal static class SigningKeyFile
{
    public const string PrivateKeyName = "baken-signing-key.pem";
    public const string PublicJwkName = "baken-signing-key.jwk.json";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Writes the private key; on Unix the file is created with mode 600, so it is never readable by others, not even briefly.</summary>
    public static void WritePrivate(string path, ECDsa key)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
            writer.Write('\n');
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to a new file; --force may have replaced an existing one.
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    /// <summary>Loads a P-256 private key; null with a message when the file is missing or holds something else.</summary>
    public static ECDsa? Load(string path, out string? error, out string? warning)
    {
        error = null;
        warning = null;
        if (!File.Exists(path))
        {
            error = $"No signing key at '{path}'. Make one with 'baken keygen' and register its public key, or pass --key.";
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOther) != 0)
        {
            warning = $"Warning: '{path}' is readable by other users; anyone who can read it can sign results for your organisation (chmod 600 it).";
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new CryptographicException("not P-256");
            }

            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            error = $"'{path}' does not hold an ECDSA P-256 private key in PEM form (as 'baken keygen' writes it).";
            return null;
        }
    }
}
