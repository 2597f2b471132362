namespace Baken.Core.Assessment;

/// <summary>
/// What may be uploaded as evidence. Files are stored in the database, so the limits keep rows
/// and backups reasonable: 10 MiB per file and 20 evidence entries per statement. Only types a
/// reviewer can open safely are taken, and the bytes must look like the type they claim.
/// </summary>
public static class EvidenceLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const int MaxPerStatement = 20;

    /// <summary>Allowed content types, with the file extensions that may carry them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Types = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = [".pdf"],
        ["image/png"] = [".png"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["text/plain"] = [".txt"],
        ["text/csv"] = [".csv"],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [".docx"],
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = [".xlsx"],
    };

    /// <summary>Null when the bytes fit the declared type; otherwise what is wrong.</summary>
    public static string? CheckContent(string contentType, ReadOnlySpan<byte> bytes)
    {
        var fits = contentType.ToLowerInvariant() switch
        {
            "application/pdf" => bytes.StartsWith("%PDF-"u8),
            "image/png" => bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            "image/jpeg" => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
            "text/plain" or "text/csv" => IsText(bytes),

            // Office Open XML files are ZIP packages.
            _ => bytes.StartsWith("PK\u0003\u0004"u8),
        };
        return fits ? null : $"The content is not a valid {contentType} file.";
    }

    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }
}
